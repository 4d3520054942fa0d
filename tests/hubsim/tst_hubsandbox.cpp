#include "HubHttpServer.h"
#include "HubSandbox.h"
#include "HubSimulator.h"
#include "TestKeys.h"

#include "batching/SignatureVerifier.h"
#include "batching/SigningKey.h"
#include "batching/XSignature.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

// Pins each endpoint of the sandbox hub to the reference (payment-hub-ee.md §3-6): status codes,
// headers, JSON field names and types, quirks. Real HTTP over loopback; keys made by the openssl
// command line.
class TestHubSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsASignedBatchAndSignsTheAnswer();
    void refusesBadSignatures();
    void validatesInTheHubsOrder_data();
    void validatesInTheHubsOrder();
    void acceptsRawJsonBatches();
    void transfersLiveAndFailLikeTheHub();
    void batchSummariesAndLists();
    void transferSearchAndStatusCheck();
    void ledgerCountsEveryExecution();
    void restartsWithWhatItAcceptedAndPaid();
    void rulesAndSeededFailures();
    void faultsOnDemand();
    void operationsAuthAndTenant();
    void qtSendsADroppedPostAgain();
    void mojaloopTransfersEndAsTheSwitchSays();
    void mojaloopConcurrencyIsHonouredBeyondSixConnections();
    void aSlowOrAbsentSwitchFailsTransfers();
    void g2pConnectDisbursesOnceAndReportsStatus();
    void g2pConnectRefusesInTheHeaderAndPerItem();
    void g2pConnectMapperResolves();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QList<QNetworkReply::RawHeaderPair> headers;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QByteArray header(const QByteArray& name) const
        {
            for (const auto& pair : headers) {
                if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
                    return pair.second;
                }
            }
            return {};
        }
    };
    Reply send(const QByteArray& method, const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
               const QByteArray& body = {});
    Reply upload(HubSandbox& hub, const QByteArray& csv, const QString& correlationId,
                 QList<QPair<QByteArray, QByteArray>> extraHeaders = {}, bool sign = true);
    Reply ops(HubSandbox& hub, const QString& pathAndQuery, QList<QPair<QByteArray, QByteArray>> extraHeaders = {});
    HubOptions options(double timeScale = 1000.0) const;
    static QByteArray csv(int rows, int firstPayee = 0, const char* mode = "mojaloop");
    static QString batchIdOf(const Reply& reply);

    QTemporaryDir m_dir;
    QByteArray m_certificate;
    QByteArray m_key;
    std::unique_ptr<SigningKey> m_signer;
};

void TestHubSandbox::initTestCase()
{
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    QVERIFY(makeTestKeyPair(key, certificate));
    QFile keyFile(key);
    QFile certificateFile(certificate);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certificateFile.open(QIODevice::ReadOnly));
    m_key = keyFile.readAll();
    m_certificate = certificateFile.readAll();
    QString error;
    m_signer = SigningKey::fromPem(m_key, {}, &error);
    QVERIFY2(m_signer, qPrintable(error));
}

HubOptions TestHubSandbox::options(double timeScale) const
{
    HubOptions options;
    options.tenants = {{QStringLiteral("gorilla"), m_certificate, m_key, true},
                       {QStringLiteral("lion"), {}, {}, false}};
    options.timeScale = timeScale;
    return options;
}

QByteArray TestHubSandbox::csv(int rows, int firstPayee, const char* mode)
{
    QByteArray text =
        "id,request_id,payment_mode,payer_identifier_type,payer_identifier,payee_identifier_type,payee_identifier,"
        "amount,currency,note";
    for (int i = 0; i < rows; ++i) {
        text += QStringLiteral("\n%1,%2,%3,msisdn,254700000001,msisdn,2547%4,%5,USD,Grant")
                    .arg(i)
                    .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), QString::fromLatin1(mode))
                    .arg(firstPayee + i, 8, 10, QLatin1Char('0'))
                    .arg(10 + i)
                    .toUtf8();
    }
    return text;
}

TestHubSandbox::Reply TestHubSandbox::send(const QByteArray& method, const QUrl& url,
                                           const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    QNetworkRequest request(url);
    for (const auto& header : headers) {
        request.setRawHeader(header.first, header.second);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A fresh connection each time: on a reused one, Qt silently sends a POST again when the server
    // closes it unanswered, which would hide the dropped-connection fault (and pay twice).
    QNetworkAccessManager network;
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

TestHubSandbox::Reply TestHubSandbox::upload(HubSandbox& hub, const QByteArray& file, const QString& correlationId,
                                             QList<QPair<QByteArray, QByteArray>> extraHeaders, bool sign)
{
    const QByteArray boundary = "----paydesk" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray body = "--" + boundary +
                            "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"batch.csv\"\r\n"
                            "Content-Type: text/csv\r\n\r\n" +
                            file + "\r\n--" + boundary + "--\r\n";
    QList<QPair<QByteArray, QByteArray>> headers = {{"X-CorrelationID", correlationId.toUtf8()},
                                                    {"Platform-TenantId", "gorilla"},
                                                    {"Purpose", "test payment"},
                                                    {"Type", "csv"},
                                                    {"filename", "batch.csv"},
                                                    {"Content-Type", "multipart/form-data; boundary=" + boundary}};
    for (const auto& extra : extraHeaders) {
        bool replaced = false;
        for (auto& header : headers) {
            if (header.first == extra.first) {
                header.second = extra.second;
                replaced = true;
            }
        }
        if (!replaced) {
            headers.append(extra);
        }
    }
    if (sign) {
        QString error;
        QByteArray tenant;
        for (const auto& header : headers) {
            if (header.first == "Platform-TenantId") {
                tenant = header.second;
            }
        }
        headers.append(
            {"X-SIGNATURE", m_signer->sign(XSignature::sha3HexDigest(XSignature::dataToSign(
                                               correlationId, QString::fromUtf8(tenant), XSignature::hubPayload(file))),
                                           &error)});
    }
    return send("POST", hub.bulkUrl().resolved(QUrl(QStringLiteral("/batchtransactions"))), headers, body);
}

TestHubSandbox::Reply TestHubSandbox::ops(HubSandbox& hub, const QString& pathAndQuery,
                                          QList<QPair<QByteArray, QByteArray>> extraHeaders)
{
    extraHeaders.prepend({"Platform-TenantId", "gorilla"});
    return send("GET", QUrl(hub.operationsUrl().toString() + pathAndQuery), extraHeaders);
}

QString TestHubSandbox::batchIdOf(const Reply& reply)
{
    return reply.json().value(QStringLiteral("PollingPath")).toString().section(u'/', -1);
}

void TestHubSandbox::acceptsASignedBatchAndSignsTheAnswer()
{
    HubSandbox hub(options());
    QString error;
    QVERIFY2(hub.start(QHostAddress::LocalHost, 0, 0, &error), qPrintable(error));
    const Reply reply = upload(hub, csv(3), QStringLiteral("c-1"));
    QCOMPARE(reply.status, 202);
    const QJsonObject body = reply.json();
    QCOMPARE(body.keys(), QStringList({QStringLiteral("PollingPath"), QStringLiteral("SuggestedCallbackSeconds")}));
    QVERIFY(body.value(QStringLiteral("PollingPath")).toString().startsWith(QLatin1String("/batch/Summary/")));
    QVERIFY(!QUuid::fromString(batchIdOf(reply)).isNull());
    QCOMPARE(body.value(QStringLiteral("SuggestedCallbackSeconds")), QJsonValue(QStringLiteral("120"))); // a string
    QCOMPARE(reply.header("Platform-TenantId"), QByteArray("gorilla"));
    // The answer is signed over its body alone, with the tenant's key.
    const auto verifier = SignatureVerifier::fromCertificate(m_certificate, &error);
    QVERIFY(verifier->verify(XSignature::sha3HexDigest(reply.body), reply.header("X-SIGNATURE"), &error));
}

void TestHubSandbox::refusesBadSignatures()
{
    HubSandbox hub(options());
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const QByteArray file = csv(2);
    // Signed for another correlation id: a well-formed signature of other content.
    const QByteArray other = m_signer->sign(
        XSignature::sha3HexDigest(XSignature::dataToSign(QStringLiteral("c-other"), QStringLiteral("gorilla"), file)),
        &error);
    Reply reply = upload(hub, file, QStringLiteral("c-2"), {{"X-SIGNATURE", other}}, false);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("errorCode")).toString(), QStringLiteral("InvalidJsonWebSignature"));
    QCOMPARE(reply.json().value(QStringLiteral("errorDescription")).toString(),
             QStringLiteral("The JWS passed is not valid"));
    const QJsonObject parameter = reply.json().value(QStringLiteral("errorParameters")).toArray().at(0).toObject();
    QCOMPARE(parameter.value(QStringLiteral("key")).toString(), QStringLiteral("X-SIGNATURE"));
    QCOMPARE(parameter.value(QStringLiteral("value")).toString().toLatin1(), other);
    // Missing, or not a signature at all.
    for (const QByteArray& signature : {QByteArray(), QByteArray("bm90IGEgc2lnbmF0dXJl")}) {
        reply = upload(hub, file, QStringLiteral("c-3"),
                       signature.isEmpty() ? QList<QPair<QByteArray, QByteArray>>()
                                           : QList<QPair<QByteArray, QByteArray>>{{"X-SIGNATURE", signature}},
                       false);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("InvalidPublicKeyConfigured"));
        QVERIFY(
            reply.json().value(QStringLiteral("developerMessage")).toString().startsWith(QLatin1String("Certificate")));
        QVERIFY(!reply.json().contains(QStringLiteral("errorParameters")));
    }
    QCOMPARE(hub.simulator().transferCount(), 0); // nothing refused was taken
}

