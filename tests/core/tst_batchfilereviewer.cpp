#include "batching/G2pConnectDisburseWriter.h"
#include "batching/PheeCsvWriter.h"
#include "batching/SigningKey.h"
#include "batching/XSignature.h"
#include "csv/CsvReader.h"
#include "registry/RegistryImporter.h"
#include "review/BatchFileReviewer.h"
#include "review/ResultComparison.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

class TestBatchFileReviewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realHubFiles_data();
    void realHubFiles();
    void ourOwnFileIsClean();
    void filesIgnoreTheOfficersLocale_data();
    void filesIgnoreTheOfficersLocale();
    void flagsWhatTheHubRefuses_data();
    void flagsWhatTheHubRefuses();
    void signatureAndManifest();
    void g2pConnectRequests_data();
    void g2pConnectRequests();
    void hostileInputNeverCrashes();
    void comparesWithHubResults();
};

namespace {

const QString kReference = QStringLiteral(PAYDESK_SHARED_REFERENCE_DIR);

int countFindings(const BatchReview& review, const QString& text)
{
    return int(std::count_if(review.findings.cbegin(), review.findings.cend(),
                             [&text](const BatchReview::Finding& finding) { return finding.problem.contains(text); }));
}

QByteArray ourFile(int rows)
{
    QList<PaymentLine> lines;
    for (int n = 0; n < rows; ++n) {
        lines.append({QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')),
                      PartyId::create(PartyIdType::Msisdn, QStringLiteral("2547%1").arg(n, 8, 10, QLatin1Char('0'))),
                      Money(2500, Currency::fromCode(u"USD")), QStringLiteral("MOJALOOP"), QStringLiteral("Grant")});
    }
    QString error;
    return PheeCsvWriter::file(lines, PartyId::create(PartyIdType::Msisdn, u"254700000001"), &error);
}

// A G2P Connect disburse request as PayDesk freezes it: rows payments of 12.50 in currency.
QByteArray ourRequest(int rows, const QString& currency = QStringLiteral("USD"))
{
    QList<PaymentLine> lines;
    const Currency paid = Currency::fromCode(currency);
    for (int n = 0; n < rows; ++n) {
        lines.append({QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')),
                      PartyId::create(PartyIdType::FinancialAddress,
                                      QStringLiteral("account:%1@rhino.dfsp1.bank_acc").arg(1000 + n)),
                      paid.exponent() == 0 ? Money(1250, paid) : *Money::parse(u"12.50", paid),
                      QStringLiteral("MOJALOOP"), QStringLiteral("Grant")});
    }
    QString error;
    return G2pConnectDisburseWriter::write({QStringLiteral("tx-1"), QStringLiteral("msg-1"),
                                            QDateTime(QDate(2027, 1, 5), QTime(9, 0), Qt::UTC),
                                            QStringLiteral("ministry"), QStringLiteral("bank")},
                                           lines, PartyId::create(PartyIdType::Msisdn, u"254700000001"), &error);
}

} // namespace

// The figures of the reference's own table of the real files (phee-real/index.md), file by file.
void TestBatchFileReviewer::realHubFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("mixedModes");
    QTest::addColumn<int>("repeatedRequestIds");
    QTest::addColumn<int>("hubDuplicates");
    QTest::addColumn<QString>("unknownHeader");
    QTest::addColumn<qint64>("amountSum");
    QFile index(kReference + QStringLiteral("/phee-real/index.md"));
    if (!index.open(QIODevice::ReadOnly)) {
        QSKIP("../shared/reference/phee-real is not here: the real hub files were skipped");
    }
    const QList<QByteArray> lines = index.readAll().split('\n');
    int added = 0;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> cells = line.split('|');
        if (cells.size() != 13 || !line.startsWith("| `") || !line.contains(".csv`")) {
            continue;
        }
        bool numeric = false;
        cells.at(2).trimmed().toInt(&numeric);
        if (!numeric) {
            continue;
        }
        const QString file = QString::fromUtf8(cells.at(1).trimmed()).remove(u'`');
        QTest::newRow(qPrintable(file)) << kReference + QStringLiteral("/phee-real/") + file
                                        << cells.at(2).trimmed().toInt() << cells.at(3).contains(',')
                                        << cells.at(4).trimmed().toInt() << cells.at(5).trimmed().toInt()
                                        << QString::fromUtf8(cells.at(9).trimmed())
                                        << cells.at(11).trimmed().toLongLong();
        ++added;
    }
    QVERIFY2(added >= 10, "the reference's table of real files was not found");
}

