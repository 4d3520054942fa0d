#include "Application.h"

#include "i18n/TranslationLoader.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/paydesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.paydesk.PayDesk"));
    TranslationLoader::install(app, QLocale());
    Application application;
    if (!application.start(QApplication::arguments())) {
        return 1;
    }
    return QApplication::exec();
}