void TestHubSandbox::validatesInTheHubsOrder_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    const QByteArray good = csv(2);
    QTest::newRow("no purpose") << QByteArray("Purpose") << QByteArray() << good << 500 << "responseDescription"
                                << "Missing request header 'Purpose' for method parameter of type String";
    QTest::newRow("type raw with a file")
        << QByteArray("Type") << QByteArray("raw") << good << 400 << "errorDescription"
        << "There was no fie uploaded with the request. Please upload a file and try again.";
    QTest::newRow("no file name") << QByteArray("filename") << QByteArray() << good << 400 << "errorInformation"
                                  << "File not uploaded";
    QTest::newRow("not a csv name") << QByteArray("filename") << QByteArray("batch.txt") << good << 400
                                    << "Error Information: "
                                    << "Broken file";
    QByteArray wrongColumn = good;
    wrongColumn.replace("payment_mode", "paymentmode");
    QTest::newRow("unknown column") << QByteArray() << QByteArray() << wrongColumn << 400 << "Error Information: "
                                    << "Invalid file structure";
    QTest::newRow("too big") << QByteArray() << QByteArray() << csv(1200) << 400 << "Error Information: "
                             << "File too big";
    QTest::newRow("tenant without a workflow")
        << QByteArray("Platform-TenantId") << QByteArray("lion") << good << 412 << "responseDescription"
        << "Process definition not found";
}

void TestHubSandbox::validatesInTheHubsOrder()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, file);
    QFETCH(int, status);
    QFETCH(QString, key);
    QFETCH(QString, text);
    HubSandbox hub(options());
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty()) {
        headers.append({header, value});
    }
    Reply reply = upload(hub, file, QStringLiteral("c-4"), headers);
    if (header == "Purpose" || (header == "filename" && value.isEmpty())) {
        // An empty header is still a header to the client library: take it out for real.
        QList<QPair<QByteArray, QByteArray>> without;
        reply = Reply();
        const QByteArray boundary = "b0undary";
        const QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n" + file +
                                "\r\n--" + boundary + "--\r\n";
        QString signError;
        QList<QPair<QByteArray, QByteArray>> all = {
            {"X-CorrelationID", "c-4"},
            {"Platform-TenantId", "gorilla"},
            {"Purpose", "p"},
            {"Type", "csv"},
            {"filename", "batch.csv"},
            {"Content-Type", "multipart/form-data; boundary=" + boundary},
            {"X-SIGNATURE", m_signer->sign(XSignature::sha3HexDigest(XSignature::dataToSign(
                                               QStringLiteral("c-4"), QStringLiteral("gorilla"), file)),
                                           &signError)}};
        for (const auto& pair : all) {
            if (pair.first != header) {
                without.append(pair);
            }
        }
        reply = send("POST", hub.bulkUrl().resolved(QUrl(QStringLiteral("/batchtransactions"))), without, body);
    }
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json().value(key).toString(), text);
    if (key == u"errorInformation") {
        QCOMPARE(reply.json().value(QStringLiteral("errorCode")), QJsonValue(400)); // a number here
    }
    QCOMPARE(hub.simulator().transferCount(), 0);
}

void TestHubSandbox::acceptsRawJsonBatches()
{
    HubSandbox hub(options());
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const QByteArray single =
        R"({"requestId":"r-1","creditParty":[{"key":"msisdn","value":"254711111111"}],)"
        R"("debitParty":[{"key":"msisdn","value":"254700000001"}],"paymentMode":"mojaloop","amount":"100",)"
        R"("currency":"USD","descriptionText":"Grant"})";
    int posted = 0;
    for (const QByteArray& body : {single, QByteArray("[" + single + "]")}) {
        const QByteArray signature = m_signer->sign(
            XSignature::sha3HexDigest(XSignature::dataToSign(QStringLiteral("c-raw"), QStringLiteral("gorilla"), body)),
            &error);
        const Reply reply = send("POST", hub.bulkUrl().resolved(QUrl(QStringLiteral("/batchtransactions"))),
                                 {{"X-CorrelationID", "c-raw"},
                                  {"Platform-TenantId", "gorilla"},
                                  {"Purpose", "p"},
                                  {"Type", "raw"},
                                  {"Content-Type", "application/json"},
                                  {"X-SIGNATURE", signature}},
                                 body);
        QCOMPARE(reply.status, 202);
        ++posted;
        QTRY_COMPARE(hub.simulator().executions(QStringLiteral("r-1")), posted); // the object, then the array
    }
}