void TestBatchFileReviewer::realHubFiles()
{
    QFETCH(QString, path);
    QFETCH(int, rows);
    QFETCH(bool, mixedModes);
    QFETCH(int, repeatedRequestIds);
    QFETCH(int, hubDuplicates);
    QFETCH(QString, unknownHeader);
    QFETCH(qint64, amountSum);
    const BatchReview review = BatchFileReviewer::reviewPath(path, {});
    QVERIFY2(review.readable, qPrintable(review.error));
    QCOMPARE(review.rows, rows);
    QCOMPARE(countFindings(review, QStringLiteral("is also on line")), repeatedRequestIds);
    QCOMPARE(countFindings(review, QStringLiteral("drops this row as a duplicate")), hubDuplicates);
    QCOMPARE(countFindings(review, QStringLiteral("mixed payment modes")), mixedModes ? 1 : 0);
    QCOMPARE(countFindings(review, QStringLiteral("does not know the column")), unknownHeader == u"-" ? 0 : 1);
    if (unknownHeader == u"-") {
        qint64 sum = 0;
        for (const Money& total : review.totals) {
            QCOMPARE(total.currency().exponent() >= 0, true);
            sum += total.minorUnits() / 100; // the files pay USD-like two-decimal currencies in whole units
        }
        QCOMPARE(sum, amountSum);
    }
}

void TestBatchFileReviewer::ourOwnFileIsClean()
{
    const QByteArray file = ourFile(300);
    const BatchReview review = BatchFileReviewer::review(file, {});
    QVERIFY(review.readable);
    QVERIFY2(review.findings.isEmpty(), qPrintable(review.findings.value(0).problem));
    QCOMPARE(review.rows, 300);
    QCOMPARE(review.totals.value(QStringLiteral("USD")).toDecimalString(), QStringLiteral("7500.00"));
    QCOMPARE(review.paymentModes, QStringList{QStringLiteral("MOJALOOP")});
    QVERIFY(review.clean());
}

// Numbers, dates and money follow the officer's language in the window only: the files PayDesk
// writes are the same whatever locale the window runs in.
void TestBatchFileReviewer::filesIgnoreTheOfficersLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("Arabic") << "ar_EG";
    QTest::newRow("French") << "fr_FR";
    QTest::newRow("Spanish") << "es_ES";
}

void TestBatchFileReviewer::filesIgnoreTheOfficersLocale()
{
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale::c());
    const QByteArray csv = ourFile(40);
    const QByteArray request = ourRequest(40, QStringLiteral("USD"));
    QLocale::setDefault(QLocale(locale));
    QVERIFY(QLocale().toString(1234.5) != QLocale::c().toString(1234.5)); // the locale does format differently
    QCOMPARE(ourFile(40), csv);
    QCOMPARE(ourRequest(40, QStringLiteral("USD")), request);
    QLocale::setDefault(QLocale::c());
    QVERIFY(csv.contains(",25.00,") || csv.contains(",25,"));
}

