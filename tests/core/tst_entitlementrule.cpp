#include "domain/Beneficiary.h"
#include "i18n/TranslationLoader.h"
#include "programs/EntitlementRule.h"

#include <QJsonDocument>
#include <QTest>

class TestEntitlementRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::English)); }
    void amounts_data();
    void amounts();
    void validation_data();
    void validation();
    void jsonRoundTrip();
    void jsonRefusesBadInput();
};

namespace {

Money money(const char* amount, const char* currency)
{
    return *Money::parse(QString::fromLatin1(amount), Currency::fromCode(QString::fromLatin1(currency)));
}

Beneficiary household(int size, const char* region)
{
    Beneficiary b;
    b.householdSize = size;
    b.region = QString::fromLatin1(region);
    return b;
}

EntitlementRule regionRule(const char* currency, bool withOther)
{
    return EntitlementRule::perRegion(
        {{QStringLiteral("North"), money("30", currency)}, {QStringLiteral("Coast"), money("25", currency)}},
        withOther ? std::optional(money("20", currency)) : std::nullopt);
}

} // namespace

void TestEntitlementRule::amounts_data()
{
    QTest::addColumn<int>("rule"); // 0 fixed, 1 per member, 2 per region, 3 per region without default
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("householdSize");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected"); // empty: no amount
    QTest::newRow("fixed USD") << 0 << "USD" << 4 << "North"
                               << "50.00";
    QTest::newRow("fixed JPY") << 0 << "JPY" << 1 << ""
                               << "50";
    QTest::newRow("per member, 1") << 1 << "USD" << 1 << ""
                                   << "15.00";
    QTest::newRow("per member, 3") << 1 << "USD" << 3 << ""
                                   << "25.00";
    QTest::newRow("per member, capped at 5") << 1 << "USD" << 9 << ""
                                             << "35.00";
    QTest::newRow("per member, KWD") << 1 << "KWD" << 2 << ""
                                     << "20.000";
    QTest::newRow("per member, size 0 counts as 1") << 1 << "USD" << 0 << ""
                                                    << "15.00";
    QTest::newRow("region, listed") << 2 << "USD" << 1 << "North"
                                    << "30.00";
    QTest::newRow("region, any case") << 2 << "USD" << 1 << "coast"
                                      << "25.00";
    QTest::newRow("region, other") << 2 << "USD" << 1 << "Lake"
                                   << "20.00";
    QTest::newRow("region, none for others") << 3 << "USD" << 1 << "Lake"
                                             << "";
}

void TestEntitlementRule::amounts()
{
    QFETCH(int, rule);
    QFETCH(QString, currency);
    QFETCH(int, householdSize);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    const QByteArray code = currency.toLatin1();
    const QList<EntitlementRule> rules = {
        EntitlementRule::fixed(money("50", code.constData())),
        EntitlementRule::perHouseholdMember(money("10", code.constData()), money("5", code.constData()), 5),
        regionRule(code.constData(), true),
        regionRule(code.constData(), false),
    };
    const auto amount = rules.at(rule).amountFor(household(householdSize, region.toLatin1().constData()));
    if (expected.isEmpty()) {
        QVERIFY(!amount.has_value());
        return;
    }
    QVERIFY(amount.has_value());
    QCOMPARE(amount->toDecimalString(), expected);
    QCOMPARE(amount->currency().code(), currency);
}