void TestHubSandbox::transfersLiveAndFailLikeTheHub()
{
    HubOptions slow = options(1.0);
    slow.startDelayMs = 50;
    slow.staggerMs = 100;
    slow.transferMs = 400;
    OutcomeRule rule;
    rule.payeeIds = {QStringLiteral("254700000003")};
    rule.errorCode = QStringLiteral("3204");
    rule.errorDescription = QStringLiteral("Party not found");
    slow.rules = {rule};
    HubSandbox hub(slow);
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    // 11 payments, then a repeat of the first one's payee, type, amount and currency.
    QByteArray file = csv(11);
    const QList<QByteArray> lines = file.split('\n');
    QList<QByteArray> repeat = lines.at(1).split(',');
    repeat[0] = "11";
    repeat[1] = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    file += '\n' + repeat.join(',');
    const Reply accepted = upload(hub, file, QStringLiteral("c-5"));
    QCOMPARE(accepted.status, 202);
    const QString batchId = batchIdOf(accepted);

    // Rows appear only as payments start: soon after acceptance, fewer than all.
    QTRY_VERIFY(ops(hub, QStringLiteral("/api/v1/batch/") + batchId).json().value(QStringLiteral("total")).toInt() > 0);
    QJsonObject aggregate = ops(hub, QStringLiteral("/api/v1/batch/") + batchId).json();
    QVERIFY(aggregate.value(QStringLiteral("total")).toInt() < 12);
    QCOMPARE(aggregate.value(QStringLiteral("status")).toString(), QStringLiteral("Failed")); // "Failed" while running
    QVERIFY(aggregate.value(QStringLiteral("successPercentage")).isString());
    QTRY_COMPARE_WITH_TIMEOUT(
        ops(hub, QStringLiteral("/api/v1/batch/") + batchId).json().value(QStringLiteral("ongoing")).toInt() == 0 &&
            ops(hub, QStringLiteral("/api/v1/batch/") + batchId).json().value(QStringLiteral("total")).toInt() == 12,
        true, 10000);
    aggregate = ops(hub, QStringLiteral("/api/v1/batch/") + batchId).json();
    QCOMPARE(aggregate.value(QStringLiteral("successful")).toInt(), 10);
    QCOMPARE(aggregate.value(QStringLiteral("failed")).toInt(), 2);
    QCOMPARE(aggregate.value(QStringLiteral("correlationId")).toString(), QStringLiteral("c-5"));
    QCOMPARE(aggregate.value(QStringLiteral("status")).toString(), QStringLiteral("Failed")); // never 100 %

    const QJsonObject page =
        ops(hub, QStringLiteral("/api/v1/batch/detail?batchId=%1&pageSize=100").arg(batchId)).json();
    QCOMPARE(page.value(QStringLiteral("totalElements")).toInt(), 12);
    QSet<QString> subBatches;
    for (const QJsonValue& value : page.value(QStringLiteral("content")).toArray()) {
        const QJsonObject row = value.toObject();
        QVERIFY(row.value(QStringLiteral("amount")).isString());
        QVERIFY(row.value(QStringLiteral("workflowInstanceKey")).isString());
        QVERIFY(row.value(QStringLiteral("startedAt")).isDouble());
        const QString correlation = row.value(QStringLiteral("clientCorrelationId")).toString();
        QVERIFY2(correlation.startsWith(u'"') && correlation.endsWith(u'"'), qPrintable(correlation)); // quoted
        if (row.value(QStringLiteral("payeePartyId")).toString() == u"254700000003") {
            QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
            const QJsonObject mojaloop =
                QJsonDocument::fromJson(row.value(QStringLiteral("errorInformation")).toString().toUtf8()).object();
            QCOMPARE(mojaloop.value(QStringLiteral("errorInformation"))
                         .toObject()
                         .value(QStringLiteral("errorCode"))
                         .toString(),
                     QStringLiteral("3204"));
        } else if (row.value(QStringLiteral("batchId")).toString() == batchId) {
            QCOMPARE(row.value(QStringLiteral("errorInformation")).toString(),
                     QStringLiteral("Duplicate transaction."));
        } else {
            QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
            subBatches.insert(row.value(QStringLiteral("batchId")).toString());
        }
    }
    QCOMPARE(subBatches.size(), 3); // 11 kept rows in sub-batches of 5
    // The status filter matches the batch id itself, so on a split batch only the duplicate answers.
    const QJsonObject failed =
        ops(hub, QStringLiteral("/api/v1/batch/detail?batchId=%1&status=FAILED").arg(batchId)).json();
    QCOMPARE(failed.value(QStringLiteral("totalElements")).toInt(), 1);

    // An unconfigured payment mode fails its whole sub-batch.
    const Reply unknown = upload(hub, csv(3, 500, "carrierpigeon"), QStringLiteral("c-6"));
    QTRY_COMPARE_WITH_TIMEOUT(
        ops(hub, QStringLiteral("/api/v1/batch/") + batchIdOf(unknown)).json().value(QStringLiteral("failed")).toInt(),
        3, 10000);
    const QJsonObject row = ops(hub, QStringLiteral("/api/v1/batch/detail?batchId=%1").arg(batchIdOf(unknown)))
                                .json()
                                .value(QStringLiteral("content"))
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(row.value(QStringLiteral("errorInformation")).toString(), QStringLiteral("Payment mode not configured"));
}

