#include "HubSimProcess.h"
#include "PreparedCycle.h"
#include "TestDatabases.h"
#include "TestKeys.h"

#include "audit/AuditLog.h"
#include "batching/BatchRepository.h"
#include "batching/SigningKey.h"
#include "disbursement/BatchSender.h"
#include "disbursement/PaymentHubChannel.h"
#include "hub/PaymentHubClient.h"
#include "storage/Database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QEventLoop>
#include <QJsonArray>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
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
    void anUnreadableBatchListIsNeverTakenForAbsence();
    void verifiesTlsAndSignsInToTheOpsApp();
    void twoSendersRace_data() { TestDatabases::addBackendRows(); }
    void twoSendersRace();

private:
    using Fixture = PreparedCycle;
    Fixture prepared(const QString& location, int rows = 60);
    HubEndpoint endpoint() const;
    void expectExactlyOnce(const Fixture& fixture);

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
            QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, body] {
                while (QTcpSocket* socket = server.nextPendingConnection()) {
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, body] {
                        if (socket->peek(65536).contains("\r\n\r\n")) {
                            socket->readAll();
                            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
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

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    QEventLoop* m_loop = nullptr;
    quint16 m_port = 0;
};

} // namespace

void TestBatchSender::initTestCase()
{
    m_key = makeKey(m_dir.filePath(QStringLiteral("key.pem")), m_dir.filePath(QStringLiteral("cert.pem")));
    m_otherKey = makeKey(m_dir.filePath(QStringLiteral("other.pem")), m_dir.filePath(QStringLiteral("other-cert.pem")));
    QVERIFY(m_key && m_otherKey);
    QVERIFY(m_hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                        {QStringLiteral("--tenant"), QStringLiteral("greenbank,%1").arg(m_dir.filePath(QStringLiteral("cert.pem"))),
                         QStringLiteral("--tenant"), QStringLiteral("lion"), QStringLiteral("--no-flow"), QStringLiteral("lion"),
                         QStringLiteral("--time-scale"), QStringLiteral("1000")}));
}

HubEndpoint TestBatchSender::endpoint() const
{
    return m_hub.endpoint(QStringLiteral("greenbank"));
}

