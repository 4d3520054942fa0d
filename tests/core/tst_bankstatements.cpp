#include "PreparedCycle.h"
#include "TestDatabases.h"

#include "statements/BankStatementFile.h"
#include "statements/CsvStatementParser.h"
#include "statements/Mt940Parser.h"
#include "statements/StatementMatcher.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Bank statements: MT940 as banks send it (SWIFT blocks, CRLF, several statements, :86: over
// lines, reversals, funds codes, a booking date in the year before), hostile variants each refused
// with the line, the simple CSV statement, and the three-way match against a cycle's payments.
class TestBankStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsMt940();
    void refusesBrokenMt940_data();
    void refusesBrokenMt940();
    void readsCsvStatements();
    void refusesBrokenCsv_data();
    void refusesBrokenCsv();
    void matchesThreeWays_data() { TestDatabases::addBackendRows(); }
    void matchesThreeWays();

private:
    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

namespace {

// Two statements of a payer account, in SWIFT blocks, with CRLF line ends.
const QByteArray kMt940 = "{1:F01KCBLKENXAXXX0000000000}{2:O9400000270105KCBLKENXAXXX00000000002701050000N}{4:\r\n"
                          ":20:STMT-2027-001\r\n"
                          ":25:KE12KCBL0000123456789\r\n"
                          ":28C:00001/001\r\n"
                          ":60F:C261231KES1000000,00\r\n"
                          ":61:2701021231D2500,NTRFREF-0001//BK-778899\r\n"
                          "PAYROLL G2P\r\n"
                          ":86:Grant 2027-01 01a2203b-65cc-76cd-8083-a25b3f7ba52d\r\n"
                          "second line of details\r\n"
                          ":61:270103DR1250,5NMSCNONREF\r\n"
                          ":61:270104RD2500,NTRFREF-0001\r\n"
                          ":86:returned: account closed\r\n"
                          ":62F:C270104KES998749,50\r\n"
                          ":64:C270104KES998749,50\r\n"
                          "-}\r\n"
                          "{1:F01KCBLKENXAXXX0000000000}{4:\r\n"
                          ":20:STMT-2027-002\r\n"
                          ":25:KE12KCBL0000123456789\r\n"
                          ":28C:00002/001\r\n"
                          ":60F:C270104KES998749,50\r\n"
                          ":62F:C270104KES998749,50\r\n"
                          "-}\r\n";

QByteArray replaced(const QByteArray& text, const QByteArray& from, const QByteArray& to)
{
    QByteArray copy = text;
    return copy.replace(from, to);
}

} // namespace

void TestBankStatements::readsMt940()
{
    QString error;
    const auto statements = Mt940Parser::parse(kMt940, &error);
    QVERIFY2(statements, qPrintable(error));
    QCOMPARE(statements->size(), 2);
    const BankStatement& first = statements->first();
    QCOMPARE(first.reference, QStringLiteral("STMT-2027-001"));
    QCOMPARE(first.account, QStringLiteral("KE12KCBL0000123456789"));
    QCOMPARE(first.number, QStringLiteral("00001/001"));
    QCOMPARE(first.openingBalance.toDecimalString(), QStringLiteral("1000000.00"));
    QCOMPARE(first.closingBalance.toDecimalString(), QStringLiteral("998749.50"));
    QCOMPARE(first.entries.size(), 3);
    const BankStatement::Entry& debit = first.entries.at(0);
    QCOMPARE(debit.line, 6);
    QCOMPARE(debit.valueDate, QDate(2027, 1, 2));
    QCOMPARE(debit.bookingDate, QDate(2026, 12, 31)); // booked the day before, in the year before
    QVERIFY(debit.debit && !debit.reversal);
    QCOMPARE(debit.amount.toDecimalString(), QStringLiteral("2500.00"));
    QCOMPARE(debit.typeCode, QStringLiteral("NTRF"));
    QCOMPARE(debit.reference, QStringLiteral("REF-0001"));
    QCOMPARE(debit.bankReference, QStringLiteral("BK-778899"));
    QCOMPARE(debit.details,
             QStringLiteral("PAYROLL G2P Grant 2027-01 01a2203b-65cc-76cd-8083-a25b3f7ba52d second line of details"));
    const BankStatement::Entry& fundsCode = first.entries.at(1); // "D" then funds code "R"
    QVERIFY(fundsCode.debit && !fundsCode.reversal);
    QCOMPARE(fundsCode.amount.toDecimalString(), QStringLiteral("1250.50"));
    QCOMPARE(fundsCode.reference, QStringLiteral("NONREF"));
    const BankStatement::Entry& reversal = first.entries.at(2); // a reversed debit brings the money back
    QVERIFY(!reversal.debit && reversal.reversal);
    QCOMPARE(reversal.details, QStringLiteral("returned: account closed"));
    QVERIFY(statements->at(1).entries.isEmpty());
    // LF only, no SWIFT blocks: the same.
    QByteArray bare = kMt940;
    bare.replace("\r\n", "\n");
    const auto again = BankStatementFile::read(bare, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->first().entries.size(), 3);
}