void TestBatchFileReviewer::flagsWhatTheHubRefuses_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("problem");
    const QByteArray good =
        "9,11111111-0000-4000-8000-000000000009,MOJALOOP,msisdn,254700000001,msisdn,254799999999,25,USD,x";
    QTest::newRow("fraction") << QByteArray(good).replace(",25,", ",25.50,") << "amount"
                              << "not a whole number";
    QTest::newRow("decimal point") << QByteArray(good).replace(",25,", ",25.00,") << "amount"
                                   << "not a whole number";
    QTest::newRow("zero") << QByteArray(good).replace(",25,", ",0,") << "amount"
                          << "not more than zero";
    QTest::newRow("text amount") << QByteArray(good).replace(",25,", ",lots,") << "amount"
                                 << "not a plain decimal";
    QTest::newRow("bad currency") << QByteArray(good).replace(",USD,", ",DOLLARS,") << "currency"
                                  << "not an ISO 4217";
    QTest::newRow("short msisdn") << QByteArray(good).replace(",254799999999,", ",345,") << "payee_identifier"
                                  << "not a valid msisdn";
    QTest::newRow("bad iban") << QByteArray(good).replace(",msisdn,254799999999,", ",iban,DE00370400440532013000,")
                              << "payee_identifier"
                              << "mod-97";
    QTest::newRow("unknown type") << QByteArray(good).replace(",msisdn,254799999999,", ",pigeon,254799999999,")
                                  << "payee_identifier_type"
                                  << "not an identifier type";
    QTest::newRow("quoted comma") << QByteArray(good).replace(",x", ",\"a,b\"") << "note"
                                  << "comma or quote";
    QTest::newRow("missing field") << QByteArray(good).replace(",x", "") << ""
                                   << "9 fields where the header has 10";
    QTest::newRow("no request id") << QByteArray(good).replace("11111111-0000-4000-8000-000000000009", "")
                                   << "request_id"
                                   << "no request id";
}

void TestBatchFileReviewer::flagsWhatTheHubRefuses()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, column);
    QFETCH(QString, problem);
    const BatchReview review = BatchFileReviewer::review(ourFile(5) + '\n' + row, {});
    QVERIFY(review.readable);
    QCOMPARE(review.findings.size(), 1);
    QCOMPARE(review.findings.first().line, 7);
    QCOMPARE(review.findings.first().column, column);
    QVERIFY2(review.findings.first().problem.contains(problem), qPrintable(review.findings.first().problem));
}

void TestBatchFileReviewer::signatureAndManifest()
{
    const QDir keys(kReference + QStringLiteral("/phee-demo-key"));
    if (!keys.exists()) {
        QSKIP("../shared/reference/phee-demo-key is not here: signature review was skipped");
    }
    const QByteArray file = ourFile(20);
    QString error;
    const auto key = SigningKey::fromFile(keys.filePath(QStringLiteral("key.pem")), {}, &error);
    QFile certificate(keys.filePath(QStringLiteral("cert.pem")));
    QVERIFY(certificate.open(QIODevice::ReadOnly));
    BatchFileReviewer::Options options;
    options.certificate = certificate.readAll();
    options.correlationId = QStringLiteral("c-7");
    options.tenant = QStringLiteral("gorilla");
    options.signature = key->sign(
        XSignature::sha3HexDigest(XSignature::dataToSign(options.correlationId, options.tenant, file)), &error);
    const BatchReview first = BatchFileReviewer::review(file, options);
    options.manifest =
        QJsonObject{{QStringLiteral("sha256"), first.sha256},
                    {QStringLiteral("rows"), 20},
                    {QStringLiteral("totals"), QJsonObject{{QStringLiteral("USD"), QStringLiteral("500.00")}}}};
    const BatchReview good = BatchFileReviewer::review(file, options);
    QVERIFY2(good.signatureValid.value_or(false), qPrintable(good.signatureDetail));
    QVERIFY2(good.manifestMatches.value_or(false), qPrintable(good.manifestDetail));
    QVERIFY(good.clean());

    QByteArray changed = file;
    changed.replace(",25,", ",26,");
    const BatchReview bad = BatchFileReviewer::review(changed, options);
    QCOMPARE(bad.signatureValid, std::optional<bool>(false));
    QCOMPARE(bad.manifestMatches, std::optional<bool>(false));
    QVERIFY2(bad.manifestDetail.contains(QStringLiteral("SHA-256")), qPrintable(bad.manifestDetail));
    QVERIFY2(bad.manifestDetail.contains(QStringLiteral("the file adds up to 520.00 USD")),
             qPrintable(bad.manifestDetail));
    QVERIFY(!bad.clean());
}

