#include "HubSimProcess.h"
#include "PreparedCycle.h"
#include "StoredBatch.h"
#include "TestClock.h"
#include "TestDatabases.h"
#include "TestKeys.h"

#include "audit/AuditLog.h"
#include "batching/BatchRepository.h"
#include "batching/BundleExporter.h"
#include "batching/SigningKey.h"
#include "disbursement/BatchSender.h"
#include "disbursement/PaymentHubChannel.h"
#include "hub/OneShotHttp.h"
#include "hub/PaymentHubClient.h"
#include "signoff/BatchManifest.h"
#include "storage/Database.h"
#include "trust/OfficerKeyring.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

// Sending batches to a real paydesk-hubsim over loopback, exactly once, with the hub misbehaving
// on demand; two senders racing on one batch, on SQLite and PostgreSQL.
class TestBatchSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsEveryBatchOnce();
    void droppedAfterAcceptIsFoundNotResent();
    void serverErrorWaitsForGraceAndConfirmation();
    void refusalsMoveNothing();
    void timeoutAndOpsLag();
    void sendingNeedsAChecker();
    void theTokenIsAskedForAgainOnlyWhenItRunsOut();
    void anUnreadableBatchListIsNeverTakenForAbsence();
    void verifiesTlsAndSignsInToTheOpsApp();
    void twoSendersRace_data() { TestDatabases::addBackendRows(); }
    void twoSendersRace();
    void cappedPagesAreReadToTheEnd_data();
    void cappedPagesAreReadToTheEnd();
    void lateVisibilityIsNeverAbsence();
    void gatewayAnswersAreNotRefusals_data();
    void gatewayAnswersAreNotRefusals();
    void graceIsMeasuredOnTheHubsClock();
    void aListFailingHalfwayMovesNothing();
    void uncertainBatchStopsItsCycle();
    void restoredBackupAsksBeforePosting();
    void handedOverBundleIsPostedOnlyOnceConfirmed();
    void plainHttpToAnotherComputerIsRefused();
    void aFailedRecordSaysWhyAndIsFoundLater_data() { TestDatabases::addBackendRows(); }
    void aFailedRecordSaysWhyAndIsFoundLater();

private:
    using Fixture = PreparedCycle;
    Fixture prepared(const QString& location, int rows = 60);
    HubEndpoint endpoint() const;
    void expectExactlyOnce(const Fixture& fixture);
    // Other batches on the hub, sent after the one under test: it is no longer on the first page.
    void crowdTheHub(int batches);
    // Sets the sandbox's faults (replacing all of them).
    void setFaults(const QJsonObject& faults);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    HubSimProcess m_hub;
    std::unique_ptr<SigningKey> m_key;
    std::unique_ptr<SigningKey> m_otherKey;
    int m_fixtures = 0;
};

namespace {

const Officer& kMaker = PreparedCycle::maker;
const Officer& kChecker = PreparedCycle::checker;

std::unique_ptr<SigningKey> makeKey(const QString& keyPath, const QString& certificatePath)
{
    QString error;
    return makeTestKeyPair(keyPath, certificatePath) ? SigningKey::fromFile(keyPath, {}, &error) : nullptr;
}

// An operations app that gives one fixed answer to every request, on loopback in a thread of its
// own: the shapes of batch list the sandbox does not make (an older hub's page, something else).
class FixedAnswerServer
{
public:
    explicit FixedAnswerServer(const QByteArray& body)
    {
        m_thread.reset(QThread::create([this, body] {
            QTcpServer server;
            server.listen(QHostAddress::LocalHost, 0);
            QEventLoop loop;
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server, body] {
                while (QTcpSocket* socket = server.nextPendingConnection()) {
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, body] {
                        if (socket->peek(65536).contains("\r\n\r\n")) {
                            if (socket->readAll().startsWith("POST /oauth/token ")) {
                                ++m_tokenRequests;
                            }
                            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                            socket->disconnectFromHost();
                        }
                    });
                }
            });
            m_port = server.serverPort();
            m_loop = &loop;
            m_ready.release();
            loop.exec();
        }));
        m_thread->start();
        m_ready.acquire();
    }
    ~FixedAnswerServer()
    {
        QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
        m_thread->wait();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    int tokenRequests() const { return m_tokenRequests; }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    QEventLoop* m_loop = nullptr;
    quint16 m_port = 0;
    std::atomic_int m_tokenRequests = 0;
};

} // namespace

void TestBatchSender::initTestCase()
{
    m_key = makeKey(m_dir.filePath(QStringLiteral("key.pem")), m_dir.filePath(QStringLiteral("cert.pem")));
    m_otherKey = makeKey(m_dir.filePath(QStringLiteral("other.pem")), m_dir.filePath(QStringLiteral("other-cert.pem")));
    QVERIFY(m_key && m_otherKey);
    QVERIFY(m_hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                        {QStringLiteral("--tenant"),
                         QStringLiteral("greenbank,%1").arg(m_dir.filePath(QStringLiteral("cert.pem"))),
                         QStringLiteral("--tenant"), QStringLiteral("lion"), QStringLiteral("--no-flow"),
                         QStringLiteral("lion"), QStringLiteral("--time-scale"), QStringLiteral("1000")}));
}

