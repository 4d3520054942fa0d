#include "CliCommands.h"

#include "i18n/TranslationLoader.h"
#include "settings/LocalSettings.h"

#include "ReportCommand.h"

#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    // Only a PDF report needs fonts, hence a QGuiApplication; it draws on no screen.
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    std::unique_ptr<QCoreApplication> application;
    if (ReportCommand::drawsPdf(arguments)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QSettings settings;
    LocalSettings::migrate(settings);
    TranslationLoader::install(app, QLocale());
    CliCommands commands;
    return commands.run(QCoreApplication::arguments().mid(1));
}
