#include "Application.h"

#include "settings/InterfaceLanguage.h"

#include "settings/LocalSettings.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/paydesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.paydesk.PayDesk"));
    // Settings an older PayDesk wrote are brought up to this one first.
    QSettings settings;
    LocalSettings::migrate(settings);
    // The officer's chosen language (or the system's): its words, its formats for numbers, dates
    // and money shown in the window, and its direction.
    InterfaceLanguage::apply(app);
    Application application;
    if (!application.start(QApplication::arguments())) {
        return 1;
    }
    return QApplication::exec();
}