void TestBankStatements::refusesBrokenMt940_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("empty") << QByteArray() << "no statement";
    QTest::newRow("not a statement") << QByteArray("hello\n:20:X\n") << "line 1: text before the first tag";
    QTest::newRow("point as decimal mark") << replaced(kMt940, "D2500,NTRF", "D2500.00NTRF") << "line 6";
    QTest::newRow("balances disagree") << replaced(kMt940, ":62F:C270104KES998749,50\r\n:64",
                                                   ":62F:C270104KES998748,50\r\n:64")
                                       << "line 13: the closing balance is 998748.50 KES";
    QTest::newRow("entry before opening balance")
        << QByteArray(":20:A\n:25:B\n:61:2701020102D1,NTRFX\n:60F:C270101KES1,00\n:62F:C270101KES0,00\n")
        << "line 3: a statement line (:61:) comes before the opening balance";
    QTest::newRow("no closing balance") << QByteArray(":20:A\n:25:B\n:60F:C270101KES1,00\n") << "no closing balance";
    QTest::newRow("30 February") << replaced(kMt940, ":61:2701021231D", ":61:2702301231D") << "does not exist";
    QTest::newRow("unknown tag") << replaced(kMt940, ":28C:00001/001", ":99:nonsense") << "line 4: the tag :99:";
    QTest::newRow("currency changes") << replaced(kMt940, ":62F:C270104KES998749,50\r\n:64",
                                                  ":62F:C270104USD998749,50\r\n:64")
                                      << "the closing balance is in USD";
    QTest::newRow("not a currency") << replaced(kMt940, ":60F:C261231KES1000000,00", ":60F:C261231XXZ1000000,00")
                                    << "line 5";
    QTest::newRow("zero amount") << replaced(kMt940, "D2500,NTRF", "D0,NTRF") << "above zero";
    QTest::newRow("a line a megabyte long")
        << QByteArray(":20:") + QByteArray(20000, 'A') << "line 1 has 20004 characters";
    QTest::newRow("statement inside statement")
        << QByteArray(":20:A\n:25:B\n:60F:C270101KES1,00\n:20:B\n") << "line 4: a new statement";
}

void TestBankStatements::refusesBrokenMt940()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, refusal);
    QString error;
    QVERIFY(!Mt940Parser::parse(file, &error));
    QVERIFY2(error.contains(refusal), qPrintable(error));
}

void TestBankStatements::readsCsvStatements()
{
    QString error;
    const auto signedAmounts =
        CsvStatementParser::parse("Date,Amount,Currency,Reference,Details\n"
                                  "2027-01-02,-25.00,USD,01a2203b65cc76cd8083a25b3f7ba52d,grant\n"
                                  "03/01/2027,100,USD,TOPUP,\"funding, January\"\n",
                                  &error);
    QVERIFY2(signedAmounts, qPrintable(error));
    QCOMPARE(signedAmounts->entries.size(), 2);
    QVERIFY(signedAmounts->entries.at(0).debit);
    QCOMPARE(signedAmounts->entries.at(0).amount.toDecimalString(), QStringLiteral("25.00"));
    QCOMPARE(signedAmounts->entries.at(1).valueDate, QDate(2027, 1, 3));
    QVERIFY(!signedAmounts->entries.at(1).debit);
    QCOMPARE(signedAmounts->entries.at(1).details, QStringLiteral("funding, January"));
    const auto typed =
        CsvStatementParser::parse("reference,type,amount,currency,date\nR1,D,12.50,USD,2027-01-02\n", &error);
    QVERIFY2(typed, qPrintable(error));
    QVERIFY(typed->entries.first().debit);
}

void TestBankStatements::refusesBrokenCsv_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("no reference column") << QByteArray("date,amount,currency\n2027-01-02,-1,USD\n")
                                         << "no \"reference\" column";
    QTest::newRow("bad date") << QByteArray("date,amount,currency,reference\n2027-13-02,-1,USD,R\n")
                              << "line 2: \"2027-13-02\" is not a date";
    QTest::newRow("bad currency") << QByteArray("date,amount,currency,reference\n2027-01-02,-1,US,R\n") << "line 2";
    QTest::newRow("zero") << QByteArray("date,amount,currency,reference\n2027-01-02,0,USD,R\n") << "it is zero";
    QTest::newRow("three decimals") << QByteArray("date,amount,currency,reference\n2027-01-02,1.005,USD,R\n")
                                    << "line 2";
    QTest::newRow("bad type") << QByteArray("date,amount,currency,reference,type\n2027-01-02,1,USD,R,X\n")
                              << "D for a debit";
    QTest::newRow("header only") << QByteArray("date,amount,currency,reference\n") << "no entries";
}

void TestBankStatements::refusesBrokenCsv()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, refusal);
    QString error;
    QVERIFY(!BankStatementFile::read(file, &error));
    QVERIFY2(error.contains(refusal), qPrintable(error));
}

