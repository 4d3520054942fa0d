#include "domain/Money.h"

#include <QTest>

#include <limits>

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void decimalString_data();
    void decimalString();
    void wholeMajorUnits();
    void arithmeticRefusesMixedCurrenciesAndOverflow();
    void currencyCodes();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minorUnits");
    QTest::newRow("whole USD") << "12"
                               << "USD" << qint64(1200);
    QTest::newRow("cents") << "12.34"
                           << "USD" << qint64(1234);
    QTest::newRow("one fraction digit") << "12.5"
                                        << "USD" << qint64(1250);
    QTest::newRow("negative") << "-0.25"
                              << "EUR" << qint64(-25);
    QTest::newRow("plus sign, spaces") << "  +7.00 "
                                       << "EUR" << qint64(700);
    QTest::newRow("yen has no minor unit") << "1500"
                                           << "JPY" << qint64(1500);
    QTest::newRow("dinar has three") << "1.234"
                                     << "KWD" << qint64(1234);
    QTest::newRow("lowercase code") << "3"
                                    << "kes" << qint64(300);
    QTest::newRow("largest") << "92233720368547758.07"
                             << "USD" << std::numeric_limits<qint64>::max();
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minorUnits);
    QString error;
    const auto money = Money::parse(text, Currency::fromCode(currency), &error);
    QVERIFY2(money.has_value(), qPrintable(error));
    QCOMPARE(money->minorUnits(), minorUnits);
    QCOMPARE(money->currency().code(), currency.toUpper());
}

void TestMoney::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too many decimals") << "1.234"
                                       << "USD"
                                       << "USD has at most 2 decimal place";
    QTest::newRow("yen fraction") << "1.5"
                                  << "JPY"
                                  << "JPY has at most 0 decimal place";
    QTest::newRow("thousands separator") << "1,000"
                                         << "USD"
                                         << "not a plain decimal";
    QTest::newRow("exponent") << "1e3"
                              << "USD"
                              << "not a plain decimal";
    QTest::newRow("empty") << ""
                           << "USD"
                           << "empty";
    QTest::newRow("sign only") << "-"
                               << "USD"
                               << "not a plain decimal";
    QTest::newRow("two points") << "1.2.3"
                                << "USD"
                                << "not a plain decimal";
    QTest::newRow("overflow") << "92233720368547758.08"
                              << "USD"
                              << "too large";
    QTest::newRow("overflow by scaling") << "99999999999999999999"
                                         << "JPY"
                                         << "too large";
    QTest::newRow("unknown currency") << "1"
                                      << "XXX"
                                      << "unknown currency";
    QTest::newRow("arabic digits") << QString::fromUtf8("١٢") << "USD"
                                   << "not a plain decimal";
}

void TestMoney::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!Money::parse(text, Currency::fromCode(currency), &error).has_value());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestMoney::decimalString_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cents") << qint64(123456) << "USD"
                           << "1234.56";
    QTest::newRow("small") << qint64(5) << "USD"
                           << "0.05";
    QTest::newRow("negative") << qint64(-5) << "USD"
                              << "-0.05";
    QTest::newRow("yen") << qint64(1500) << "JPY"
                         << "1500";
    QTest::newRow("dinar") << qint64(1) << "KWD"
                           << "0.001";
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << "USD"
                                   << "-92233720368547758.08";
}

void TestMoney::decimalString()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money(minorUnits, Currency::fromCode(currency)).toDecimalString(), expected);
}

void TestMoney::wholeMajorUnits()
{
    const Currency usd = Currency::fromCode(u"USD");
    QVERIFY(Money(1200, usd).isWholeMajorUnits());
    QVERIFY(!Money(1250, usd).isWholeMajorUnits());
    QVERIFY(Money(-300, usd).isWholeMajorUnits());
    QVERIFY(Money(7, Currency::fromCode(u"JPY")).isWholeMajorUnits());
}

void TestMoney::arithmeticRefusesMixedCurrenciesAndOverflow()
{
    const Currency usd = Currency::fromCode(u"USD");
    const Currency eur = Currency::fromCode(u"EUR");
    QCOMPARE(Money(150, usd).plus(Money(250, usd)), Money(400, usd));
    QCOMPARE(Money(150, usd).minus(Money(250, usd)), Money(-100, usd));
    QCOMPARE(Money(150, usd).times(3), Money(450, usd));
    QVERIFY(!Money(1, usd).plus(Money(1, eur)).has_value());
    QVERIFY(!Money(1, usd).minus(Money(1, eur)).has_value());
    QVERIFY(!Money(std::numeric_limits<qint64>::max(), usd).plus(Money(1, usd)).has_value());
    QVERIFY(!Money(std::numeric_limits<qint64>::min(), usd).minus(Money(1, usd)).has_value());
    QVERIFY(!Money(std::numeric_limits<qint64>::max() / 2 + 1, usd).times(2).has_value());
}

void TestMoney::currencyCodes()
{
    QVERIFY(Currency::fromCode(u"usd").isValid());
    QCOMPARE(Currency::fromCode(u"KWD").exponent(), 3);
    QCOMPARE(Currency::fromCode(u"UGX").exponent(), 0);
    QVERIFY(!Currency::fromCode(u"US").isValid());
    QVERIFY(!Currency::fromCode(u"ZZZ").isValid());
    QVERIFY(!Currency().isValid());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
