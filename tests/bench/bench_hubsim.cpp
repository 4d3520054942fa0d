// Benchmark: transfers per second through the sandbox hub, end to end on this machine: signed
// uploads over loopback HTTP to a paydesk-hubsim process, then the operations API polled and paged
// until every transfer has ended. Baseline in the same run: the hub's engine alone, in process,
// taking the same files without HTTP or signatures. Target (DESIGN.md §5): 5,000 transfers/s. The
// same payments through the sandbox's G2P Connect side (disburse, then every status as the
// reconciler reads it), and the ID-to-account mapper resolving as many ids.
//   bench_hubsim [--transfers N] [--rows-per-batch N]
#include "BenchSupport.h"
#include "HubSimProcess.h"
#include "TestKeys.h"

#include "HubSimulator.h"

#include "batching/G2pConnectDisburseWriter.h"
#include "batching/PaymentBatch.h"
#include "batching/SigningKey.h"
#include "batching/XSignature.h"
#include "hub/G2pConnectClient.h"
#include "hub/PaymentHubClient.h"
#include "reconciliation/PaymentReconciler.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QUuid>

namespace {

QByteArray batchFile(int rows, int first)
{
    QByteArray text =
        "id,request_id,payment_mode,payer_identifier_type,payer_identifier,payee_identifier_type,payee_identifier,"
        "amount,currency,note";
    for (int i = 0; i < rows; ++i) {
        text += QStringLiteral("\n%1,%2,MOJALOOP,msisdn,254700000001,msisdn,2547%3,%4,USD,Household grant")
                    .arg(i)
                    .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                    .arg(first + i, 8, 10, QLatin1Char('0'))
                    .arg(20 + i % 7)
                    .toUtf8();
    }
    return text;
}

// Sends one request and waits for its answer (the loop keeps the other requests moving).
QNetworkReply* sendAndWait(QNetworkAccessManager& network, const QNetworkRequest& request, const QByteArray& method,
                           const QByteArray& body = {})
{
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return reply;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption transfersOption(QStringLiteral("transfers"), QStringLiteral("Transfers."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption rowsOption(QStringLiteral("rows-per-batch"), QStringLiteral("Rows per batch file."),
                                        QStringLiteral("N"), QStringLiteral("500"));
    parser.addOptions({transfersOption, rowsOption});
    parser.addHelpOption();
    parser.process(app);
    const int rowsPerBatch = qMax(1, parser.value(rowsOption).toInt());
    const int batchCount = qMax(1, parser.value(transfersOption).toInt() / rowsPerBatch);
    const qint64 transfers = qint64(batchCount) * rowsPerBatch;

    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certificatePath = dir.filePath(QStringLiteral("cert.pem"));
    QString error;
    const auto key = makeTestKeyPair(keyPath, certificatePath, QStringLiteral("/CN=bench"))
                         ? SigningKey::fromFile(keyPath, {}, &error)
                         : nullptr;
    if (!key) {
        qFatal("no signing key: %s", qPrintable(error));
    }
    QList<QByteArray> files;
    for (int b = 0; b < batchCount; ++b) {
        files.append(batchFile(rowsPerBatch, b * rowsPerBatch));
    }

    // The hub as its own process, as a test or an officer's demo runs it; simulated time runs so
    // fast that every transfer ends at once, so what is measured is the hub and the HTTP.
    HubSimProcess hub;
    if (!hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                   {QStringLiteral("--tenant"), QStringLiteral("bench,%1").arg(certificatePath),
                    QStringLiteral("--time-scale"), QStringLiteral("1000000")})) {
        qFatal("paydesk-hubsim did not start");
    }
    const QUrl bulk = hub.bulkUrl;
    const QUrl operations = hub.operationsUrl;

    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    QStringList batchIds;
    for (int b = 0; b < batchCount; ++b) {
        const QString correlationId = QStringLiteral("bench-%1").arg(b);
        const QByteArray boundary = "b0undary" + QByteArray::number(b);
        QNetworkRequest request(bulk.resolved(QUrl(QStringLiteral("/batchtransactions"))));
        request.setRawHeader("X-CorrelationID", correlationId.toUtf8());
        request.setRawHeader("Platform-TenantId", "bench");
        request.setRawHeader("Purpose", "bench");
        request.setRawHeader("Type", "csv");
        request.setRawHeader("filename", "bench.csv");
        request.setRawHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
        request.setRawHeader("X-SIGNATURE", key->sign(XSignature::sha3HexDigest(XSignature::dataToSign(
                                                          correlationId, QStringLiteral("bench"), files.at(b))),
                                                      &error));
        const QByteArray body = "--" + boundary +
                                "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"bench.csv\"\r\n\r\n" +
                                files.at(b) + "\r\n--" + boundary + "--\r\n";
        QNetworkReply* reply = sendAndWait(network, request, "POST", body);
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 202) {
            qFatal("upload %d refused: %s", b, reply->readAll().constData());
        }
        batchIds.append(QJsonDocument::fromJson(reply->readAll())
                            .object()
                            .value(QStringLiteral("PollingPath"))
                            .toString()
                            .section(u'/', -1));
        reply->deleteLater();
    }
    const double uploading = timer.nsecsElapsed() / 1e9;
    // Reconcile: each batch's aggregate until all its transfers have ended, then all its rows.
    qint64 seen = 0;
    for (const QString& batchId : std::as_const(batchIds)) {
        QNetworkRequest aggregate(operations.resolved(QUrl(QStringLiteral("/api/v1/batch/") + batchId)));
        aggregate.setRawHeader("Platform-TenantId", "bench");
        for (;;) {
            QNetworkReply* reply = sendAndWait(network, aggregate, "GET");
            const QJsonObject summary = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            if (summary.value(QStringLiteral("total")).toInt() == rowsPerBatch &&
                summary.value(QStringLiteral("ongoing")).toInt() == 0) {
                break;
            }
        }
        QNetworkRequest detail(
            operations.resolved(QUrl(QStringLiteral("/api/v1/batch/detail?batchId=%1&pageSize=1000").arg(batchId))));
        detail.setRawHeader("Platform-TenantId", "bench");
        QNetworkReply* reply = sendAndWait(network, detail, "GET");
        seen += QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("content")).toArray().size();
        reply->deleteLater();
    }
    const double endToEnd = timer.nsecsElapsed() / 1e9;
    const qint64 executed = hub.ledger().size();