void TestBankStatements::matchesThreeWays()
{
    QFETCH(QString, backend);
    PreparedCycle cycle = PreparedCycle::make(
        m_databases.freshLocation(backend), m_dir.filePath(QStringLiteral("registry-%1.csv").arg(backend)), 41, 40, 5);
    QVERIFY(cycle.database && cycle.requestIds.size() >= 20);
    Database& database = *cycle.database;
    // The hub's word: every payment paid on 2 January but the first of the third batch, which
    // failed; one settled after the statement.
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT request_id FROM payment WHERE batch_id = %1 ORDER BY id")
                           .arg(cycle.batches.at(2))) &&
            query.next());
    const QString failed = query.value(0).toString();
    query.finish();
    QVERIFY(query.exec(QStringLiteral("UPDATE payment SET state = 'paid', settled_at = '2027-01-02T10:00:00Z'")));
    QVERIFY(query.exec(
        QStringLiteral(
            "UPDATE payment SET state = 'failed', settled_at = '2027-01-02T10:00:00Z' WHERE request_id = '%1'")
            .arg(failed)));
    QVERIFY(query.exec(QStringLiteral("UPDATE payment SET settled_at = '2027-01-09T10:00:00Z' WHERE request_id = '%1'")
                           .arg(cycle.requestIds.last())));
    QVERIFY(
        query.exec(QStringLiteral("SELECT correlation_id FROM payment_batch WHERE id = %1").arg(cycle.batches.at(1))) &&
        query.next());
    const QString secondBatch = query.value(0).toString();
    QVERIFY(query.exec(QStringLiteral("SELECT request_id FROM payment WHERE batch_id = %1").arg(cycle.batches.at(1))));
    QStringList inSecondBatch;
    while (query.next()) {
        inSecondBatch.append(query.value(0).toString());
    }
    query.finish();
    // The bank's word, as a CSV statement: each payment of the first batch debited by its request id
    // (one without dashes, upper case), the second batch as one sum, one payment twice, one short by
    // a cent, the failed one debited, one reversed, and a debit nobody knows.
    QByteArray csv = "date,amount,currency,reference,details\n";
    QStringList firstBatch;
    QVERIFY(query.exec(
        QStringLiteral("SELECT request_id FROM payment WHERE batch_id = %1 ORDER BY id").arg(cycle.batches.first())));
    while (query.next()) {
        firstBatch.append(query.value(0).toString());
    }
    query.finish();
    for (const QString& id : std::as_const(firstBatch)) {
        const QString reference = id == firstBatch.first() ? id.toUpper().remove(u'-') : id;
        csv += QStringLiteral("2027-01-02,%1,USD,,G2P %2\n")
                   .arg(id == firstBatch.at(1) ? QStringLiteral("-24.99") : QStringLiteral("-25.00"), reference)
                   .toUtf8();
    }
    csv += QStringLiteral("2027-01-02,-25.00,USD,%1,again\n").arg(firstBatch.at(2)).toUtf8();
    csv += QStringLiteral("2027-01-02,-%1.00,USD,%2,batch\n").arg(25 * inSecondBatch.size()).arg(secondBatch).toUtf8();
    csv += QStringLiteral("2027-01-02,-25.00,USD,%1,failed one\n").arg(failed).toUtf8();
    csv += "2027-01-03,-99.00,USD,UNKNOWN-1,who is this\n";
    csv += "2027-01-03,25.00,USD,,returned 00000000-0000-0000-0000-000000000000\n";
    QString error;
    const auto statements = BankStatementFile::read(csv, &error);
    QVERIFY2(statements, qPrintable(error));
    const StatementMatch match =
        StatementMatcher(database).match(cycle.cycleId, *statements, QStringLiteral("sha"), PreparedCycle::checker);
    QVERIFY2(match.succeeded, qPrintable(match.error));
    QCOMPARE(match.debits, qint64(firstBatch.size() + 4));
    QCOMPARE(match.debitedTwice.size(), 1);
    QCOMPARE(match.debitedTwice.first().requestId, firstBatch.at(2));
    QCOMPARE(match.amountDiffers.size(), 1);
    QCOMPARE(match.amountDiffers.first().requestId, firstBatch.at(1));
    QCOMPARE(match.debitedNotPaid.size(), 1);
    QCOMPARE(match.debitedNotPaid.first().requestId, failed);
    QVERIFY2(match.debitedNotPaid.first().what.contains(QStringLiteral("failed")),
             qPrintable(match.debitedNotPaid.first().what));
    QCOMPARE(match.unmatched.size(), 1);
    QCOMPARE(match.unmatched.first().statementLine, qint64(firstBatch.size() + 5));
    // Paid but not debited: every paid payment outside the first two batches, but the one settled after the statement.
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'paid' AND batch_id NOT IN (%1, %2)")
                           .arg(cycle.batches.at(0))
                           .arg(cycle.batches.at(1))) &&
            query.next());
    const qint64 undebited = query.value(0).toLongLong();
    query.finish();
    QCOMPARE(match.notYetDue, 1);
    QCOMPARE(match.paidNotDebitedCount, undebited - 1);
    QCOMPARE(match.debitedPayments, qint64(firstBatch.size() + inSecondBatch.size()) + 1); // + the failed one
    QVERIFY(!match.clean());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = 'cycle.statement_matched'")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestBankStatements)
#include "tst_bankstatements.moc"