void TestHubSandbox::batchSummariesAndLists()
{
    HubSandbox hub(options());
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const QString batchId = batchIdOf(upload(hub, csv(7), QStringLiteral("c-7")));
    // Stored summary before any aggregate: unknown, counters null.
    QJsonObject stored = ops(hub, QStringLiteral("/api/v1/batch?batchId=") + batchId).json();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("UNKNOWN"));
    QVERIFY(stored.value(QStringLiteral("total")).isNull());
    QTRY_COMPARE(
        ops(hub, QStringLiteral("/api/v1/batch/") + batchId).json().value(QStringLiteral("successful")).toInt(), 7);
    stored = ops(hub, QStringLiteral("/api/v1/batch?batchId=") + batchId).json();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(stored.value(QStringLiteral("successPercentage")).toString(), QStringLiteral("100"));
    QCOMPARE(ops(hub, QStringLiteral("/api/v1/batch/") + batchId)
                 .json()
                 .value(QStringLiteral("successPercentage"))
                 .toString(),
             QStringLiteral("100.0"));
    // The result file behind "file", and the download redirect.
    const Reply download = ops(hub, QStringLiteral("/api/v1/batch/detail?command=download&batchId=") + batchId);
    QCOMPARE(download.status, 302);
    const Reply file = send("GET", QUrl(QString::fromUtf8(download.header("Location"))), {});
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body.count('\n'), 7);

    QCOMPARE(ops(hub, QStringLiteral("/api/v1/batches/") + batchId).status, 400); // needs X-Correlation-ID
    const QJsonObject summary =
        ops(hub, QStringLiteral("/api/v1/batches/") + batchId, {{"X-Correlation-ID", "x"}}).json();
    QCOMPARE(summary.value(QStringLiteral("totalSubBatches")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("subBatchSummaryList")).toArray().size(), 2);
    QCOMPARE(summary.value(QStringLiteral("successful")).toInt(), 7);

    upload(hub, csv(2, 100), QStringLiteral("c-8"));
    const QJsonObject list = ops(hub, QStringLiteral("/api/v1/batches?limit=1")).json();
    QCOMPARE(list.value(QStringLiteral("totalBatches")).toInt(), 2);
    const QJsonArray data = list.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("correlationId")).toString(),
             QStringLiteral("c-8")); // newest first
    QVERIFY(
        data.at(0).toObject().value(QStringLiteral("requestFile")).toString().endsWith(QLatin1String("_batch.csv")));
    const QJsonObject byId =
        ops(hub, QStringLiteral("/api/v1/batches?batchId=") + batchId.left(8) + QStringLiteral("%25")).json();
    QCOMPARE(byId.value(QStringLiteral("data")).toArray().at(0).toObject().value(QStringLiteral("batchId")).toString(),
             batchId);
    const Reply missing =
        ops(hub, QStringLiteral("/api/v1/batch/") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body.startsWith("Batch corresponding to batchId: "));
}

void TestHubSandbox::transferSearchAndStatusCheck()
{
    HubSandbox hub(options());
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const QByteArray file = csv(3);
    const QString requestId = QString::fromUtf8(file.split('\n').at(1).split(',').at(1));
    const QString batchId = batchIdOf(upload(hub, file, QStringLiteral("c-9")));
    QTRY_COMPARE(
        ops(hub, QStringLiteral("/api/v1/batch/") + batchId).json().value(QStringLiteral("successful")).toInt(), 3);
    const QJsonObject search = ops(hub, QStringLiteral("/api/v1/transfers")).json();
    QCOMPARE(search.value(QStringLiteral("content")).toArray().size(), 1); // size defaults to 1
    QCOMPARE(search.value(QStringLiteral("totalElements")).toInt(), 3);    // the page count, as the hub reports it
    const QJsonObject row = search.value(QStringLiteral("content")).toArray().at(0).toObject();
    QVERIFY(row.value(QStringLiteral("workflowInstanceKey")).isDouble()); // a number in search results
    const QUrlQuery byId({{QStringLiteral("clientCorrelationId"), u'"' + requestId + u'"'},
                          {QStringLiteral("size"), QStringLiteral("10")}});
    QCOMPARE(ops(hub, QStringLiteral("/api/v1/transfers?") + byId.toString(QUrl::FullyEncoded))
                 .json()
                 .value(QStringLiteral("numberOfElements"))
                 .toInt(),
             1);

    // The status check matches the stored, quoted clientCorrelationId.
    const auto check = [&](const QString& id) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("requestIds"), QJsonArray{id}}}).toJson();
        return send("POST", QUrl(hub.operationsUrl().toString() + QStringLiteral("/api/v1/transfers")),
                    {{"Platform-TenantId", "gorilla"}, {"Content-Type", "application/json"}}, body)
            .json()
            .value(QStringLiteral("content"))
            .toArray()
            .size();
    };
    QCOMPARE(check(requestId), 0);
    QCOMPARE(check(u'"' + requestId + u'"'), 1);
}

void TestHubSandbox::ledgerCountsEveryExecution()
{
    HubSandbox hub(options());
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const QByteArray file = csv(4);
    const QString first = QString::fromUtf8(file.split('\n').at(1).split(',').at(1));
    QCOMPARE(upload(hub, file, QStringLiteral("c-10")).status, 202);
    QTRY_COMPARE(hub.simulator().executions(first), 1);
    // The hub has no duplicate-batch check: the same file again moves the money again.
    QCOMPARE(upload(hub, file, QStringLiteral("c-10")).status, 202);
    QTRY_COMPARE(hub.simulator().executions(first), 2);
    const QJsonObject ledger =
        send("GET", QUrl(hub.operationsUrl().toString() + QStringLiteral("/sim/ledger")), {}).json();
    QCOMPARE(ledger.value(QStringLiteral("executions")).toObject().value(first).toInt(), 2);
    QCOMPARE(ledger.value(QStringLiteral("transfers")).toInt(), 8);
}

