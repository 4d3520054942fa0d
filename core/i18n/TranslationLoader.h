#pragma once

#include <QLocale>

class QCoreApplication;

// Installs PayDesk's translation for a locale (from the resources built into the program) and
// Qt's own, if present. English needs none.
class TranslationLoader
{
public:
    static void install(QCoreApplication& app, const QLocale& locale);
};
