#include "reconciliation/FailureReasonText.h"

#include <QTest>

// Why a payment failed, in words, the code kept beside them; unknown text is shown as it came.
class TestFailureReasonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCodesInWords_data();
    void readsCodesInWords();
};

void TestFailureReasonText::readsCodesInWords_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("party not found") << QStringLiteral("3204 Party not found")
                                     << QStringLiteral("the payee's account was not found (code 3204 Party not found)");
    QTest::newRow("payee limit, by its family")
        << QStringLiteral("5203 Payee transaction limit reached")
        << QStringLiteral("a limit of the payee's account was reached (code 5203 Payee transaction limit reached)");
    QTest::newRow("payer liquidity") << QStringLiteral("4001 Payer FSP insufficient liquidity")
                                     << QStringLiteral("a bank along the way had too little money to settle it (code "
                                                       "4001 Payer FSP insufficient liquidity)");
    QTest::newRow("g2p connect duplicate")
        << QStringLiteral("rjct.reference_id.duplicate")
        << QStringLiteral(
               "the receiver already had this payment, so it was not paid twice (code rjct.reference_id.duplicate)");
    QTest::newRow("g2p connect, unknown rjct")
        << QStringLiteral("rjct.something.new: no")
        << QStringLiteral("the receiver refused it (code rjct.something.new: no)");
    QTest::newRow("a code of no family") << QStringLiteral("9999 Odd") << QStringLiteral("9999 Odd");
    QTest::newRow("plain words") << QStringLiteral("the bank said no") << QStringLiteral("the bank said no");
    QTest::newRow("empty") << QString() << QString();
}

void TestFailureReasonText::readsCodesInWords()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(FailureReasonText::of(stored), shown);
}

QTEST_GUILESS_MAIN(TestFailureReasonText)
#include "tst_failurereasontext.moc"
