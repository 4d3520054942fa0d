#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

void TranslationLoader::install(QCoreApplication& app, const QLocale& locale)
{
    auto* paydesk = new QTranslator(&app);
    if (paydesk->load(locale, QStringLiteral("paydesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(paydesk);
    } else {
        delete paydesk;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}