// The demo's sandbox once forgot its ledger at a restart, so the payments it had paid read as
// failed and PayDesk offered to pay them again. With a state file it remembers every batch, how
// each transfer ended, and its ledger; what was still running completes after the restart, once.
void TestHubSandbox::restartsWithWhatItAcceptedAndPaid()
{
    const QString state = m_dir.filePath(QStringLiteral("sandbox-state.json"));
    QFile::remove(state);
    QString error;
    QString paidBatch;
    QString runningBatch;
    QStringList paid;
    QStringList running;
    const auto requestIds = [](const QByteArray& file) {
        QStringList ids;
        for (const QByteArray& line : file.split('\n').mid(1)) {
            ids.append(QString::fromUtf8(line.split(',').at(1)));
        }
        return ids;
    };
    {
        HubSandbox hub(options(1000));
        QVERIFY2(hub.keepStateIn(state, &error), qPrintable(error));
        QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
        const QByteArray file = csv(5);
        paid = requestIds(file);
        const Reply accepted = upload(hub, file, QStringLiteral("c-restart-1"));
        QCOMPARE(accepted.status, 202);
        paidBatch = batchIdOf(accepted);
        for (const QString& id : std::as_const(paid)) {
            QTRY_COMPARE(hub.simulator().executions(id), 1);
        }
        QVERIFY(hub.simulator().aggregate(QStringLiteral("gorilla"), paidBatch));
    }
    {
        // Restarted slow: a batch accepted now is still running when the hub stops.
        HubSandbox hub(options(0.001));
        QVERIFY2(hub.keepStateIn(state, &error), qPrintable(error));
        QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
        QCOMPARE(hub.simulator().transferCount(), 5);
        const QByteArray file = csv(3, 100);
        running = requestIds(file);
        const Reply accepted = upload(hub, file, QStringLiteral("c-restart-2"));
        QCOMPARE(accepted.status, 202);
        runningBatch = batchIdOf(accepted);
        QCOMPARE(hub.simulator().executions(running.first()), 0);
    }
    HubSandbox hub(options(1000));
    QVERIFY2(hub.keepStateIn(state, &error), qPrintable(error));
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const auto batch = hub.simulator().batch(QStringLiteral("gorilla"), paidBatch);
    QVERIFY(batch);
    QCOMPARE(batch->correlationId, QStringLiteral("c-restart-1"));
    QVERIFY(batch->stored); // its counters as the operations app stored them
    QCOMPARE(batch->storedCompleted, 5);
    const QList<HubSimulator::TransferView> rows = hub.simulator().transfersOf(paidBatch);
    QCOMPARE(rows.size(), 5);
    for (const HubSimulator::TransferView& row : rows) {
        QCOMPARE(row.status, HubSimulator::Status::Completed);
    }
    for (const QString& id : std::as_const(paid)) {
        QCOMPARE(hub.simulator().executions(id), 1); // paid, and not again
    }
    for (const QString& id : std::as_const(running)) {
        QTRY_COMPARE(hub.simulator().executions(id), 1); // finished after the restart, once
    }
    QVERIFY(hub.simulator().batch(QStringLiteral("gorilla"), runningBatch));
    QTest::qWait(200);
    for (const QString& id : std::as_const(running)) {
        QCOMPARE(hub.simulator().executions(id), 1);
    }

    // A damaged state file is refused with its name, not silently started empty.
    QFile damaged(m_dir.filePath(QStringLiteral("damaged-state.json")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"format\": 1, \"transfers\": [");
    damaged.close();
    HubSandbox refused(options());
    QVERIFY(!refused.keepStateIn(damaged.fileName(), &error));
    QVERIFY2(error.contains(damaged.fileName()), qPrintable(error));
}

void TestHubSandbox::rulesAndSeededFailures()
{
    const QByteArray file = csv(40);
    // The payees whose transfers failed, once all have ended.
    const auto failedPayees = [&](HubSandbox& hub) {
        const QString batchId = batchIdOf(upload(hub, file, QStringLiteral("c-seed")));
        [&] {
            QTRY_COMPARE(
                ops(hub, QStringLiteral("/api/v1/batch/") + batchId).json().value(QStringLiteral("ongoing")).toInt() ==
                        0 &&
                    ops(hub, QStringLiteral("/api/v1/batch/") + batchId)
                            .json()
                            .value(QStringLiteral("total"))
                            .toInt() == 40,
                true);
        }();
        QStringList payees;
        for (const QJsonValue& row : ops(hub, QStringLiteral("/api/v1/batch/detail?pageSize=100&batchId=") + batchId)
                                         .json()
                                         .value(QStringLiteral("content"))
                                         .toArray()) {
            if (row.toObject().value(QStringLiteral("status")).toString() == u"FAILED") {
                payees.append(row.toObject().value(QStringLiteral("payeePartyId")).toString());
            }
        }
        payees.sort();
        return payees;
    };
    HubOptions seeded = options();
    seeded.failShare = 0.3;
    seeded.seed = 42;
    HubSandbox first(seeded);
    HubSandbox second(seeded);
    seeded.seed = 43;
    HubSandbox other(seeded);
    QString error;
    QVERIFY(first.start(QHostAddress::LocalHost, 0, 0, &error) && second.start(QHostAddress::LocalHost, 0, 0, &error) &&
            other.start(QHostAddress::LocalHost, 0, 0, &error));
    const QStringList failed = failedPayees(first);
    QVERIFY(failed.size() > 0 && failed.size() < 40);
    QCOMPARE(failedPayees(second), failed); // the same seed, the same failures
    QVERIFY(failedPayees(other) != failed);

    // Rules set at run time: a pattern fails its payees with the given Mojaloop code.
    const QByteArray rules =
        R"({"failShare":0,"rules":[{"pattern":"25470000000[0-4]","errorCode":"3204","errorDescription":"Party not found"}]})";
    QCOMPARE(send("POST", QUrl(first.operationsUrl().toString() + QStringLiteral("/sim/rules")),
                  {{"Content-Type", "application/json"}}, rules)
                 .status,
             200);
    const QStringList byRule = failedPayees(first);
    QCOMPARE(byRule, QStringList({QStringLiteral("254700000000"), QStringLiteral("254700000001"),
                                  QStringLiteral("254700000002"), QStringLiteral("254700000003"),
                                  QStringLiteral("254700000004")}));
    QCOMPARE(send("POST", QUrl(first.operationsUrl().toString() + QStringLiteral("/sim/rules")), {},
                  "{\"rules\":[{\"pattern\":\"[\"}]}")
                 .status,
             400);
}

void TestHubSandbox::faultsOnDemand()
{
    HubSandbox hub(options());
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const QUrl faultsUrl(hub.operationsUrl().toString() + QStringLiteral("/sim/faults"));
    const auto setFaults = [&](const QJsonObject& faults) {
        return send("POST", faultsUrl, {{"Content-Type", "application/json"}}, QJsonDocument(faults).toJson()).status;
    };
    QCOMPARE(setFaults({{QStringLiteral("serverErrors"), 1}, {QStringLiteral("preconditionFailures"), 1}}), 200);
    QCOMPARE(upload(hub, csv(2), QStringLiteral("c-11")).status, 503);
    QCOMPARE(upload(hub, csv(2), QStringLiteral("c-11")).status, 412);
    QCOMPARE(hub.simulator().transferCount(), 0);

    // Accepted, but the connection drops before the 202: the batch exists all the same.
    QCOMPARE(setFaults({{QStringLiteral("dropAfterAccept"), 1}, {QStringLiteral("visibilityLagMs"), 300}}), 200);
    // Over a plain socket: Qt's network access would send the POST again on its own (see below).
    const QByteArray file = csv(2, 200);
    QString signError;
    const QByteArray body =
        "--b0undary\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n" + file + "\r\n--b0undary--\r\n";
    const QByteArray request =
        "POST /batchtransactions HTTP/1.1\r\nHost: localhost\r\nX-CorrelationID: c-lost\r\nPlatform-TenantId: "
        "gorilla\r\n"
        "Purpose: p\r\nType: csv\r\nfilename: lost.csv\r\nContent-Type: multipart/form-data; boundary=b0undary\r\n"
        "X-SIGNATURE: " +
        m_signer->sign(XSignature::sha3HexDigest(
                           XSignature::dataToSign(QStringLiteral("c-lost"), QStringLiteral("gorilla"), file)),
                       &signError) +
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(hub.bulkUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request);
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(socket.readAll().isEmpty()); // no answer at all
    QCOMPARE(hub.simulator().transferCount(), 2);
    // ... and the operations API does not see it at first.
    QCOMPARE(
        ops(hub, QStringLiteral("/api/v1/batches?batchId=%25")).json().value(QStringLiteral("totalBatches")).toInt(),
        0);
    QTRY_COMPARE(ops(hub, QStringLiteral("/api/v1/batches")).json().value(QStringLiteral("totalBatches")).toInt(), 1);
    const QJsonObject found =
        ops(hub, QStringLiteral("/api/v1/batches")).json().value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(found.value(QStringLiteral("correlationId")).toString(), QStringLiteral("c-lost"));

    // Latency: the answer comes late, but whole.
    QCOMPARE(setFaults({{QStringLiteral("latencyMs"), 150}}), 200);
    QCOMPARE(ops(hub, QStringLiteral("/api/v1/batches")).json().value(QStringLiteral("totalBatches")).toInt(), 1);

    // Stale counters: the aggregate answers what it stored before.
    QCOMPARE(setFaults({}), 200);
    const QString batchId = found.value(QStringLiteral("batchId")).toString();
    QTRY_COMPARE(
        ops(hub, QStringLiteral("/api/v1/batch/") + batchId).json().value(QStringLiteral("successful")).toInt(), 2);
    const QString fresh = batchIdOf(upload(hub, csv(3, 300), QStringLiteral("c-12")));
    const int early =
        ops(hub, QStringLiteral("/api/v1/batch/") + fresh).json().value(QStringLiteral("successful")).toInt();
    QCOMPARE(setFaults({{QStringLiteral("staleCounters"), true}}), 200);
    QTest::qWait(50); // time for the batch to move on (time scale 1000): stale counters must not show it
    QCOMPARE(ops(hub, QStringLiteral("/api/v1/batch/") + fresh).json().value(QStringLiteral("successful")).toInt(),
             early);
}

void TestHubSandbox::operationsAuthAndTenant()
{
    HubOptions secured = options();
    secured.authEnabled = true;
    HubSandbox hub(secured);
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    QCOMPARE(ops(hub, QStringLiteral("/api/v1/batches")).status, 401);
    const QUrl tokenUrl(hub.operationsUrl().toString() +
                        QStringLiteral("/oauth/token?username=mifos&password=password&grant_type=password"));
    QCOMPARE(send("POST", tokenUrl, {{"Platform-TenantId", "gorilla"}, {"Content-Type", "text/plain"}}, "{}").status,
             400); // no client
    const Reply token = send(
        "POST", tokenUrl,
        {{"Platform-TenantId", "gorilla"}, {"Authorization", "Basic Y2xpZW50Og=="}, {"Content-Type", "text/plain"}},
        "{}");
    QCOMPARE(token.status, 200);
    const QByteArray bearer = "Bearer " + token.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(token.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(ops(hub, QStringLiteral("/api/v1/batches"), {{"Authorization", bearer}}).status, 200);
    // An unknown tenant has no database: 500 with no body.
    const Reply unknown = send("GET", QUrl(hub.operationsUrl().toString() + QStringLiteral("/api/v1/batches")),
                               {{"Platform-TenantId", "nobody"}, {"Authorization", bearer}});
    QCOMPARE(unknown.status, 500);
    QVERIFY(unknown.body.isEmpty());
}

// Evidence for the disbursement client (DESIGN.md §1): when a hub closes the connection without
// answering, Qt's network access sends the same POST again by itself, so one upload through it
// can make two batches. The sender must not post batches through it unguarded.
void TestHubSandbox::qtSendsADroppedPostAgain()
{
    HubSandbox hub(options());
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    HubFaults faults;
    faults.dropAfterAccept = 1;
    hub.simulator().setFaults(faults);
    const Reply reply = upload(hub, csv(2), QStringLiteral("c-once"));
    QCOMPARE(reply.status, 202);                  // the resent copy's answer
    QCOMPARE(hub.simulator().transferCount(), 4); // two batches from one call
    QCOMPARE(hub.simulator().batches(QStringLiteral("gorilla")).size(), 2);
}

namespace {

// Stands in for the Mojaloop SDK scheme adapter's outbound API in these unit tests (the real one,
// with a real switch, runs in tests/e2e/mojaloop): answers POST /transfers as SDK 18.0.2 does, a
// completed transfer for most payees, the switch's party-not-found for payees ending in 404.
HubResponse fakeSdkAnswer(const HubRequest& request, QList<QJsonObject>* received)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    received->append(body);
    QJsonObject state = body;
    state.insert(QStringLiteral("transferId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (body.value(QStringLiteral("to"))
            .toObject()
            .value(QStringLiteral("idValue"))
            .toString()
            .endsWith(QStringLiteral("404"))) {
        const QJsonObject error{{QStringLiteral("errorInformation"),
                                 QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("3204")},
                                             {QStringLiteral("errorDescription"), QStringLiteral("Party not found")}}}};
        state.insert(QStringLiteral("currentState"), QStringLiteral("ERROR_OCCURRED"));
        state.insert(QStringLiteral("lastError"),
                     QJsonObject{{QStringLiteral("httpStatusCode"), 500}, {QStringLiteral("mojaloopError"), error}});
        return HubResponse::json({{QStringLiteral("message"), QStringLiteral("Got an error response resolving party")},
                                  {QStringLiteral("statusCode"), QStringLiteral("3204")},
                                  {QStringLiteral("transferState"), state}},
                                 500);
    }
    state.insert(QStringLiteral("currentState"), QStringLiteral("COMPLETED"));
    return HubResponse::json(state);
}

} // namespace