HubEndpoint TestBatchSender::endpoint() const
{
    return m_hub.endpoint(QStringLiteral("greenbank"));
}

TestBatchSender::Fixture TestBatchSender::prepared(const QString& location, int rows)
{
    ++m_fixtures;
    return PreparedCycle::make(location, m_dir.filePath(QStringLiteral("registry-%1.csv").arg(m_fixtures)),
                               quint32(m_fixtures), rows);
}

void TestBatchSender::expectExactlyOnce(const Fixture& fixture)
{
    // Every payment of the fixture moved money once on the hub: none lost, none twice.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QJsonObject ledger = m_hub.ledger();
            return std::all_of(fixture.requestIds.cbegin(), fixture.requestIds.cend(),
                               [&ledger](const QString& id) { return ledger.value(id).toInt() >= 1; });
        }(),
        10000);
    const QJsonObject ledger = m_hub.ledger();
    for (const QString& id : fixture.requestIds) {
        QCOMPARE(ledger.value(id).toInt(), 1);
    }
}

void TestBatchSender::sendsEveryBatchOnce()
{
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")));
    QVERIFY(fixture.batches.size() > 2);
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, {});
    for (const qint64 batchId : std::as_const(fixture.batches)) {
        const SendOutcome outcome = sender.send(batchId, kChecker);
        QVERIFY2(outcome.state == BatchState::Sent, qPrintable(outcome.message));
        QVERIFY(outcome.posted);
    }
    // Sending again sends nothing.
    const SendOutcome again = sender.send(fixture.batches.first(), kChecker);
    QCOMPARE(again.state, BatchState::Sent);
    QVERIFY(!again.posted);
    expectExactlyOnce(fixture);
    QSqlQuery query(fixture.database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state <> 'sent'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    const PaymentBatch batch = *storedBatch(*fixture.database, fixture.batches.first());
    QVERIFY(!batch.hubBatchId.isEmpty());
    QCOMPARE(batch.sendAttempts, 1);
    QCOMPARE(batch.sentBy, kChecker.id);
    // The hub's id never changes.
    QVERIFY(!query.exec(QStringLiteral("UPDATE payment_batch SET hub_batch_id = 'other' WHERE id = %1").arg(batch.id)));
    QVERIFY(AuditLog(*fixture.database).verify().intact);
}

