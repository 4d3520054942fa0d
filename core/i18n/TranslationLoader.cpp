#include "TranslationLoader.h"

#include "settings/LocalSettings.h"

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
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

QStringList TranslationLoader::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ar")};
}

QString TranslationLoader::chosenLanguage()
{
    const QString language = LocalSettings().language();
    return languages().contains(language) ? language : QString();
}

void TranslationLoader::setChosenLanguage(const QString& language)
{
    LocalSettings().setLanguage(languages().contains(language) ? language : QString());
}

QLocale TranslationLoader::localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale() : QLocale(language);
}
