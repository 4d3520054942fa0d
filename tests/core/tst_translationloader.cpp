#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// The translations are built into the program (:/i18n) and load for their locales.
class TestTranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translationsAreBuiltIn_data();
    void translationsAreBuiltIn();
    void englishPluralForms();
    void arabicPluralForms();
    void officersChoiceIsKept();
};

void TestTranslationLoader::translationsAreBuiltIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("registry");
    QTest::newRow("French") << "fr" << QString::fromUtf8("Registre");
    QTest::newRow("Spanish") << "es" << QString::fromUtf8("Registro");
    QTest::newRow("Arabic") << "ar" << QString::fromUtf8("السجل");
}

void TestTranslationLoader::translationsAreBuiltIn()
{
    QFETCH(QString, language);
    QFETCH(QString, registry);
    QTranslator translator;
    QVERIFY(
        translator.load(QLocale(language), QStringLiteral("paydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate("MainWindow", "Registry"), registry);
}

void TestTranslationLoader::englishPluralForms()
{
    TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(QCoreApplication::translate("RegistryPage", "%1, %n member(s)", nullptr, 1),
             QStringLiteral("%1, 1 member"));
    QCOMPARE(QCoreApplication::translate("RegistryPage", "%1, %n member(s)", nullptr, 4),
             QStringLiteral("%1, 4 members"));
    QCOMPARE(QCoreApplication::translate("Money", "%1 has at most %n decimal place(s)", nullptr, 2),
             QStringLiteral("%1 has at most 2 decimal places"));
}

// Arabic has six plural forms (none, one, two, a few, many, other); each count gets its own.
void TestTranslationLoader::arabicPluralForms()
{
    QTranslator arabic;
    QVERIFY(arabic.load(QLocale(QLocale::Arabic), QStringLiteral("paydesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    const auto members = [&arabic](int n) { return arabic.translate("RegistryPage", "%1, %n member(s)", nullptr, n); };
    QCOMPARE(members(1), QString::fromUtf8("%1، فرد واحد"));
    QCOMPARE(members(2), QString::fromUtf8("%1، فردان"));
    QCOMPARE(members(5), QString::fromUtf8("%1، %n أفراد"));
    QCOMPARE(members(11), QString::fromUtf8("%1، %n فردًا"));
    QCOMPARE(members(100), QString::fromUtf8("%1، %n فرد"));
    QCOMPARE(QLocale(QLocale::Arabic).textDirection(), Qt::RightToLeft);
}

void TestTranslationLoader::officersChoiceIsKept()
{
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QCOMPARE(TranslationLoader::chosenLanguage(), QString()); // nothing chosen: the system's
    QCOMPARE(TranslationLoader::localeFor(QString()), QLocale());
    TranslationLoader::setChosenLanguage(QStringLiteral("es"));
    QCOMPARE(TranslationLoader::chosenLanguage(), QStringLiteral("es"));
    QCOMPARE(TranslationLoader::localeFor(TranslationLoader::chosenLanguage()).language(), QLocale::Spanish);
    TranslationLoader::setChosenLanguage(QStringLiteral("tlh")); // not one PayDesk speaks: back to the system's
    QCOMPARE(TranslationLoader::chosenLanguage(), QString());
    // The chosen language's words, and its number formats.
    TranslationLoader::install(*QCoreApplication::instance(), TranslationLoader::localeFor(QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Registry"), QStringLiteral("Registre"));
    QCOMPARE(TranslationLoader::localeFor(QStringLiteral("fr")).toString(1234.5, 'f', 2),
             QString::fromUtf8("1\u202f234,50"));
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