void TestBatchSender::droppedAfterAcceptIsFoundNotResent()
{
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 20);
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, {});
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {{QStringLiteral("dropAfterAccept"), 1}}), 200);
    const SendOutcome lost = sender.send(fixture.batches.first(), kChecker);
    QCOMPARE(lost.state, BatchState::Sending); // uncertain: the hub has it, PayDesk does not know
    QVERIFY(lost.posted);
    QCOMPARE(sender.uncertainBatches(fixture.cycleId), QList<qint64>{fixture.batches.first()});
    // Sending it again resolves it instead: found on the ops API, never posted twice.
    const SendOutcome resolved = sender.send(fixture.batches.first(), kChecker);
    QVERIFY2(resolved.state == BatchState::Sent, qPrintable(resolved.message));
    QVERIFY(!resolved.posted);
    for (const qint64 batchId : fixture.batches.mid(1)) {
        QCOMPARE(sender.send(batchId, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::serverErrorWaitsForGraceAndConfirmation()
{
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    BatchSender::Options patient;
    patient.graceSeconds = 3600;
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, patient);
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {{QStringLiteral("serverErrors"), 1}}), 200);
    const qint64 batchId = fixture.batches.first();
    QCOMPARE(sender.send(batchId, kChecker).state, BatchState::Sending);
    // Within the grace period: not on the hub yet, nothing is posted.
    SendOutcome waiting = sender.resolve(batchId, kChecker);
    QCOMPARE(waiting.state, BatchState::Sending);
    QVERIFY(!waiting.posted && !waiting.mayRepost);
    // After it, by the hub's clock (an hour and a minute later), without a confirmation: may be
    // posted again, is not; the officer is shown what the hub listed.
    setFaults({{QStringLiteral("clockOffsetMs"), 3660000.0}});
    PaymentHubChannel unconfirmedChannel(endpoint(), m_key.get());
    BatchSender unconfirmed(*fixture.database, unconfirmedChannel, patient);
    waiting = unconfirmed.resolve(batchId, kChecker);
    QVERIFY2(!waiting.posted && waiting.mayRepost, qPrintable(waiting.message));
    QVERIFY2(waiting.evidence.contains(QStringLiteral("listed")), qPrintable(waiting.evidence));
    // Confirmed: posted again, same correlation id and file; sent.
    patient.repostConfirmed = {batchId};
    PaymentHubChannel confirmedChannel(endpoint(), m_key.get());
    BatchSender confirmed(*fixture.database, confirmedChannel, patient);
    const SendOutcome reposted = confirmed.resolve(batchId, kChecker);
    QVERIFY2(reposted.state == BatchState::Sent && reposted.posted, qPrintable(reposted.message));
    QCOMPARE(storedBatch(*fixture.database, batchId)->sendAttempts, 2);
    setFaults({});
    for (const qint64 other : fixture.batches.mid(1)) {
        QCOMPARE(sender.send(other, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::refusalsMoveNothing()
{
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 30);
    QVERIFY(fixture.batches.size() >= 2);
    // A key the hub does not know: refused, nothing moved; the right key sends it.
    PaymentHubChannel wrongKeyChannel(endpoint(), m_otherKey.get());
    BatchSender wrongKey(*fixture.database, wrongKeyChannel, {});
    const qint64 batchId = fixture.batches.first();
    const SendOutcome refused = wrongKey.send(batchId, kChecker);
    QCOMPARE(refused.state, BatchState::Rejected);
    QVERIFY2(refused.message.contains(QStringLiteral("X-SIGNATURE")), qPrintable(refused.message));
    QVERIFY(storedBatch(*fixture.database, batchId)->failureReason.contains(QStringLiteral("signing key")));
    // 412 from the hub (a tenant without a workflow) is a refusal too.
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {{QStringLiteral("preconditionFailures"), 1}}), 200);
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, {});
    const SendOutcome precondition = sender.send(fixture.batches.at(1), kChecker);
    QCOMPARE(precondition.state, BatchState::Rejected);
    QVERIFY2(precondition.message.contains(QStringLiteral("workflow")), qPrintable(precondition.message));
    for (const qint64 id : std::as_const(fixture.batches)) {
        QCOMPARE(sender.send(id, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::timeoutAndOpsLag()
{
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    HubEndpoint impatient = endpoint();
    impatient.timeoutMs = 300;
    BatchSender::Options patient;
    patient.graceSeconds = 3600;
    PaymentHubChannel channel(impatient, m_key.get());
    BatchSender sender(*fixture.database, channel, patient);
    // Asked first while the hub is quick (the answer serves the send that follows, within a minute).
    const qint64 batchId = fixture.batches.first();
    QVERIFY(std::holds_alternative<HubLookup>(
        channel.find(*storedBatch(*fixture.database, batchId), {}, DisbursementChannel::Freshness::Now)));
    // The hub takes the batch but answers after the deadline, and shows it only 1.5 s later.
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"),
                        {{QStringLiteral("latencyMs"), 700}, {QStringLiteral("visibilityLagMs"), 1500}}),
             200);
    const SendOutcome late = sender.send(batchId, kChecker);
    QCOMPARE(late.state, BatchState::Sending);
    QVERIFY2(late.message.contains(QStringLiteral("no complete answer")), qPrintable(late.message));
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {{QStringLiteral("visibilityLagMs"), 1500}}), 200);
    PaymentHubChannel resolverChannel(endpoint(), m_key.get());
    BatchSender resolver(*fixture.database, resolverChannel, patient);
    QTRY_COMPARE_WITH_TIMEOUT(resolver.resolve(batchId, kChecker).state, BatchState::Sent, 10000);
    QCOMPARE(storedBatch(*fixture.database, batchId)->sendAttempts, 1); // never posted again
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {}), 200);
    for (const qint64 other : fixture.batches.mid(1)) {
        QCOMPARE(resolver.send(other, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::sendingNeedsAChecker()
{
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, {});
    const SendOutcome outcome = sender.send(fixture.batches.first(), kMaker);
    QCOMPARE(outcome.state, BatchState::Ready);
    QVERIFY(!outcome.posted);
    QVERIFY(outcome.message.contains(QStringLiteral("checker")));
}

void TestBatchSender::verifiesTlsAndSignsInToTheOpsApp()
{
    // A hub whose bulk processor speaks HTTPS with a certificate of a private CA (self-signed here),
    // and whose operations app needs a token.
    const QString tlsKey = m_dir.filePath(QStringLiteral("tls-key.pem"));
    const QString tlsCertificate = m_dir.filePath(QStringLiteral("tls-cert.pem"));
    QVERIFY(makeTestKeyPair(tlsKey, tlsCertificate, QStringLiteral("/CN=localhost"),
                            {QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")}));
    HubSimProcess secured;
    QVERIFY(secured.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                          {QStringLiteral("--tenant"),
                           QStringLiteral("greenbank,%1").arg(m_dir.filePath(QStringLiteral("cert.pem"))),
                           QStringLiteral("--tls-cert"), tlsCertificate, QStringLiteral("--tls-key"), tlsKey,
                           QStringLiteral("--auth"), QStringLiteral("--time-scale"), QStringLiteral("1000")}));
    QCOMPARE(secured.bulkUrl.scheme(), QStringLiteral("https"));
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    HubEndpoint endpoint = this->endpoint();
    endpoint.bulkUrl = secured.bulkUrl;
    endpoint.operationsUrl = secured.operationsUrl;
    endpoint.username = QStringLiteral("mifos");
    endpoint.password = QStringLiteral("password");

    // The certificate is not trusted: nothing leaves, the batch can be sent once it is.
    PaymentHubChannel refusedChannel(endpoint, m_key.get());
    BatchSender refused(*fixture.database, refusedChannel, {});
    const SendOutcome notSent = refused.send(fixture.batches.first(), kChecker);
    QCOMPARE(notSent.state, BatchState::Rejected);
    QVERIFY2(notSent.message.contains(QStringLiteral("TLS")), qPrintable(notSent.message));

    endpoint.caFile = tlsCertificate;
    endpoint.password = QStringLiteral("wrong");
    PaymentHubClient badPassword(endpoint);
    const auto refusedRead = badPassword.get(QStringLiteral("/api/v1/batches"));
    QVERIFY(std::holds_alternative<HubError>(refusedRead));
    QVERIFY2(std::get<HubError>(refusedRead).message.contains(QStringLiteral("credentials")),
             qPrintable(std::get<HubError>(refusedRead).message));

    endpoint.password = QStringLiteral("password");
    PaymentHubClient trusting(endpoint);
    PaymentHubChannel channel(endpoint, m_key.get());
    BatchSender sender(*fixture.database, channel, {});
    for (const qint64 batchId : std::as_const(fixture.batches)) {
        const SendOutcome outcome = sender.send(batchId, kChecker);
        QVERIFY2(outcome.state == BatchState::Sent, qPrintable(outcome.message));
    }
    // Resolving reads the ops API with the token.
    const auto listed = trusting.get(QStringLiteral("/api/v1/batches"));
    QVERIFY(std::holds_alternative<QJsonDocument>(listed));
    QCOMPARE(std::get<QJsonDocument>(listed).object().value(QStringLiteral("totalBatches")).toInt(),
             int(fixture.batches.size()));
}

// The operations app's token is asked for once and used until it runs out (ten seconds before its
// expires_in), then asked for again: on a test clock, not by waiting.
void TestBatchSender::theTokenIsAskedForAgainOnlyWhenItRunsOut()
{
    FixedAnswerServer ops(
        R"({"access_token":"t-1","token_type":"bearer","expires_in":60,"totalBatches":0,"batches":[]})");
    HubEndpoint endpoint = this->endpoint();
    endpoint.operationsUrl = ops.url();
    endpoint.username = QStringLiteral("mifos");
    endpoint.password = QStringLiteral("password");
    TestClock clock(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
    PaymentHubClient hub(endpoint, clock);
    QVERIFY(std::holds_alternative<QJsonDocument>(hub.get(QStringLiteral("/api/v1/batches"))));
    QCOMPARE(ops.tokenRequests(), 1);
    clock.advanceSeconds(45);
    QVERIFY(std::holds_alternative<QJsonDocument>(hub.get(QStringLiteral("/api/v1/batches"))));
    QCOMPARE(ops.tokenRequests(), 1);
    clock.advanceSeconds(10); // 55 s: past expires_in less its ten seconds of margin
    QVERIFY(std::holds_alternative<QJsonDocument>(hub.get(QStringLiteral("/api/v1/batches"))));
    QCOMPARE(ops.tokenRequests(), 2);
}

void TestBatchSender::anUnreadableBatchListIsNeverTakenForAbsence()
{
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    const qint64 batchId = fixture.batches.first();
    // Accepted by the hub, the connection dropped: uncertain.
    {
        PaymentHubClient hub(endpoint());
        PaymentHubChannel channel(endpoint(), m_key.get());
        BatchSender sender(*fixture.database, channel, {});
        QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {{QStringLiteral("dropAfterAccept"), 1}}), 200);
        QCOMPARE(sender.send(batchId, kChecker).state, BatchState::Sending);
    }
    BatchSender::Options hasty;
    hasty.graceSeconds = 0; // raised to the minimum
    hasty.repostConfirmed = {batchId};
    // A list PayDesk cannot read says nothing: never "not there", so never posted again.
    {
        FixedAnswerServer odd(R"({"totalBatches":1,"batches":[]})");
        HubEndpoint elsewhere = endpoint();
        elsewhere.operationsUrl = odd.url();
        PaymentHubClient hub(elsewhere);
        PaymentHubChannel channel(elsewhere, m_key.get());
        BatchSender sender(*fixture.database, channel, hasty);
        const SendOutcome outcome = sender.resolve(batchId, kChecker);
        QCOMPARE(outcome.state, BatchState::Sending);
        QVERIFY(!outcome.posted && !outcome.mayRepost);
        QVERIFY2(outcome.message.contains(QStringLiteral("cannot tell")), qPrintable(outcome.message));
    }
    // An older hub's page ("content") is read like the current list.
    const PaymentBatch batch = *storedBatch(*fixture.database, batchId);
    {
        const QByteArray page =
            QJsonDocument(QJsonObject{{QStringLiteral("content"),
                                       QJsonArray{QJsonObject{{QStringLiteral("batchId"), QStringLiteral("old-hub-7")},
                                                              {QStringLiteral("correlationId"), batch.correlationId},
                                                              {QStringLiteral("startedAt"), 1.0}}}}})
                .toJson(QJsonDocument::Compact);
        FixedAnswerServer older(page);
        HubEndpoint elsewhere = endpoint();
        elsewhere.operationsUrl = older.url();
        PaymentHubChannel channel(elsewhere, m_key.get());
        BatchSender sender(*fixture.database, channel, hasty);
        const SendOutcome outcome = sender.resolve(batchId, kChecker);
        QVERIFY2(outcome.state == BatchState::Sent, qPrintable(outcome.message));
        QVERIFY(!outcome.posted);
    }
    QCOMPARE(storedBatch(*fixture.database, batchId)->hubBatchId, QStringLiteral("old-hub-7"));
    QCOMPARE(storedBatch(*fixture.database, batchId)->sendAttempts, 1);
}

void TestBatchSender::twoSendersRace()
{
    QFETCH(QString, backend);
    const QString location = m_databases.freshLocation(backend);
    Fixture fixture = prepared(location, 40);
    QVERIFY(!fixture.batches.isEmpty());
    // Two processes' worth: each sender has its own connection, in its own thread, and both send
    // every batch at the same moment, through a hub that caps its pages, pages as older hubs do and
    // answers uploads late. Each batch leaves once.
    setFaults({{QStringLiteral("pageCap"), 4},
               {QStringLiteral("olderBatchList"), true},
               {QStringLiteral("uploadLatencyMs"), 40}});
    std::atomic<int> posts{0};
    std::atomic<int> go{0};
    auto racer = [&] {
        QString error;
        const auto database = Database::open(location, &error);
        database->keyring() = fixture.database->keyring(); // the checker, signed in on this connection too
        PaymentHubChannel channel(endpoint(), m_key.get());
        BatchSender sender(*database, channel, {});
        ++go;
        while (go.load() < 2) {
            QThread::yieldCurrentThread();
        }
        // A batch in flight stops its cycle for the other sender (rule 7): go round until none is left.
        for (int round = 0; round < 200; ++round) {
            bool anyLeft = false;
            for (const qint64 batchId : std::as_const(fixture.batches)) {
                const SendOutcome outcome = sender.send(batchId, kChecker);
                posts += outcome.posted ? 1 : 0;
                anyLeft = anyLeft || outcome.state == BatchState::Ready;
            }
            if (!anyLeft) {
                break;
            }
            QThread::msleep(20);
        }
    };
    std::unique_ptr<QThread> first(QThread::create(racer));
    std::unique_ptr<QThread> second(QThread::create(racer));
    first->start();
    second->start();
    QVERIFY(first->wait(120000) && second->wait(120000));
    setFaults({});
    QCOMPARE(posts.load(), int(fixture.batches.size()));
    for (const PaymentBatch& batch : BatchRepository(*fixture.database).batchesOf(fixture.cycleId)) {
        QCOMPARE(batch.state, BatchState::Sent);
        QCOMPARE(batch.sendAttempts, 1);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::setFaults(const QJsonObject& faults)
{
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), faults), 200);
}

void TestBatchSender::crowdTheHub(int batches)
{
    Fixture crowd = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), batches * 5);
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*crowd.database, channel, {});
    for (const qint64 batchId : std::as_const(crowd.batches)) {
        QCOMPARE(sender.send(batchId, kChecker).state, BatchState::Sent);
    }
}