void TestBatchFileReviewer::hostileInputNeverCrashes()
{
    const QList<QByteArray> hostile = {
        QByteArray(),
        QByteArray("\xff\xfe\x00\x01"),
        QByteArray(200000, ','),
        QByteArray("id\n\"unclosed"),
        QByteArray(3000, '"'),
        PheeCsvWriter::header() + '\n' + QByteArray(70000, 'x'),
        PheeCsvWriter::header() + "\n\n\n",
        QByteArray("\r\r\r\n\n"),
        QByteArray("id,amount\n1,99999999999999999999999"),
    };
    for (const QByteArray& input : hostile) {
        const BatchReview review = BatchFileReviewer::review(input, {});
        QVERIFY(review.readable || !review.error.isEmpty());
        QVERIFY(!review.clean());
    }
    QVERIFY(!BatchFileReviewer::reviewPath(QStringLiteral("/nonexistent/batch.csv"), {}).error.isEmpty());
}

void TestBatchFileReviewer::comparesWithHubResults()
{
    const QByteArray batch = ourFile(4); // request ids ...0 to ...3, payees 254700000000 to ...3, 25 USD each
    // The batch detail export: one completed, one failed with its reason, one still running; one missing.
    const QByteArray detail = R"({"content":[
        {"transactionId":"t0","status":"COMPLETED","payeePartyId":"254700000000","amount":"25","currency":"USD",
         "clientCorrelationId":"\"00000000-0000-4000-8000-000000000000\""},
        {"transactionId":"t1","status":"FAILED","payeePartyId":"254700000001","amount":"25","currency":"USD",
         "errorInformation":"{\"errorCode\":\"3204\",\"errorDescription\":\"Party not found\"}",
         "clientCorrelationId":"\"00000000-0000-4000-8000-000000000001\""},
        {"transactionId":"t2","status":"IN_PROGRESS","payeePartyId":"254700000002","amount":"25","currency":"USD",
         "clientCorrelationId":"\"00000000-0000-4000-8000-000000000002\""},
        {"transactionId":"tx","status":"COMPLETED","payeePartyId":"999","amount":"1","currency":"USD",
         "clientCorrelationId":"\"not-ours\""}]})";
    ResultComparison comparison = ResultComparison::compare(batch, detail);
    QVERIFY2(comparison.readable, qPrintable(comparison.error));
    QCOMPARE(comparison.count(ResultComparison::Outcome::Paid), 1);
    QCOMPARE(comparison.count(ResultComparison::Outcome::Failed), 1);
    QCOMPARE(comparison.count(ResultComparison::Outcome::InFlight), 1);
    QCOMPARE(comparison.count(ResultComparison::Outcome::Missing), 1);
    QCOMPARE(comparison.unmatchedResults, 1);
    QCOMPARE(comparison.lines.at(1).reason, QStringLiteral("3204 Party not found")); // Mojaloop's JSON, read
    QCOMPARE(comparison.lines.at(3).requestId, QStringLiteral("00000000-0000-4000-8000-000000000003"));

    // The result CSV (no header, hub transaction ids): matched by payee, amount and currency.
    const QByteArray csv = "t0,COMPLETED,dfsp,254700000000,payer,254700000001,25,USD,,1,2\n"
                           "t3,FAILED,dfsp,254700000003,payer,254700000001,25,USD,Payee FSP rejected,1,2\n";
    comparison = ResultComparison::compare(batch, csv);
    QVERIFY2(comparison.readable, qPrintable(comparison.error));
    QCOMPARE(comparison.count(ResultComparison::Outcome::Paid), 1);
    QCOMPARE(comparison.count(ResultComparison::Outcome::Failed), 1);
    QCOMPARE(comparison.count(ResultComparison::Outcome::Missing), 2);
    QCOMPARE(comparison.lines.at(3).reason, QStringLiteral("Payee FSP rejected"));

    QVERIFY(!ResultComparison::compare(batch, "just,three,fields\n").readable);
    QVERIFY(!ResultComparison::compare(batch, "\"unclosed").readable);
}

