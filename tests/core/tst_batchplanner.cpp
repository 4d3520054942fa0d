#include "batching/BatchPlanner.h"
#include "batching/G2pConnectDisburseWriter.h"
#include "batching/PheeCsvWriter.h"
#include "batching/XSignature.h"
#include "csv/CsvReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

class TestBatchPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheCanonicalFile();
    void refusesWhatTheHubWouldMangle_data();
    void refusesWhatTheHubWouldMangle();
    void respectsRowAndByteLimits_data();
    void respectsRowAndByteLimits();
    void separatesHubDuplicates();
    void neverMixesPaymentModes();
    void isDeterministic();
    void handsBatchesOverAsTheyFill();
    void g2pConnectDisburse();
};

namespace {

const PartyId kPayer = PartyId::create(PartyIdType::Msisdn, u"254700000001");

PaymentLine payment(int n, const char* amount = "25", const char* mode = "MOJALOOP", int payee = -1)
{
    PaymentLine line;
    line.requestId = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    line.payee = PartyId::create(PartyIdType::Msisdn,
                                 QStringLiteral("2547%1").arg(payee < 0 ? n : payee, 8, 10, QLatin1Char('0')));
    line.amount = *Money::parse(QString::fromLatin1(amount), Currency::fromCode(u"USD"));
    line.paymentMode = QString::fromLatin1(mode);
    line.note = QStringLiteral("Household grant 2027-01");
    return line;
}

QList<PaymentLine> payments(int count)
{
    QList<PaymentLine> lines;
    for (int n = 0; n < count; ++n) {
        lines.append(payment(n));
    }
    return lines;
}

QStringList requestIds(const QList<QList<PaymentLine>>& batches)
{
    QStringList ids;
    for (const auto& batch : batches) {
        for (const PaymentLine& line : batch) {
            ids.append(line.requestId);
        }
        ids.append(QStringLiteral("|"));
    }
    return ids;
}

} // namespace

void TestBatchPlanner::writesTheCanonicalFile()
{
    QList<PaymentLine> lines = {payment(1), payment(2, "1500")};
    lines[1].note = QStringLiteral("Grant, \"January\"\tfor the Said family");
    QString error;
    const QByteArray file = PheeCsvWriter::file(lines, kPayer, &error);
    QCOMPARE(
        file,
        QByteArray("id,request_id,payment_mode,payer_identifier_type,payer_identifier,payee_identifier_type,"
                   "payee_identifier,amount,currency,note\n"
                   "0,00000000-0000-4000-8000-000000000001,MOJALOOP,msisdn,254700000001,msisdn,254700000001,25,USD,"
                   "Household grant 2027-01\n"
                   "1,00000000-0000-4000-8000-000000000002,MOJALOOP,msisdn,254700000001,msisdn,254700000002,1500,USD,"
                   "Grant January for the Said family"));
    // The bytes are exactly what the hub reads from the upload, and a plain CSV reader agrees.
    QCOMPARE(XSignature::hubPayload(file), file);
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QByteArray> record;
    int rows = 0;
    while (reader.readRecord(record)) {
        QCOMPARE(record.size(), 10);
        ++rows;
    }
    QCOMPARE(rows, 3);
}

void TestBatchPlanner::refusesWhatTheHubWouldMangle_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("cents") << "25.50"
                           << "MOJALOOP"
                           << "has a fraction; Payment Hub EE pays whole USD only";
    QTest::newRow("zero") << "0"
                          << "MOJALOOP"
                          << "more than zero";
    QTest::newRow("negative") << "-5"
                              << "MOJALOOP"
                              << "more than zero";
    QTest::newRow("comma in the mode") << "25"
                                       << "MOJA,LOOP"
                                       << "comma, quote or line break";
}