void TestBatchSender::cappedPagesAreReadToTheEnd_data()
{
    QTest::addColumn<bool>("olderHub");
    QTest::newRow("offset/limit, capped") << false;
    QTest::newRow("page/size, capped") << true;
}

void TestBatchSender::cappedPagesAreReadToTheEnd()
{
    // The hub took the batch; the answer was lost. Then other batches pushed it off the first
    // page, and the hub (or its gateway) gives 3 rows a page whatever is asked: a client that took
    // a short page for the end said "not there" and, after the grace period, paid everyone twice.
    QFETCH(bool, olderHub);
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    const qint64 batchId = fixture.batches.first();
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, {});
    setFaults({{QStringLiteral("dropAfterAccept"), 1}});
    QCOMPARE(sender.send(batchId, kChecker).state, BatchState::Sending);
    crowdTheHub(8);
    setFaults({{QStringLiteral("pageCap"), 3},
               {QStringLiteral("olderBatchList"), olderHub},
               {QStringLiteral("clockOffsetMs"), 3600000.0}});
    BatchSender::Options confirmed;
    confirmed.repostConfirmed = {batchId};
    PaymentHubChannel resolverChannel(endpoint(), m_key.get());
    BatchSender resolver(*fixture.database, resolverChannel, confirmed);
    const SendOutcome resolved = resolver.resolve(batchId, kChecker);
    QVERIFY2(resolved.state == BatchState::Sent && !resolved.posted, qPrintable(resolved.message));
    QCOMPARE(storedBatch(*fixture.database, batchId)->sendAttempts, 1);
    // The rest of the cycle is asked for first through the same capped list, and sent once.
    setFaults({{QStringLiteral("pageCap"), 3}, {QStringLiteral("olderBatchList"), olderHub}});
    for (const qint64 other : fixture.batches.mid(1)) {
        const SendOutcome outcome = resolver.send(other, kChecker);
        QVERIFY2(outcome.state == BatchState::Sent, qPrintable(outcome.message));
    }
    setFaults({});
    expectExactlyOnce(fixture);
}