void TestEntitlementRule::validation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("wholeUnitsOnly");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("fixed whole") << QByteArray(R"({"kind":"fixed","amount":{"amount":"50","currency":"USD"}})") << "USD"
                                 << true << "";
    QTest::newRow("fixed with cents, hub")
        << QByteArray(R"({"kind":"fixed","amount":{"amount":"50.50","currency":"USD"}})") << "USD" << true
        << "would be 50.50 USD, but the payment backend pays whole USD only";
    QTest::newRow("fixed with cents, file only")
        << QByteArray(R"({"kind":"fixed","amount":{"amount":"50.50","currency":"USD"}})") << "USD" << false << "";
    QTest::newRow("fils, hub") << QByteArray(R"({"kind":"fixed","amount":{"amount":"1.500","currency":"KWD"}})")
                               << "KWD" << true << "would be 1.500 KWD";
    QTest::newRow("yen always whole") << QByteArray(R"({"kind":"fixed","amount":{"amount":"1500","currency":"JPY"}})")
                                      << "JPY" << true << "";
    QTest::newRow("zero") << QByteArray(R"({"kind":"fixed","amount":{"amount":"0","currency":"USD"}})") << "USD" << true
                          << "more than zero";
    QTest::newRow("negative") << QByteArray(R"({"kind":"fixed","amount":{"amount":"-5","currency":"USD"}})") << "USD"
                              << true << "more than zero";
    QTest::newRow("other currency") << QByteArray(R"({"kind":"fixed","amount":{"amount":"5","currency":"EUR"}})")
                                    << "USD" << true << "is in EUR, the program pays in USD";
    QTest::newRow("half per member: even sizes whole, odd not")
        << QByteArray(
               R"({"kind":"per_household_member","base":{"amount":"10","currency":"USD"},"per_member":{"amount":"0.50","currency":"USD"},"member_cap":4})")
        << "USD" << true << "a household of 1 member would be 10.50 USD";
    QTest::newRow("half base and half per member")
        << QByteArray(
               R"({"kind":"per_household_member","base":{"amount":"0.50","currency":"USD"},"per_member":{"amount":"0.50","currency":"USD"},"member_cap":3})")
        << "USD" << true << "a household of 2 members would be 1.50 USD";
    QTest::newRow("cap too large")
        << QByteArray(
               R"({"kind":"per_household_member","base":{"amount":"10","currency":"USD"},"per_member":{"amount":"1","currency":"USD"},"member_cap":99})")
        << "USD" << true << "cap must be from 1 to 50";
    QTest::newRow("overflow")
        << QByteArray(
               R"({"kind":"per_household_member","base":{"amount":"1","currency":"USD"},"per_member":{"amount":"92233720368547758","currency":"USD"},"member_cap":2})")
        << "USD" << true << "too large";
    QTest::newRow("region with a fraction")
        << QByteArray(
               R"({"kind":"per_region","regions":[{"region":"North","amount":{"amount":"30","currency":"USD"}},{"region":"Coast","amount":{"amount":"25.25","currency":"USD"}}]})")
        << "USD" << true << "region Coast would be 25.25 USD";
    QTest::newRow("region twice")
        << QByteArray(
               R"({"kind":"per_region","regions":[{"region":"North","amount":{"amount":"30","currency":"USD"}},{"region":"north","amount":{"amount":"25","currency":"USD"}}]})")
        << "USD" << true << "region north is in the table twice";
    QTest::newRow("empty region table") << QByteArray(R"({"kind":"per_region","regions":[]})") << "USD" << true
                                        << "region table is empty";
}

void TestEntitlementRule::validation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, currency);
    QFETCH(bool, wholeUnitsOnly);
    QFETCH(QString, error);
    QString parseError;
    const auto rule = EntitlementRule::fromJson(QJsonDocument::fromJson(json).object(), &parseError);
    QVERIFY2(rule.has_value(), qPrintable(parseError));
    QString message;
    QCOMPARE(rule->validate(Currency::fromCode(currency), wholeUnitsOnly, &message), error.isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestEntitlementRule::jsonRoundTrip()
{
    const QList<EntitlementRule> rules = {
        EntitlementRule::fixed(money("1.250", "KWD")),
        EntitlementRule::perHouseholdMember(money("10", "USD"), money("2.50", "USD"), 6),
        regionRule("JPY", true),
        regionRule("USD", false),
    };
    for (const EntitlementRule& rule : rules) {
        QString error;
        const auto back = EntitlementRule::fromJson(rule.toJson(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->toJson(), rule.toJson());
        for (int size = 1; size <= 8; ++size) {
            for (const char* region : {"North", "Coast", "Lake"}) {
                QCOMPARE(back->amountFor(household(size, region)), rule.amountFor(household(size, region)));
            }
        }
    }
}

void TestEntitlementRule::jsonRefusesBadInput()
{
    QString error;
    QVERIFY(!EntitlementRule::fromJson(QJsonDocument::fromJson(R"({"kind":"lottery"})").object(), &error));
    QVERIFY(error.contains(QStringLiteral("\"lottery\" is not an entitlement rule")));
    QVERIFY(!EntitlementRule::fromJson(
        QJsonDocument::fromJson(R"({"kind":"fixed","amount":{"amount":"1.234","currency":"USD"}})").object(), &error));
    QVERIFY2(error.contains(QStringLiteral("at most 2 decimal place")), qPrintable(error));
    QVERIFY(!EntitlementRule::fromJson(
        QJsonDocument::fromJson(R"({"kind":"fixed","amount":{"amount":"5","currency":"XYZ"}})").object(), &error));
    QVERIFY(error.contains(QStringLiteral("unknown currency")));
}

QTEST_GUILESS_MAIN(TestEntitlementRule)
#include "tst_entitlementrule.moc"