    // Fetching every status again as PayDesk's reconciliation does (aggregate, then detail pages of
    // 1,000 through PaymentHubClient), all transfers ended: the "fetch" before "once fetched".
    timer.restart();
    PaymentHubClient client(hub.endpoint(QStringLiteral("bench")));
    qint64 fetched = 0;
    for (const QString& batchId : std::as_const(batchIds)) {
        PaymentBatch batch;
        batch.hubBatchId = batchId;
        const PaymentReconciler::Results results = PaymentReconciler::fetch(batch, client);
        if (const QString* failed = std::get_if<QString>(&results)) {
            qFatal("fetch: %s", qPrintable(*failed));
        }
        fetched += QJsonDocument::fromJson(std::get<QByteArray>(results))
                       .object()
                       .value(QStringLiteral("content"))
                       .toArray()
                       .size();
    }
    const double fetching = timer.nsecsElapsed() / 1e9;

    // Baseline: the engine alone.
    HubOptions options;
    options.tenants = {{QStringLiteral("bench"), {}, {}, true}};
    options.timeScale = 1000000;
    HubSimulator engine(options);
    timer.restart();
    for (int b = 0; b < batchCount; ++b) {
        engine.accept({QStringLiteral("bench"),
                       QStringLiteral("bench-%1").arg(b),
                       QStringLiteral("bench"),
                       QStringLiteral("bench.csv"),
                       {},
                       files.at(b)});
    }
    qint64 engineSeen = 0;
    for (const HubBatch& batch : engine.batches(QStringLiteral("bench"))) {
        engineSeen += engine.count(engine.transfersOf(batch.batchId)).completed;
    }
    const double engineOnly = timer.nsecsElapsed() / 1e9;