TestBatchSender::Fixture TestBatchSender::prepared(const QString& location, int rows)
{
    ++m_fixtures;
    return PreparedCycle::make(location, m_dir.filePath(QStringLiteral("registry-%1.csv").arg(m_fixtures)), quint32(m_fixtures), rows);
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
    const PaymentBatch batch = *BatchRepository(*fixture.database).find(fixture.batches.first());
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
    // After it, without a confirmation: may be posted again, is not.
    BatchSender::Options expired;
    expired.graceSeconds = 0;
    PaymentHubChannel unconfirmedChannel(endpoint(), m_key.get());
    BatchSender unconfirmed(*fixture.database, unconfirmedChannel, expired);
    waiting = unconfirmed.resolve(batchId, kChecker);
    QVERIFY(!waiting.posted && waiting.mayRepost);
    // Confirmed: posted again, same correlation id and file; sent.
    expired.repostConfirmed = true;
    PaymentHubChannel confirmedChannel(endpoint(), m_key.get());
    BatchSender confirmed(*fixture.database, confirmedChannel, expired);
    const SendOutcome reposted = confirmed.resolve(batchId, kChecker);
    QVERIFY2(reposted.state == BatchState::Sent && reposted.posted, qPrintable(reposted.message));
    QCOMPARE(BatchRepository(*fixture.database).find(batchId)->sendAttempts, 2);
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
    QVERIFY(BatchRepository(*fixture.database).find(batchId)->failureReason.contains(QStringLiteral("signing key")));
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
    // The hub takes the batch but answers after the deadline, and shows it only 1.5 s later.
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {{QStringLiteral("latencyMs"), 700}, {QStringLiteral("visibilityLagMs"), 1500}}), 200);
    const qint64 batchId = fixture.batches.first();
    const SendOutcome late = sender.send(batchId, kChecker);
    QCOMPARE(late.state, BatchState::Sending);
    QVERIFY2(late.message.contains(QStringLiteral("no complete answer")), qPrintable(late.message));
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {{QStringLiteral("visibilityLagMs"), 1500}}), 200);
    PaymentHubChannel resolverChannel(endpoint(), m_key.get());
    BatchSender resolver(*fixture.database, resolverChannel, patient);
    QTRY_COMPARE_WITH_TIMEOUT(resolver.resolve(batchId, kChecker).state, BatchState::Sent, 10000);
    QCOMPARE(BatchRepository(*fixture.database).find(batchId)->sendAttempts, 1); // never posted again
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
                          {QStringLiteral("--tenant"), QStringLiteral("greenbank,%1").arg(m_dir.filePath(QStringLiteral("cert.pem"))),
                           QStringLiteral("--tls-cert"), tlsCertificate, QStringLiteral("--tls-key"), tlsKey, QStringLiteral("--auth"),
                           QStringLiteral("--time-scale"), QStringLiteral("1000")}));
    QCOMPARE(secured.bulkUrl.scheme(), QStringLiteral("https"));
    Fixture fixture = prepared(m_databases.freshLocation(QStringLiteral("sqlite")), 10);
    HubEndpoint endpoint = this->endpoint();
    endpoint.bulkUrl = secured.bulkUrl;
    endpoint.operationsUrl = secured.operationsUrl;

    // The certificate is not trusted: nothing leaves, the batch can be sent once it is.
    PaymentHubChannel refusedChannel(endpoint, m_key.get());
    BatchSender refused(*fixture.database, refusedChannel, {});
    const SendOutcome notSent = refused.send(fixture.batches.first(), kChecker);
    QCOMPARE(notSent.state, BatchState::Rejected);
    QVERIFY2(notSent.message.contains(QStringLiteral("TLS")), qPrintable(notSent.message));

    endpoint.caFile = tlsCertificate;
    endpoint.username = QStringLiteral("mifos");
    endpoint.password = QStringLiteral("wrong");
    PaymentHubClient badPassword(endpoint);
    const auto refusedRead = badPassword.get(QStringLiteral("/api/v1/batches"));
    QVERIFY(std::holds_alternative<HubError>(refusedRead));
    QVERIFY2(std::get<HubError>(refusedRead).message.contains(QStringLiteral("credentials")), qPrintable(std::get<HubError>(refusedRead).message));

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
    QCOMPARE(std::get<QJsonDocument>(listed).object().value(QStringLiteral("totalBatches")).toInt(), int(fixture.batches.size()));
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
    hasty.graceSeconds = 0;
    hasty.repostConfirmed = true;
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
    const PaymentBatch batch = *BatchRepository(*fixture.database).find(batchId);
    {
        const QByteArray page = QJsonDocument(QJsonObject{{QStringLiteral("content"),
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
    QCOMPARE(BatchRepository(*fixture.database).find(batchId)->hubBatchId, QStringLiteral("old-hub-7"));
    QCOMPARE(BatchRepository(*fixture.database).find(batchId)->sendAttempts, 1);
}

void TestBatchSender::twoSendersRace()
{
    QFETCH(QString, backend);
    const QString location = m_databases.freshLocation(backend);
    Fixture fixture = prepared(location, 40);
    QVERIFY(!fixture.batches.isEmpty());
    // Two processes' worth: each sender has its own connection, in its own thread, and both send
    // every batch at the same moment. Each batch leaves once.
    std::atomic<int> posts{0};
    std::atomic<int> go{0};
    auto racer = [&] {
        QString error;
        const auto database = Database::open(location, &error);
        PaymentHubChannel channel(endpoint(), m_key.get());
        BatchSender sender(*database, channel, {});
        ++go;
        while (go.load() < 2) {
            QThread::yieldCurrentThread();
        }
        for (const qint64 batchId : std::as_const(fixture.batches)) {
            if (sender.send(batchId, kChecker).posted) {
                ++posts;
            }
        }
    };
    std::unique_ptr<QThread> first(QThread::create(racer));
    std::unique_ptr<QThread> second(QThread::create(racer));
    first->start();
    second->start();
    QVERIFY(first->wait(60000) && second->wait(60000));
    QCOMPARE(posts.load(), int(fixture.batches.size()));
    for (const PaymentBatch& batch : BatchRepository(*fixture.database).batchesOf(fixture.cycleId)) {
        QCOMPARE(batch.state, BatchState::Sent);
        QCOMPARE(batch.sendAttempts, 1);
    }
    expectExactlyOnce(fixture);
}

QTEST_GUILESS_MAIN(TestBatchSender)
#include "tst_batchsender.moc"