void TestBatchPlanner::refusesWhatTheHubWouldMangle()
{
    QFETCH(QString, amount);
    QFETCH(QString, mode);
    QFETCH(QString, refusal);
    QList<PaymentLine> lines = payments(3);
    lines[1].amount = *Money::parse(amount, Currency::fromCode(u"USD"));
    lines[1].paymentMode = mode;
    const BatchPlanner::Plan plan = BatchPlanner::plan(lines, kPayer, {});
    QVERIFY(plan.batches.isEmpty());
    QVERIFY2(plan.error.contains(lines[1].requestId), qPrintable(plan.error)); // names the payment
    QVERIFY2(plan.error.contains(refusal), qPrintable(plan.error));
    // G2P Connect pays cents: only the cents row passes once whole units are not required.
    BatchPlanner::Policy decimals;
    decimals.wholeMajorUnitsOnly = false;
    const BatchPlanner::Plan g2pConnect = BatchPlanner::plan(lines, kPayer, decimals);
    QCOMPARE(g2pConnect.error.isEmpty(), amount == u"25.50");
}

void TestBatchPlanner::respectsRowAndByteLimits_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("expectedBatches");
    QTest::newRow("rows bind") << 1234 << 500 << 100000 << 3;
    QTest::newRow("bytes bind") << 1234 << 500 << 20000 << 8;
    QTest::newRow("exactly full") << 1000 << 500 << 100000 << 2;
    QTest::newRow("one row per batch") << 7 << 1 << 100000 << 7;
    QTest::newRow("nothing to plan") << 0 << 500 << 100000 << 0;
}

void TestBatchPlanner::respectsRowAndByteLimits()
{
    QFETCH(int, count);
    QFETCH(int, maxRows);
    QFETCH(int, maxBytes);
    QFETCH(int, expectedBatches);
    const BatchPlanner::Plan plan = BatchPlanner::plan(payments(count), kPayer, {maxRows, maxBytes});
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.batches.size(), expectedBatches);
    QSet<QString> seen;
    for (const auto& batch : plan.batches) {
        QVERIFY(!batch.isEmpty());
        QVERIFY(batch.size() <= maxRows);
        QString error;
        const QByteArray file = PheeCsvWriter::file(batch, kPayer, &error);
        QVERIFY2(file.size() <= maxBytes, qPrintable(QStringLiteral("%1 bytes").arg(file.size())));
        for (const PaymentLine& line : batch) {
            QVERIFY(!seen.contains(line.requestId));
            seen.insert(line.requestId);
        }
    }
    QCOMPARE(seen.size(), count); // every payment once, none lost
}

void TestBatchPlanner::separatesHubDuplicates()
{
    // Three equal payments to one payee, one of another amount to the same payee, and others.
    QList<PaymentLine> lines = payments(10);
    lines.append(payment(100, "25", "MOJALOOP", 7));
    lines.append(payment(101, "25", "MOJALOOP", 7));
    lines.append(payment(102, "30", "MOJALOOP", 7));
    const BatchPlanner::Plan plan = BatchPlanner::plan(lines, kPayer, {});
    QCOMPARE(plan.batches.size(), 3);
    for (const auto& batch : plan.batches) {
        QSet<QString> keys;
        for (const PaymentLine& line : batch) {
            const QString key = line.payee.value() + u'/' + line.amount.toDecimalString();
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
        }
    }
    QCOMPARE(plan.batches.at(0).size(), 11); // the 30.00 payment to payee 7 is no duplicate
}

void TestBatchPlanner::neverMixesPaymentModes()
{
    QList<PaymentLine> lines;
    for (int n = 0; n < 30; ++n) {
        lines.append(payment(n, "10", n % 3 ? "MOJALOOP" : "GSMA"));
    }
    const BatchPlanner::Plan plan = BatchPlanner::plan(lines, kPayer, {});
    QCOMPARE(plan.batches.size(), 2);
    for (const auto& batch : plan.batches) {
        for (const PaymentLine& line : batch) {
            QCOMPARE(line.paymentMode, batch.first().paymentMode);
        }
    }
}

void TestBatchPlanner::isDeterministic()
{
    QList<PaymentLine> lines = payments(1500);
    lines.append(payment(2000, "25", "MOJALOOP", 3));
    const BatchPlanner::Plan first = BatchPlanner::plan(lines, kPayer, {400, 100000});
    std::shuffle(lines.begin(), lines.end(), *QRandomGenerator::global());
    const BatchPlanner::Plan second = BatchPlanner::plan(lines, kPayer, {400, 100000});
    QCOMPARE(requestIds(second.batches), requestIds(first.batches));
}

