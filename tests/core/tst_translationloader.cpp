#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
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
};

void TestTranslationLoader::translationsAreBuiltIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("registry");
    QTest::newRow("French") << "fr" << QString::fromUtf8("Registre");
    QTest::newRow("Spanish") << "es" << QString::fromUtf8("Registro");
}

void TestTranslationLoader::translationsAreBuiltIn()
{
    QFETCH(QString, language);
    QFETCH(QString, registry);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), QStringLiteral("paydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate("MainWindow", "Registry"), registry);
}

void TestTranslationLoader::englishPluralForms()
{
    TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(QCoreApplication::translate("RegistryPage", "%1, %n member(s)", nullptr, 1), QStringLiteral("%1, 1 member"));
    QCOMPARE(QCoreApplication::translate("RegistryPage", "%1, %n member(s)", nullptr, 4), QStringLiteral("%1, 4 members"));
    QCOMPARE(QCoreApplication::translate("Money", "%1 has at most %n decimal place(s)", nullptr, 2),
             QStringLiteral("%1 has at most 2 decimal places"));
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