void TestBatchSender::lateVisibilityIsNeverAbsence()
{
    // The hub shows an accepted batch only 3 s later: "not there" before that is not absence,
    // and a confirmed re-post is still refused within the grace period on the hub's clock.
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    const qint64 batchId = fixture.batches.first();
    BatchSender::Options eager;
    eager.graceSeconds = 30; // asked for less than the minimum: raised to it
    eager.repostConfirmed = {batchId};
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, eager);
    setFaults({{QStringLiteral("dropAfterAccept"), 1}, {QStringLiteral("visibilityLagMs"), 3000.0}});
    QCOMPARE(sender.send(batchId, kChecker).state, BatchState::Sending);
    setFaults({{QStringLiteral("visibilityLagMs"), 3000.0}, {QStringLiteral("clockOffsetMs"), 120000.0}});
    const SendOutcome early = sender.resolve(batchId, kChecker);
    QCOMPARE(early.state, BatchState::Sending);
    QVERIFY2(!early.posted && !early.mayRepost, qPrintable(early.message));
    QVERIFY2(early.message.contains(QStringLiteral("600 s")), qPrintable(early.message));
    QTRY_COMPARE_WITH_TIMEOUT(sender.resolve(batchId, kChecker).state, BatchState::Sent, 10000);
    QCOMPARE(storedBatch(*fixture.database, batchId)->sendAttempts, 1);
    setFaults({});
    for (const qint64 other : fixture.batches.mid(1)) {
        QCOMPARE(sender.send(other, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::gatewayAnswersAreNotRefusals_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("408 request timeout") << 408;
    QTest::newRow("429 too many requests") << 429;
    QTest::newRow("400 as an HTML page") << 400;
}

void TestBatchSender::gatewayAnswersAreNotRefusals()
{
    // The hub took the batch, then a gateway answered with its own page: uncertain, never
    // "refused", so never sent again as if nothing had moved.
    QFETCH(int, status);
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    const qint64 batchId = fixture.batches.first();
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, {});
    setFaults({{QStringLiteral("gatewayErrors"), 1}, {QStringLiteral("gatewayStatus"), status}});
    const SendOutcome answered = sender.send(batchId, kChecker);
    QVERIFY2(answered.state == BatchState::Sending && answered.posted, qPrintable(answered.message));
    QVERIFY2(answered.message.contains(QStringLiteral("not the hub itself")), qPrintable(answered.message));
    const SendOutcome resolved = sender.send(batchId, kChecker);
    QVERIFY2(resolved.state == BatchState::Sent && !resolved.posted, qPrintable(resolved.message));
    for (const qint64 other : fixture.batches.mid(1)) {
        QCOMPARE(sender.send(other, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::graceIsMeasuredOnTheHubsClock()
{
    // The post was answered with the hub's own 503: uncertain, and not on the hub. Whatever the
    // desktop's clock says, only the hub's decides when it may be posted again.
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    const qint64 batchId = fixture.batches.first();
    BatchSender::Options confirmed;
    confirmed.repostConfirmed = {batchId};
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, confirmed);
    setFaults(
        {{QStringLiteral("serverErrors"), 1}, {QStringLiteral("clockOffsetMs"), 7200000.0}}); // the hub two hours ahead
    QCOMPARE(sender.send(batchId, kChecker).state, BatchState::Sending);
    const QDateTime postedOnHub =
        QDateTime::fromString(storedBatch(*fixture.database, batchId)->hubPostedAt, Qt::ISODateWithMs);
    QVERIFY(postedOnHub.isValid());
    QVERIFY2(postedOnHub > QDateTime::currentDateTimeUtc().addSecs(3600),
             qPrintable(postedOnHub.toString(Qt::ISODate)));
    // The hub's clock set back an hour: the desktop's hours are nothing, it is not posted.
    setFaults({{QStringLiteral("clockOffsetMs"), 3600000.0}});
    SendOutcome outcome = sender.resolve(batchId, kChecker);
    QVERIFY2(outcome.state == BatchState::Sending && !outcome.posted && !outcome.mayRepost,
             qPrintable(outcome.message));
    // Eleven minutes on the hub's clock: absent from a complete list. Without the tenant's key
    // (resolve given no --key) even a confirmed re-post is refused before anything is claimed.
    setFaults({{QStringLiteral("clockOffsetMs"), 7200000.0 + 660000.0}});
    PaymentHubChannel keyless(endpoint(), nullptr);
    const SendOutcome withoutKey = BatchSender(*fixture.database, keyless, confirmed).resolve(batchId, kChecker);
    QVERIFY2(withoutKey.state == BatchState::Sending && !withoutKey.posted, qPrintable(withoutKey.message));
    QVERIFY2(withoutKey.message.contains(QStringLiteral("signing key")), qPrintable(withoutKey.message));
    QCOMPARE(storedBatch(*fixture.database, batchId)->sendAttempts, 1);
    // With it: posted again as confirmed.
    outcome = sender.resolve(batchId, kChecker);
    QVERIFY2(outcome.state == BatchState::Sent && outcome.posted, qPrintable(outcome.message));
    setFaults({});
    for (const qint64 other : fixture.batches.mid(1)) {
        QCOMPARE(sender.send(other, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::aListFailingHalfwayMovesNothing()
{
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    crowdTheHub(4);
    const qint64 batchId = fixture.batches.first();
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, {});
    // Asking first reads the list; its second page fails: nothing is posted, the batch stays ready.
    setFaults({{QStringLiteral("pageCap"), 2}, {QStringLiteral("listFailureAt"), 2}});
    const SendOutcome notAsked = sender.send(batchId, kChecker);
    QVERIFY2(notAsked.state == BatchState::Ready && !notAsked.posted, qPrintable(notAsked.message));
    QVERIFY2(notAsked.message.contains(QStringLiteral("could not say")), qPrintable(notAsked.message));
    QCOMPARE(storedBatch(*fixture.database, batchId)->sendAttempts, 0);
    // Resolving through a list failing halfway: still uncertain, never absent.
    setFaults({{QStringLiteral("serverErrors"), 1}});
    QCOMPARE(sender.send(batchId, kChecker).state, BatchState::Sending);
    BatchSender::Options confirmed;
    confirmed.repostConfirmed = {batchId};
    PaymentHubChannel laterChannel(endpoint(), m_key.get());
    BatchSender later(*fixture.database, laterChannel, confirmed);
    setFaults({{QStringLiteral("pageCap"), 2},
               {QStringLiteral("listFailureAt"), 3},
               {QStringLiteral("clockOffsetMs"), 3600000.0}});
    const SendOutcome halfway = later.resolve(batchId, kChecker);
    QVERIFY2(halfway.state == BatchState::Sending && !halfway.posted && !halfway.mayRepost,
             qPrintable(halfway.message));
    QVERIFY2(halfway.message.contains(QStringLiteral("could not be read to its end")), qPrintable(halfway.message));
    setFaults({{QStringLiteral("clockOffsetMs"), 3600000.0}});
    QCOMPARE(later.resolve(batchId, kChecker).state, BatchState::Sent);
    setFaults({});
    for (const qint64 other : fixture.batches.mid(1)) {
        QCOMPARE(sender.send(other, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::uncertainBatchStopsItsCycle()
{
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 20);
    QVERIFY(fixture.batches.size() >= 2);
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, {});
    setFaults({{QStringLiteral("dropAfterAccept"), 1}, {QStringLiteral("visibilityLagMs"), 1500.0}});
    QCOMPARE(sender.send(fixture.batches.first(), kChecker).state, BatchState::Sending);
    const SendOutcome held = sender.send(fixture.batches.at(1), kChecker);
    QVERIFY2(held.state == BatchState::Ready && !held.posted, qPrintable(held.message));
    QVERIFY2(held.message.contains(QStringLiteral("uncertain")), qPrintable(held.message));
    QTRY_COMPARE_WITH_TIMEOUT(sender.resolve(fixture.batches.first(), kChecker).state, BatchState::Sent, 10000);
    setFaults({});
    for (const qint64 other : fixture.batches.mid(1)) {
        QCOMPARE(sender.send(other, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::restoredBackupAsksBeforePosting()
{
    // A backup taken before the send is restored after it: every batch looks ready again. Asked
    // first, the hub holds each one: none is posted twice.
    const QString location = m_databases.freshLocation(QStringLiteral("sqlite"));
    Fixture fixture = prepared(location, 30);
    const QString backup = m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(m_fixtures));
    QSqlQuery vacuum(fixture.database->connection());
    QVERIFY2(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)), qPrintable(vacuum.lastError().text()));
    {
        PaymentHubChannel channel(endpoint(), m_key.get());
        BatchSender sender(*fixture.database, channel, {});
        for (const qint64 batchId : std::as_const(fixture.batches)) {
            QCOMPARE(sender.send(batchId, kChecker).state, BatchState::Sent);
        }
    }
    QString error;
    const auto restored = Database::open(backup, &error);
    QVERIFY2(restored, qPrintable(error));
    restored->keyring() = fixture.database->keyring();
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*restored, channel, {});
    for (const qint64 batchId : std::as_const(fixture.batches)) {
        QCOMPARE(storedBatch(*restored, batchId)->state, BatchState::Ready);
        const SendOutcome again = sender.send(batchId, kChecker);
        QVERIFY2(again.state == BatchState::Sent && !again.posted, qPrintable(again.message));
        QVERIFY2(again.message.contains(QStringLiteral("already on the hub")), qPrintable(again.message));
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::handedOverBundleIsPostedOnlyOnceConfirmed()
{
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 20);
    QVERIFY(fixture.batches.size() >= 2);
    const qint64 uploaded = fixture.batches.at(0);
    const qint64 kept = fixture.batches.at(1);
    QString error;
    // Both exported signed, for hand-carry: handed over, no longer ready.
    for (const qint64 batchId : {uploaded, kept}) {
        const QString base =
            BundleExporter::exportBatch(*fixture.database, batchId, m_dir.filePath(QStringLiteral("carry")),
                                        m_key.get(), BundleExporter::Purpose::HandCarry, kChecker.id, &error);
        QVERIFY2(!base.isEmpty(), qPrintable(error));
        QCOMPARE(storedBatch(*fixture.database, batchId)->state, BatchState::HandedOver);
    }
    // The first is uploaded by hand, as the bundle's file and signature.
    const PaymentBatch carried = *storedBatch(*fixture.database, uploaded);
    QFile signature(
        m_dir.filePath(QStringLiteral("carry/%1.signature"))
            .arg(QFileInfo(BatchManifest::fileName(carried.correlationId, carried.file)).completeBaseName()));
    QVERIFY2(signature.open(QIODevice::ReadOnly), qPrintable(signature.fileName()));
    PaymentHubClient byHand(endpoint());
    QVERIFY(std::holds_alternative<QString>(byHand.submit(carried.correlationId, carried.file, signature.readAll())));
    // Not sent without the officer's word.
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender unconfirmed(*fixture.database, channel, {});
    const SendOutcome refused = unconfirmed.send(uploaded, kChecker);
    QVERIFY2(refused.state == BatchState::HandedOver && !refused.posted, qPrintable(refused.message));
    // Confirmed (wrongly, for the first): both become uncertain and are looked up; the uploaded one
    // is found, the other waits for its grace period on the hub's clock, then goes once confirmed.
    BatchSender::Options word;
    word.handOverConfirmed = {uploaded, kept};
    BatchSender confirmed(*fixture.database, channel, word);
    const SendOutcome found = confirmed.send(uploaded, kChecker);
    QVERIFY2(found.state == BatchState::Sent && !found.posted, qPrintable(found.message));
    const SendOutcome waiting = confirmed.send(kept, kChecker);
    QVERIFY2(waiting.state == BatchState::Sending && !waiting.posted && !waiting.mayRepost,
             qPrintable(waiting.message));
    setFaults({{QStringLiteral("clockOffsetMs"), 660000.0}});
    word.repostConfirmed = {kept};
    PaymentHubChannel laterChannel(endpoint(), m_key.get());
    BatchSender later(*fixture.database, laterChannel, word);
    const SendOutcome posted = later.resolve(kept, kChecker);
    QVERIFY2(posted.state == BatchState::Sent && posted.posted, qPrintable(posted.message));
    setFaults({});
    for (const qint64 other : fixture.batches.mid(2)) {
        QCOMPARE(later.send(other, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

void TestBatchSender::plainHttpToAnotherComputerIsRefused()
{
    // 192.0.2.1 (TEST-NET-1) is never contacted: the address is refused before any connection.
    HubEndpoint remote = endpoint();
    remote.operationsUrl = QUrl(QStringLiteral("http://192.0.2.1:8080"));
    remote.opsAttempts = 1;
    PaymentHubClient client(remote);
    const auto answer = client.get(QStringLiteral("/api/v1/batches"));
    QVERIFY(std::holds_alternative<HubError>(answer));
    QVERIFY2(std::get<HubError>(answer).message.contains(QStringLiteral("plain http")),
             qPrintable(std::get<HubError>(answer).message));
    QVERIFY(OneShotHttp::insecureProblem(QUrl(QStringLiteral("http://127.0.0.1:1")), false).isEmpty());
    QVERIFY(OneShotHttp::insecureProblem(QUrl(QStringLiteral("http://localhost:1")), false).isEmpty());
    QVERIFY(OneShotHttp::insecureProblem(QUrl(QStringLiteral("http://192.0.2.1:1")), true).isEmpty());
    QVERIFY(OneShotHttp::insecureProblem(QUrl(QStringLiteral("https://192.0.2.1:1")), false).isEmpty());
}

void TestBatchSender::aFailedRecordSaysWhyAndIsFoundLater()
{
    // The hub takes the batch, then the database refuses to record it (a trigger stands in for a
    // failing commit): the officer is told the database's own reason, never an empty one; the batch
    // stays uncertain, and is found on the hub, not posted again, once the database works.
    QFETCH(QString, backend);
    Fixture fixture = prepared(m_databases.freshLocation(backend), 10);
    const qint64 batchId = fixture.batches.first();
    QSqlQuery trigger(fixture.database->connection());
    const bool sqlite = backend == u"sqlite";
    if (sqlite) {
        QVERIFY2(trigger.exec(QStringLiteral(
                     "CREATE TRIGGER refuse_sent BEFORE UPDATE OF state ON payment_batch WHEN new.state = 'sent' "
                     "BEGIN SELECT RAISE(ABORT, 'the disk is full (test)'); END")),
                 qPrintable(trigger.lastError().text()));
    } else {
        QVERIFY2(trigger.exec(QStringLiteral(
                     "CREATE FUNCTION refuse_sent() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.state = "
                     "'sent' THEN RAISE EXCEPTION 'the disk is full (test)'; END IF; RETURN NEW; END $$")),
                 qPrintable(trigger.lastError().text()));
        QVERIFY2(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_sent BEFORE UPDATE ON payment_batch FOR EACH ROW "
                                             "EXECUTE FUNCTION refuse_sent()")),
                 qPrintable(trigger.lastError().text()));
    }
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*fixture.database, channel, {});
    const SendOutcome unrecorded = sender.send(batchId, kChecker);
    QVERIFY(unrecorded.posted);
    QCOMPARE(unrecorded.state, BatchState::Sending);
    QVERIFY2(unrecorded.message.contains(QStringLiteral("the disk is full (test)")), qPrintable(unrecorded.message));
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_sent") +
                         (sqlite ? QString() : QStringLiteral(" ON payment_batch"))));
    const SendOutcome found = sender.send(batchId, kChecker);
    QVERIFY2(found.state == BatchState::Sent && !found.posted, qPrintable(found.message));
    QCOMPARE(storedBatch(*fixture.database, batchId)->sendAttempts, 1);
    for (const qint64 other : fixture.batches.mid(1)) {
        QCOMPARE(sender.send(other, kChecker).state, BatchState::Sent);
    }
    expectExactlyOnce(fixture);
}

QTEST_GUILESS_MAIN(TestBatchSender)
#include "tst_batchsender.moc"