void TestBatchFileReviewer::g2pConnectRequests_data()
{
    // A change to PayDesk's own request, and what the review must say of it (empty: nothing).
    QTest::addColumn<QString>("path"); // "message.disbursements.N.field" or "header.field"
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("finding");
    QTest::newRow("as frozen") << QString() << QJsonValue() << qint64(0) << QString();
    QTest::newRow("total_count") << "header.total_count" << QJsonValue(5) << qint64(0) << "rjct.total_count.invalid";
    QTest::newRow("action") << "header.action" << QJsonValue(QStringLiteral("resolve")) << qint64(0)
                            << "rjct.action.invalid";
    QTest::newRow("no sender") << "header.sender_id" << QJsonValue(QString()) << qint64(0) << "no sender_id";
    QTest::newRow("repeated reference") << "message.disbursements.2.reference_id"
                                        << QJsonValue(QStringLiteral("00000000-0000-4000-8000-000000000000"))
                                        << qint64(3) << "also disbursement 1";
    QTest::newRow("payee not an address") << "message.disbursements.1.payee_fa" << QJsonValue(QStringLiteral("12345"))
                                          << qint64(2) << "not a financial address";
    QTest::newRow("three decimals") << "message.disbursements.0.amount" << QJsonValue(QStringLiteral("12.345"))
                                    << qint64(1) << "at most two decimals";
    QTest::newRow("zero") << "message.disbursements.0.amount" << QJsonValue(QStringLiteral("0.00")) << qint64(1)
                          << "not more than zero";
    QTest::newRow("currency") << "message.disbursements.3.currency_code" << QJsonValue(QStringLiteral("DOLLARS"))
                              << qint64(4) << "not an ISO 4217";
}

void TestBatchFileReviewer::g2pConnectRequests()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(qint64, line);
    QFETCH(QString, finding);
    QJsonObject request = QJsonDocument::fromJson(ourRequest(4)).object();
    const QStringList parts = path.split(u'.');
    if (parts.first() == u"header") {
        QJsonObject header = request.value(QStringLiteral("header")).toObject();
        header.insert(parts.at(1), value);
        request.insert(QStringLiteral("header"), header);
    } else if (!path.isEmpty()) {
        QJsonObject message = request.value(QStringLiteral("message")).toObject();
        QJsonArray items = message.value(QStringLiteral("disbursements")).toArray();
        QJsonObject item = items.at(parts.at(2).toInt()).toObject();
        item.insert(parts.at(3), value);
        items.replace(parts.at(2).toInt(), item);
        message.insert(QStringLiteral("disbursements"), items);
        request.insert(QStringLiteral("message"), message);
    }
    const BatchReview review = BatchFileReviewer::review(QJsonDocument(request).toJson(), {});
    QVERIFY2(review.readable, qPrintable(review.error));
    QCOMPARE(review.rows, 4);
    if (finding.isEmpty()) {
        QVERIFY2(review.clean(), review.findings.isEmpty() ? "" : qPrintable(review.findings.first().problem));
        QCOMPARE(review.totals.value(QStringLiteral("USD")).toDecimalString(), QStringLiteral("50.00"));
        // A currency without minor units is written with ".00", and read back whole.
        const BatchReview francs = BatchFileReviewer::review(ourRequest(2, QStringLiteral("XOF")), {});
        QVERIFY(francs.clean());
        QCOMPARE(francs.totals.value(QStringLiteral("XOF")).toDecimalString(), QStringLiteral("2500"));
        return;
    }
    QCOMPARE(review.findings.size(), 1);
    QCOMPARE(review.findings.first().line, line);
    QVERIFY2(review.findings.first().problem.contains(finding), qPrintable(review.findings.first().problem));
    // Not JSON at all, or JSON of another kind: unreadable, with why.
    QVERIFY(!BatchFileReviewer::review("{\"header\": {", {}).readable);
    const BatchReview other = BatchFileReviewer::review(R"({"message": {"resolve_request": []}})", {});
    QVERIFY(!other.readable);
    QVERIFY2(other.error.contains(QStringLiteral("message.disbursements")), qPrintable(other.error));
}

QTEST_GUILESS_MAIN(TestBatchFileReviewer)
#include "tst_batchfilereviewer.moc"
