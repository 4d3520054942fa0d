#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
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

QStringList TranslationLoader::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ar")};
}

QString TranslationLoader::chosenLanguage()
{
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    return languages().contains(language) ? language : QString();
}

void TranslationLoader::setChosenLanguage(const QString& language)
{
    QSettings settings;
    if (languages().contains(language)) {
        settings.setValue(QStringLiteral("ui/language"), language);
    } else {
        settings.remove(QStringLiteral("ui/language"));
    }
}

QLocale TranslationLoader::localeFor(const QString& language)
{
    return language.isEmpty() ? QLocale() : QLocale(language);
}