void TestBatchPlanner::handsBatchesOverAsTheyFill()
{
    QList<PaymentLine> lines = payments(1200);
    lines.append(payment(5000, "25", "MOJALOOP", 3)); // a hub duplicate of payment 3
    const BatchPlanner::Plan whole = BatchPlanner::plan(lines, kPayer, {500, 100000});
    QList<QList<PaymentLine>> handed;
    QList<QByteArray> files;
    const QString error = BatchPlanner::plan(lines, kPayer, {500, 100000}, [&](BatchPlanner::Batch&& batch) {
        handed.append(batch.payments);
        files.append(batch.pheeFile);
        return true;
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(requestIds(handed), requestIds(whole.batches));
    QCOMPARE(files, whole.pheeFiles);
    QString writerError;
    for (int i = 0; i < files.size(); ++i) {
        QCOMPARE(files.at(i), PheeCsvWriter::file(handed.at(i), kPayer, &writerError)); // the same bytes either way
    }

    // A handler that refuses stops the planning there.
    int calls = 0;
    const QString stopped = BatchPlanner::plan(lines, kPayer, {500, 100000}, [&calls](BatchPlanner::Batch&&) {
        ++calls;
        return false;
    });
    QCOMPARE(calls, 1);
    QVERIFY(!stopped.isEmpty());
}

void TestBatchPlanner::g2pConnectDisburse()
{
    QList<PaymentLine> lines = {payment(1), payment(2, "1500")};
    lines[1].payee = PartyId::create(PartyIdType::Iban, u"DE89370400440532013000");
    const G2pConnectDisburseWriter::Envelope envelope{
        QStringLiteral("batch-corr-1"), QStringLiteral("msg-1"), QDateTime(QDate(2027, 1, 5), QTime(9, 30), Qt::UTC),
        QStringLiteral("paydesk.ministry.example"), QStringLiteral("bridge.example")};
    QString error;
    const QByteArray json = G2pConnectDisburseWriter::write(envelope, lines, kPayer, &error);
    QCOMPARE(G2pConnectDisburseWriter::write(envelope, lines, kPayer, &error), json); // deterministic
    const QJsonObject request = QJsonDocument::fromJson(json).object();
    const QJsonObject header = request.value(QStringLiteral("header")).toObject();
    QCOMPARE(header.value(QStringLiteral("action")).toString(), QStringLiteral("disburse"));
    QCOMPARE(header.value(QStringLiteral("total_count")).toInt(), 2);
    QCOMPARE(header.value(QStringLiteral("message_ts")).toString(), QStringLiteral("2027-01-05T09:30:00.000Z"));
    const QJsonObject message = request.value(QStringLiteral("message")).toObject();
    QCOMPARE(message.value(QStringLiteral("transaction_id")).toString(), QStringLiteral("batch-corr-1"));
    const QJsonArray disbursements = message.value(QStringLiteral("disbursements")).toArray();
    QCOMPARE(disbursements.size(), 2);
    const QJsonObject first = disbursements.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("reference_id")).toString(), lines[0].requestId);
    QCOMPARE(first.value(QStringLiteral("payee_fa")).toString(), QStringLiteral("phone:+254700000001"));
    QCOMPARE(first.value(QStringLiteral("payer_fa")).toString(), QStringLiteral("phone:+254700000001"));
    QCOMPARE(first.value(QStringLiteral("amount")).toString(), QStringLiteral("25.00"));
    QCOMPARE(disbursements.at(1).toObject().value(QStringLiteral("payee_fa")).toString(),
             QStringLiteral("iban:DE89370400440532013000"));
    QCOMPARE(disbursements.at(1).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("1500.00"));

    // The spec's amount has at most two decimals.
    QCOMPARE(G2pConnectDisburseWriter::amountText(Money(1500, Currency::fromCode(u"JPY")), &error),
             QStringLiteral("1500.00"));
    QCOMPARE(G2pConnectDisburseWriter::amountText(Money(1250, Currency::fromCode(u"KWD")), &error),
             QStringLiteral("1.25"));
    QVERIFY(G2pConnectDisburseWriter::amountText(Money(1234, Currency::fromCode(u"KWD")), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("more decimals")));
}

QTEST_GUILESS_MAIN(TestBatchPlanner)
#include "tst_batchplanner.moc"