void TestHubSandbox::mojaloopTransfersEndAsTheSwitchSays()
{
    HubSimulator sdkState(options());
    QList<QJsonObject> received;
    HubHttpServer sdk(sdkState, [&received](const HubRequest& request) {
        return request.path == u"/transfers" && request.method == "POST" ? fakeSdkAnswer(request, &received)
                                                                         : HubResponse::empty(404);
    });
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    sdk.bind(&listener);
    HubOptions switched = options();
    switched.mojaloopConnector = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort()));
    switched.mojaloopConcurrency = 2;
    HubSandbox hub(switched);
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    // Payees 254700000400 ... 254700000405: the one ending in 404 is unknown to the switch.
    const QString batchId = batchIdOf(upload(hub, csv(6, 400), QStringLiteral("c-switch")));
    QVERIFY(!batchId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(hub.simulator().count(hub.simulator().transfersOf(batchId)).ongoing, 0, 10000);
    QCOMPARE(received.size(), 6); // every transfer went to the switch, once
    for (const QJsonObject& request : received) {
        QCOMPARE(request.value(QStringLiteral("from")).toObject().value(QStringLiteral("idValue")).toString(),
                 QStringLiteral("254700000001"));
        QCOMPARE(request.value(QStringLiteral("to")).toObject().value(QStringLiteral("idType")).toString(),
                 QStringLiteral("MSISDN"));
        QCOMPARE(request.value(QStringLiteral("amountType")).toString(), QStringLiteral("SEND"));
        QCOMPARE(request.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    }
    QJsonArray rows;
    QTRY_COMPARE((rows = ops(hub, QStringLiteral("/api/v1/batch/detail?pageSize=100&batchId=") + batchId)
                             .json()
                             .value(QStringLiteral("content"))
                             .toArray())
                     .size(),
                 6);
    int completed = 0;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("payeePartyId")).toString() == u"254700000404") {
            QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
            const QJsonObject error =
                QJsonDocument::fromJson(row.value(QStringLiteral("errorInformation")).toString().toUtf8()).object();
            QCOMPARE(error.value(QStringLiteral("errorInformation"))
                         .toObject()
                         .value(QStringLiteral("errorCode"))
                         .toString(),
                     QStringLiteral("3204"));
        } else {
            QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
            ++completed;
        }
    }
    QCOMPARE(completed, 5);
    QCOMPARE(hub.simulator().ledger().size(), 5); // the refused one moved no money
}

