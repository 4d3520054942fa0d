// A fixture for translations_catches_new_strings: a string no TS file translates.
#include <QCoreApplication>

QString fixtureText()
{
    return QCoreApplication::translate("TranslationFixture", "Words nobody has translated yet");
}
