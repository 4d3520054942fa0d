#include "CliCommands.h"

#include "i18n/TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    TranslationLoader::install(app, QLocale());
    CliCommands commands;
    return commands.run(QCoreApplication::arguments().mid(1));
}