void TestHubSandbox::mojaloopConcurrencyIsHonouredBeyondSixConnections()
{
    // A switch that answers each transfer after 1.5 s: every transfer the connector may have in
    // flight reaches it before the first answer — 10 of 12, where Qt alone opens 6 connections.
    HubSimulator sdkState(options());
    HubFaults slow;
    slow.latencyMs = 1500;
    sdkState.setFaults(slow);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    QList<QJsonObject> received;
    HubHttpServer sdk(sdkState, [&](const HubRequest& request) {
        arrivals.append(clock.elapsed());
        return fakeSdkAnswer(request, &received);
    });
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    sdk.bind(&listener);
    HubOptions switched = options();
    switched.mojaloopConnector = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort()));
    switched.mojaloopConcurrency = 10;
    switched.mojaloopTimeoutMs = 30000;
    HubSandbox hub(switched);
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const QString batchId = batchIdOf(upload(hub, csv(12), QStringLiteral("c-wide")));
    QVERIFY(!batchId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(hub.simulator().count(hub.simulator().transfersOf(batchId)).ongoing, 0, 20000);
    QCOMPARE(arrivals.size(), 12);
    const qint64 firstAnswer = arrivals.first() + slow.latencyMs;
    const auto beforeFirstAnswer =
        std::count_if(arrivals.cbegin(), arrivals.cend(), [firstAnswer](qint64 at) { return at < firstAnswer; });
    QCOMPARE(beforeFirstAnswer, 10);
    QCOMPARE(hub.simulator().ledger().size(), 12);
}

void TestHubSandbox::aSlowOrAbsentSwitchFailsTransfers()
{
    // A switch slower than the timeout, and one that is not there: the transfers fail, none hangs.
    HubSimulator sdkState(options());
    HubFaults slow;
    slow.latencyMs = 3000;
    sdkState.setFaults(slow);
    HubHttpServer sdk(sdkState, [](const HubRequest&) {
        return HubResponse::json({{QStringLiteral("currentState"), QStringLiteral("COMPLETED")}});
    });
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    sdk.bind(&listener);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    for (const auto& [port, code] :
         {std::pair{listener.serverPort(), QStringLiteral("504")}, std::pair{closedPort, QStringLiteral("500")}}) {
        HubOptions switched = options();
        switched.mojaloopConnector = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        switched.mojaloopTimeoutMs = 300;
        HubSandbox hub(switched);
        QString error;
        QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
        const QString batchId = batchIdOf(upload(hub, csv(2), QStringLiteral("c-slow")));
        QTRY_COMPARE_WITH_TIMEOUT(hub.simulator().count(hub.simulator().transfersOf(batchId)).ongoing, 0, 10000);
        for (const HubSimulator::TransferView& row : hub.simulator().transfersOf(batchId)) {
            QCOMPARE(row.status, HubSimulator::Status::Failed);
            QVERIFY2(row.transfer.errorInformation.contains(u'"' + code + u'"'),
                     qPrintable(row.transfer.errorInformation));
        }
        QCOMPARE(hub.simulator().ledger().size(), 0);
    }
}

