#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// Installs PayDesk's translation for a locale (from the resources built into the program) and
// Qt's own, if present. English needs none. The officer may choose the language (kept in the
// settings, LocalSettings); without a choice, the system's is used.
class TranslationLoader
{
public:
    static void install(QCoreApplication& app, const QLocale& locale);
    // The languages PayDesk is translated into (ISO 639-1), English first.
    static QStringList languages();
    // The officer's choice ("fr"...), empty for the system's language.
    static QString chosenLanguage();
    static void setChosenLanguage(const QString& language);
    // The locale to install and format with: the chosen language, or the system's.
    static QLocale localeFor(const QString& language);
};
