#include "i18n/DisplayFormat.h"

#include "domain/Money.h"

#include <QDateTime>
#include <QTest>

// Amounts as an officer reads them: the region's digits, grouping and decimal mark, every minor
// digit of the currency, never through a floating-point number; the currency code after.
class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amounts_data();
    void amounts();
    void theLargestAmountsAreExact();
};

void TestDisplayFormat::amounts_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("shown");
    const QString frGroup = QLocale(QStringLiteral("fr_FR")).groupSeparator();
    QTest::newRow("en USD") << "en_US"
                            << "USD" << Q_INT64_C(123450) << "1,234.50 USD";
    QTest::newRow("en USD cents") << "en_US"
                                  << "USD" << Q_INT64_C(5) << "0.05 USD";
    QTest::newRow("en USD negative") << "en_US"
                                     << "USD" << Q_INT64_C(-123450) << "-1,234.50 USD";
    QTest::newRow("en JPY no minor digits") << "en_US"
                                            << "JPY" << Q_INT64_C(1234567) << "1,234,567 JPY";
    QTest::newRow("en KWD three minor digits") << "en_US"
                                               << "KWD" << Q_INT64_C(1000007) << "1,000.007 KWD";
    QTest::newRow("fr EUR") << "fr_FR"
                            << "EUR" << Q_INT64_C(123450) << QString(u"1" + frGroup + u"234,50 EUR");
    QTest::newRow("de EUR") << "de_DE"
                            << "EUR" << Q_INT64_C(123450) << "1.234,50 EUR";
    QTest::newRow("ar EGP") << "ar_EG"
                            << "EGP" << Q_INT64_C(123405)
                            << QString(QLocale(QStringLiteral("ar_EG")).toString(1234) +
                                       QLocale(QStringLiteral("ar_EG")).decimalPoint() +
                                       QLocale(QStringLiteral("ar_EG")).zeroDigit() +
                                       QLocale(QStringLiteral("ar_EG")).toString(5) + u" EGP");
}

void TestDisplayFormat::amounts()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, shown);
    const Money amount(minorUnits, Currency::fromCode(currency));
    QCOMPARE(DisplayFormat::money(amount, QLocale(locale)), shown);
}

void TestDisplayFormat::theLargestAmountsAreExact()
{
    const QLocale english(QStringLiteral("en_US"));
    QCOMPARE(DisplayFormat::amount(Money(Q_INT64_C(9223372036854775807), Currency::fromCode(u"USD")), english),
             QStringLiteral("92,233,720,368,547,758.07"));
    QCOMPARE(DisplayFormat::amount(Money(std::numeric_limits<qint64>::min(), Currency::fromCode(u"USD")), english),
             QStringLiteral("-92,233,720,368,547,758.08"));
}

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