namespace {

// A G2P Connect request envelope, as OpenG2P's payment manager builds it.
QByteArray g2pConnect(const QString& action, qsizetype count, const QJsonObject& message, const QString& messageId = {})
{
    const QJsonObject header{{QStringLiteral("version"), QStringLiteral("1.0.0")},
                             {QStringLiteral("message_id"),
                              messageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : messageId},
                             {QStringLiteral("message_ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                             {QStringLiteral("action"), action},
                             {QStringLiteral("sender_id"), QStringLiteral("paydesk.example.org")},
                             {QStringLiteral("receiver_id"), QStringLiteral("sandbox")},
                             {QStringLiteral("total_count"), count}};
    return QJsonDocument(QJsonObject{{QStringLiteral("signature"), QString()},
                                     {QStringLiteral("header"), header},
                                     {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject disbursement(const QString& referenceId, const QString& payeeFa,
                         const QString& amount = QStringLiteral("25.00"))
{
    return {{QStringLiteral("reference_id"), referenceId},
            {QStringLiteral("payer_fa"), QStringLiteral("account:1001@paydesk")},
            {QStringLiteral("payee_fa"), payeeFa},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("currency_code"), QStringLiteral("USD")},
            {QStringLiteral("note"), QStringLiteral("Grant")}};
}

} // namespace

void TestHubSandbox::g2pConnectDisbursesOnceAndReportsStatus()
{
    HubOptions g2p = options();
    OutcomeRule refused;
    refused.payeeIds = {QStringLiteral("254700000404")};
    refused.errorCode = QStringLiteral("3204");
    refused.errorDescription = QStringLiteral("Party not found");
    g2p.rules = {refused};
    HubSandbox hub(g2p);
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const QUrl disburseUrl(hub.bulkUrl().toString() + QStringLiteral("/disburse/sync/disburse"));
    const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
    const QJsonObject message{
        {QStringLiteral("transaction_id"), QStringLiteral("batch-1")},
        {QStringLiteral("disbursements"),
         QJsonArray{disbursement(QStringLiteral("ref-1"), QStringLiteral("phone:254700000101")),
                    disbursement(QStringLiteral("ref-2"), QStringLiteral("account:254700000404@bank"))}}};
    const Reply taken = send("POST", disburseUrl, json, g2pConnect(QStringLiteral("disburse"), 2, message));
    QCOMPARE(taken.status, 200);
    QCOMPARE(taken.json().value(QStringLiteral("header")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("succ"));
    const QJsonArray received = taken.json()
                                    .value(QStringLiteral("message"))
                                    .toObject()
                                    .value(QStringLiteral("disbursements_status"))
                                    .toArray();
    QCOMPARE(received.size(), 2);
    for (const QJsonValue& item : received) {
        QCOMPARE(item.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rcvd"));
    }
    // The same disbursements again (a retry after a lost answer): refused as duplicates, paid once.
    const Reply again = send("POST", disburseUrl, json, g2pConnect(QStringLiteral("disburse"), 2, message));
    QCOMPARE(
        again.json().value(QStringLiteral("header")).toObject().value(QStringLiteral("status_reason_code")).toString(),
        QStringLiteral("rjct.errors.too_many"));
    QCOMPARE(again.json()
                 .value(QStringLiteral("message"))
                 .toObject()
                 .value(QStringLiteral("disbursements_status"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status_reason_code"))
                 .toString(),
             QStringLiteral("rjct.reference_id.duplicate"));
    // Status by reference id: pending, then paid or refused with the reason.
    const QUrl statusUrl(hub.bulkUrl().toString() + QStringLiteral("/disburse/sync/txn/status"));
    const auto statuses = [&] {
        const QJsonObject request{{QStringLiteral("transaction_id"), QStringLiteral("status-1")},
                                  {QStringLiteral("txnstatus_request"),
                                   QJsonObject{{QStringLiteral("txn_type"), QStringLiteral("disburse")},
                                               {QStringLiteral("attribute_type"), QStringLiteral("reference_id_list")},
                                               {QStringLiteral("attribute_value"),
                                                QJsonArray{QStringLiteral("ref-1"), QStringLiteral("ref-2"),
                                                           QStringLiteral("ref-unknown")}}}}};
        QStringList seen;
        for (const QJsonValue& item :
             send("POST", statusUrl, json, g2pConnect(QStringLiteral("txn/status"), 3, request))
                 .json()
                 .value(QStringLiteral("message"))
                 .toObject()
                 .value(QStringLiteral("txnstatus_response"))
                 .toObject()
                 .value(QStringLiteral("txn_status"))
                 .toObject()
                 .value(QStringLiteral("disbursements_status"))
                 .toArray()) {
            seen.append(item.toObject().value(QStringLiteral("status")).toString() + u' ' +
                        item.toObject().value(QStringLiteral("status_reason_code")).toString() + u' ' +
                        item.toObject().value(QStringLiteral("status_reason_message")).toString());
        }
        return seen;
    };
    QTRY_COMPARE(statuses(), (QStringList{QStringLiteral("succ  "),
                                          QStringLiteral("rjct rjct.payee_fa.invalid 3204 Party not found"),
                                          QStringLiteral("rjct rjct.reference_id.invalid ")}));
    QCOMPARE(hub.simulator().executions(QStringLiteral("ref-1")), 1);
    QCOMPARE(hub.simulator().executions(QStringLiteral("ref-2")), 0);
}

void TestHubSandbox::g2pConnectRefusesInTheHeaderAndPerItem()
{
    HubSandbox hub(options());
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const QUrl url(hub.bulkUrl().toString() + QStringLiteral("/disburse/sync/disburse"));
    const auto reasonOf = [](const Reply& reply) {
        return reply.json()
            .value(QStringLiteral("header"))
            .toObject()
            .value(QStringLiteral("status_reason_code"))
            .toString();
    };
    const QJsonObject one{{QStringLiteral("transaction_id"), QStringLiteral("t")},
                          {QStringLiteral("disbursements"),
                           QJsonArray{disbursement(QStringLiteral("a"), QStringLiteral("phone:254700000001"))}}};
    // Errors go in the header, with HTTP 200; only a body that is not JSON is a 400.
    QCOMPARE(reasonOf(send("POST", url, {}, g2pConnect(QStringLiteral("search"), 1, one))),
             QStringLiteral("rjct.action.invalid"));
    QCOMPARE(reasonOf(send("POST", url, {}, g2pConnect(QStringLiteral("disburse"), 5, one))),
             QStringLiteral("rjct.total_count.invalid"));
    const Reply first = send("POST", url, {}, g2pConnect(QStringLiteral("disburse"), 1, one, QStringLiteral("m-1")));
    QCOMPARE(first.status, 200);
    QCOMPARE(reasonOf(send("POST", url, {}, g2pConnect(QStringLiteral("disburse"), 1, one, QStringLiteral("m-1")))),
             QStringLiteral("rjct.message_id.duplicate"));
    QCOMPARE(send("POST", url, {}, "not json").status, 400);
    // Per item: each refused with its own code, the rest received.
    const QJsonObject mixed{
        {QStringLiteral("transaction_id"), QStringLiteral("t2")},
        {QStringLiteral("disbursements"),
         QJsonArray{disbursement(QStringLiteral("b"), QStringLiteral("phone:254700000002"), QStringLiteral("25")),
                    disbursement(QStringLiteral("c"), QStringLiteral("no address")),
                    disbursement(QStringLiteral("d"), QStringLiteral("phone:254700000004"))}}};
    const Reply answer = send("POST", url, {}, g2pConnect(QStringLiteral("disburse"), 3, mixed));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("header")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("succ"));
    QStringList codes;
    for (const QJsonValue& item : answer.json()
                                      .value(QStringLiteral("message"))
                                      .toObject()
                                      .value(QStringLiteral("disbursements_status"))
                                      .toArray()) {
        codes.append(item.toObject().value(QStringLiteral("status")).toString() + u' ' +
                     item.toObject().value(QStringLiteral("status_reason_code")).toString());
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("rjct rjct.amount.invalid"),
                                 QStringLiteral("rjct rjct.payee_fa.invalid"), QStringLiteral("rcvd ")}));
}

void TestHubSandbox::g2pConnectMapperResolves()
{
    HubOptions mapped = options();
    mapped.mapper.insert(QStringLiteral("NID-1"), QStringLiteral("account:12345@rhino.dfsp1.bank_acc"));
    HubSandbox hub(mapped);
    QString error;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    const QUrl url(hub.bulkUrl().toString() + QStringLiteral("/mapper/sync/resolve"));
    const auto item = [](const QString& reference, const QString& id) {
        return QJsonObject{{QStringLiteral("reference_id"), reference},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("scope"), QStringLiteral("details")}};
    };
    const QJsonObject message{
        {QStringLiteral("transaction_id"), QStringLiteral("r-1")},
        {QStringLiteral("resolve_request"),
         QJsonArray{item(QStringLiteral("1"), QStringLiteral("NID-1")),
                    item(QStringLiteral("2"), QStringLiteral("NID-2")), item(QStringLiteral("3"), QString())}}};
    const Reply answer = send("POST", url, {}, g2pConnect(QStringLiteral("resolve"), 3, message));
    QCOMPARE(answer.status, 200);
    const QJsonArray responses =
        answer.json().value(QStringLiteral("message")).toObject().value(QStringLiteral("resolve_response")).toArray();
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses.at(0).toObject().value(QStringLiteral("fa")).toString(),
             QStringLiteral("account:12345@rhino.dfsp1.bank_acc"));
    QCOMPARE(responses.at(0).toObject().value(QStringLiteral("status_reason_code")).toString(),
             QStringLiteral("succ.id.active"));
    QVERIFY(
        !responses.at(1).toObject().contains(QStringLiteral("fa"))); // not found is still a succ, without an address
    QCOMPARE(responses.at(1).toObject().value(QStringLiteral("status_reason_code")).toString(),
             QStringLiteral("succ.id.not_found"));
    QCOMPARE(responses.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rjct"));
    QCOMPARE(responses.at(2).toObject().value(QStringLiteral("status_reason_code")).toString(),
             QStringLiteral("rjct.id.invalid"));
    QCOMPARE(answer.json().value(QStringLiteral("header")).toObject().value(QStringLiteral("completed_count")).toInt(),
             2);
    QCOMPARE(send("POST", url, {}, g2pConnect(QStringLiteral("disburse"), 3, message))
                 .json()
                 .value(QStringLiteral("header"))
                 .toObject()
                 .value(QStringLiteral("status_reason_code"))
                 .toString(),
             QStringLiteral("rjct.action.invalid"));
}

QTEST_GUILESS_MAIN(TestHubSandbox)
#include "tst_hubsandbox.moc"