    // G2P Connect: the same number of payments as disburse requests, then their statuses, then
    // the mapper resolving one id per payment (the sandbox started again with a mapper that knows them).
    QJsonObject registry;
    for (qint64 n = 0; n < transfers; ++n) {
        registry.insert(QStringLiteral("BEN-%1").arg(n, 8, 10, QLatin1Char('0')),
                        QStringLiteral("account:%1@bench.dfsp1").arg(n));
    }
    QFile mapperFile(dir.filePath(QStringLiteral("mapper.json")));
    if (!mapperFile.open(QIODevice::WriteOnly) ||
        mapperFile.write(QJsonDocument(registry).toJson(QJsonDocument::Compact)) < 0) {
        qFatal("cannot write the mapper's registry");
    }
    mapperFile.close();
    HubSimProcess g2pHub;
    if (!g2pHub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                      {QStringLiteral("--mapper"), mapperFile.fileName(), QStringLiteral("--time-scale"),
                       QStringLiteral("1000000")})) {
        qFatal("paydesk-hubsim did not start");
    }
    HubEndpoint g2pEndpoint = g2pHub.endpoint(QString());
    g2pEndpoint.mapperUrl = g2pEndpoint.bulkUrl;
    g2pEndpoint.senderId = QStringLiteral("bench");
    G2pConnectClient g2p(g2pEndpoint);
    const PartyId payer = PartyId::create(PartyIdType::Msisdn, u"254700000001");
    QList<PaymentBatch> g2pBatches;
    for (int b = 0; b < batchCount; ++b) {
        QList<PaymentLine> lines;
        for (int i = 0; i < rowsPerBatch; ++i) {
            lines.append({QUuid::createUuid().toString(QUuid::WithoutBraces),
                          PartyId::create(PartyIdType::FinancialAddress,
                                          QStringLiteral("account:%1@bench.dfsp1").arg(b * rowsPerBatch + i)),
                          Money(2000 + 100 * (i % 7), Currency::fromCode(u"USD")), QStringLiteral("MOJALOOP"),
                          QStringLiteral("Household grant")});
        }
        PaymentBatch batch;
        batch.id = b + 1;
        batch.correlationId = QStringLiteral("g2p-bench-%1").arg(b);
        batch.hubBatchId = batch.correlationId;
        batch.file =
            G2pConnectDisburseWriter::write({batch.correlationId, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                             QDateTime::currentDateTimeUtc(), QStringLiteral("bench"), QString()},
                                            lines, payer, &error);
        g2pBatches.append(batch);
    }
    timer.restart();
    for (const PaymentBatch& batch : std::as_const(g2pBatches)) {
        const auto taken = g2p.disburse(batch.file);
        if (const HubError* refused = std::get_if<HubError>(&taken)) {
            qFatal("disburse: %s", qPrintable(refused->message));
        }
    }
    const double disbursing = timer.nsecsElapsed() / 1e9;
    timer.restart();
    qint64 g2pPaid = 0;
    for (const PaymentBatch& batch : std::as_const(g2pBatches)) {
        const PaymentReconciler::Results results = PaymentReconciler::fetch(batch, g2p);
        if (const QString* failed = std::get_if<QString>(&results)) {
            qFatal("txn/status: %s", qPrintable(*failed));
        }
        for (const QJsonValue& status :
             G2pConnectClient::statusesOf(QJsonDocument::fromJson(std::get<QByteArray>(results))
                                              .object()
                                              .value(QStringLiteral("message"))
                                              .toObject())) {
            g2pPaid += status.toObject().value(QStringLiteral("status")).toString() == u"succ" ? 1 : 0;
        }
    }
    const double g2pFetching = timer.nsecsElapsed() / 1e9;
    timer.restart();
    qint64 resolved = 0;
    const QStringList ids = registry.keys();
    for (qsizetype from = 0; from < ids.size(); from += G2pConnectClient::kMaxReferencesPerRequest) {
        const auto answer = g2p.resolve(ids.mid(from, G2pConnectClient::kMaxReferencesPerRequest));
        if (const HubError* refused = std::get_if<HubError>(&answer)) {
            qFatal("resolve: %s", qPrintable(refused->message));
        }
        for (const QJsonValue& item :
             std::get<QJsonObject>(answer).value(QStringLiteral("resolve_response")).toArray()) {
            resolved += item.toObject().contains(QStringLiteral("fa")) ? 1 : 0;
        }
    }
    const double resolving = timer.nsecsElapsed() / 1e9;

    QTextStream out(stdout);
    out << QStringLiteral("Sandbox hub: %1 transfers in %2 signed batches of %3 rows\n")
               .arg(transfers)
               .arg(batchCount)
               .arg(rowsPerBatch);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("step"), -58)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("transfers/s"), 12);
    auto line = [&out, transfers](const QString& step, double value) {
        out << QStringLiteral("%1 %2 %3\n").arg(step, -58).arg(value, 8, 'f', 2).arg(transfers / value, 12, 'f', 0);
    };
    line(QStringLiteral("upload over HTTP (signature checked, 202 signed)"), uploading);
    line(QStringLiteral("end to end: uploads, then poll and page every batch"), endToEnd);
    line(QStringLiteral("fetch every status as PayDesk reconciles (PaymentHubClient)"), fetching);
    line(QStringLiteral("baseline: the engine alone, in process, no HTTP"), engineOnly);
    line(QStringLiteral("G2P Connect: disburse requests over HTTP"), disbursing);
    line(QStringLiteral("G2P Connect: every status as PayDesk reconciles (txn/status)"), g2pFetching);
    line(QStringLiteral("G2P Connect mapper: resolve one id per transfer (sync)"), resolving);
    out << QStringLiteral("rows read back %1, request ids executed %2 (engine: %3 completed)\n")
               .arg(seen)
               .arg(executed)
               .arg(engineSeen);
    out << QStringLiteral("G2P Connect: %1 paid by txn/status, %2 of %3 ids resolved\n")
               .arg(g2pPaid)
               .arg(resolved)
               .arg(ids.size());
    out << QStringLiteral("peak resident memory of this process: %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 0);
    return seen == transfers && executed == transfers && engineSeen == transfers && fetched == transfers &&
                   g2pPaid == transfers && resolved == transfers
               ? 0
               : 1;
}
