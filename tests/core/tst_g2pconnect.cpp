#include "HubSimProcess.h"
#include "PreparedCycle.h"
#include "StoredBatch.h"
#include "TestClock.h"
#include "TestDatabases.h"
#include "TestKeys.h"

#include "batching/BatchRepository.h"
#include "batching/PaymentPreparer.h"
#include "batching/SigningKey.h"
#include "disbursement/BatchSender.h"
#include "disbursement/G2pConnectChannel.h"
#include "hub/G2pConnectClient.h"
#include "mapper/FinancialAddressResolver.h"
#include "programs/Program.h"
#include "reconciliation/PaymentReconciler.h"
#include "registry/DemoRegistryGenerator.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The G2P Connect backend end to end against a real paydesk-hubsim over loopback: the
// ID-to-account mapper resolving registry ids before batching (the unresolved listed, never
// batched), batches sent through disburse exactly once with the hub misbehaving, and reconciled
// from txn/status; on SQLite and PostgreSQL.
class TestG2pConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolvesSendsAndReconciles_data() { TestDatabases::addBackendRows(); }
    void resolvesSendsAndReconciles();
    void droppedAnswerIsFoundNotResent();
    void serverErrorIsPostedAgainOnlyOnceAbsent();
    void aSecondPostOfATakenBatchMovesNothing();
    void mapperFailuresStoreNothingFalse();
    void addressesAreAskedAgainOnceTooOld();
    void asynchronousMapperAnswersByCallback();
    void signedRequestsAreCheckedByTheReceiver();

private:
    // A cycle whose addresses were resolved through mapper (endpoint()'s when empty) before preparing.
    // settings are added to the program's backend settings.
    PreparedCycle resolvedCycle(const QString& location, AddressResolution* resolution = nullptr,
                                const HubEndpoint& mapper = {}, const QJsonObject& settings = {});
    HubEndpoint endpoint() const;
    qint64 scalar(Database& database, const QString& sql) const;
    void expectExactlyOnce(const PreparedCycle& cycle);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    HubSimProcess m_hub;
    QHash<QString, QString> m_mapped; // registry id -> financial address the sandbox's mapper holds
    QStringList m_notMapped;
    std::unique_ptr<SigningKey> m_senderKey; // Ed25519: the sandbox knows its public key for sender "signer"
    std::unique_ptr<SigningKey> m_otherKey;
    int m_fixtures = 0;

    static constexpr quint32 kSeed = 11;
    static constexpr int kRows = 45;
};

void TestG2pConnect::initTestCase()
{
    // The registry every fixture is made from (same seed, same rows), read for its ids.
    QFile registry(m_dir.filePath(QStringLiteral("ids.csv")));
    QString error;
    QVERIFY(registry.open(QIODevice::WriteOnly));
    QVERIFY(DemoRegistryGenerator(kSeed, 0.0).write(&registry, kRows, &error));
    registry.close();
    QVERIFY(registry.open(QIODevice::ReadOnly));
    registry.readLine(); // header
    QJsonObject mapper;
    int index = 0;
    while (!registry.atEnd()) {
        const QString id = QString::fromUtf8(registry.readLine()).section(u',', 0, 0);
        // Every fifth is unknown to the mapper; accounts ending in 3 are refused by the payee's bank.
        if (index % 5 == 4) {
            m_notMapped.append(id);
        } else {
            const QString fa = QStringLiteral("account:%1@rhino.dfsp1.bank_acc").arg(1000000 + index);
            m_mapped.insert(id, fa);
            mapper.insert(id, fa);
        }
        ++index;
    }
    QFile mapperFile(m_dir.filePath(QStringLiteral("mapper.json")));
    QVERIFY(mapperFile.open(QIODevice::WriteOnly));
    mapperFile.write(QJsonDocument(mapper).toJson());
    mapperFile.close();
    QVERIFY(makeTestEd25519Key(m_dir.filePath(QStringLiteral("signer.pem")),
                               m_dir.filePath(QStringLiteral("signer-public.pem"))));
    QVERIFY(makeTestEd25519Key(m_dir.filePath(QStringLiteral("other.pem")),
                               m_dir.filePath(QStringLiteral("other-public.pem"))));
    m_senderKey = SigningKey::fromFile(m_dir.filePath(QStringLiteral("signer.pem")), {}, &error);
    m_otherKey = SigningKey::fromFile(m_dir.filePath(QStringLiteral("other.pem")), {}, &error);
    QVERIFY(m_senderKey && m_otherKey);
    QVERIFY(m_hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                        {QStringLiteral("--g2p-sender"),
                         QStringLiteral("signer,%1").arg(m_dir.filePath(QStringLiteral("signer-public.pem"))),
                         QStringLiteral("--mapper"), mapperFile.fileName(), QStringLiteral("--fail-pattern"),
                         QStringLiteral("[0-9]*3"), QStringLiteral("--fail-code"), QStringLiteral("5103"),
                         QStringLiteral("--time-scale"), QStringLiteral("1000")}));
}

HubEndpoint TestG2pConnect::endpoint() const
{
    HubEndpoint endpoint = m_hub.endpoint(QString());
    endpoint.mapperUrl = endpoint.bulkUrl;
    endpoint.senderId = QStringLiteral("paydesk-test");
    return endpoint;
}

qint64 TestG2pConnect::scalar(Database& database, const QString& sql) const
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

PreparedCycle TestG2pConnect::resolvedCycle(const QString& location, AddressResolution* resolution,
                                            const HubEndpoint& mapper, const QJsonObject& settings)
{
    ++m_fixtures;
    PreparedCycle::Options options;
    options.maxBatchRows = 6;
    options.configure = [settings](Program& program) {
        program.backend = PaymentBackend::G2pConnect;
        program.payeeIdType = PartyIdType::RegistryId;
        QJsonObject json{{QStringLiteral("sender_id"), QStringLiteral("paydesk-test")},
                         {QStringLiteral("hub"), QStringLiteral("sandbox")}};
        for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
            json.insert(it.key(), it.value());
        }
        program.hubSettings = HubSettings::fromJson(json);
    };
    const HubEndpoint asked = mapper.mapperUrl.isEmpty() ? endpoint() : mapper;
    options.beforePreparing = [resolution, asked](Database& database, qint64 cycleId) {
        G2pConnectClient client(asked);
        const AddressResolution result = FinancialAddressResolver(database).resolve(
            cycleId, client, asked.mapperUrl.toString(), PreparedCycle::maker);
        if (resolution) {
            *resolution = result;
        }
    };
    return PreparedCycle::make(location, m_dir.filePath(QStringLiteral("registry-%1.csv").arg(m_fixtures)), kSeed,
                               kRows, options);
}

void TestG2pConnect::expectExactlyOnce(const PreparedCycle& cycle)
{
    // Money moved once for every payment whose bank takes it, never for the others: none twice.
    QHash<QString, int> expected;
    QSqlQuery payments(cycle.database->connection());
    QVERIFY(payments.exec(QStringLiteral("SELECT request_id, payee_address FROM payment")));
    while (payments.next()) {
        expected.insert(payments.value(0).toString(),
                        payments.value(1).toString().contains(QStringLiteral("3@")) ? 0 : 1);
    }
    QCOMPARE(expected.size(), cycle.requestIds.size());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QJsonObject ledger = m_hub.ledger();
            return std::all_of(expected.keyBegin(), expected.keyEnd(),
                               [&](const QString& id) { return ledger.value(id).toInt() >= expected.value(id); });
        }(),
        10000);
    const QJsonObject ledger = m_hub.ledger();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(ledger.value(it.key()).toInt(), it.value());
    }
}

void TestG2pConnect::resolvesSendsAndReconciles()
{
    QFETCH(QString, backend);
    AddressResolution resolution;
    PreparedCycle cycle = resolvedCycle(m_databases.freshLocation(backend), &resolution);
    QVERIFY(cycle.database);
    Database& database = *cycle.database;

    // Every beneficiary of the cycle was asked; the mapper's unknown ones are kept unresolved, with its reason.
    QVERIFY2(resolution.succeeded, qPrintable(resolution.error));
    const qint64 entitled =
        scalar(database, QStringLiteral("SELECT COUNT(*) FROM entitlement WHERE state = 'approved'"));
    QVERIFY(entitled > 10);
    QCOMPARE(resolution.asked, entitled);
    QVERIFY(resolution.unresolved > 0);
    QCOMPARE(resolution.resolved + resolution.unresolved, entitled);
    QCOMPARE(
        scalar(database,
               QStringLiteral(
                   "SELECT COUNT(*) FROM financial_address WHERE resolved = 0 AND reason LIKE '%(succ.id.not_found)'")),
        resolution.unresolved);
    QCOMPARE(
        scalar(database,
               QStringLiteral("SELECT COUNT(*) FROM financial_address WHERE mapper = '%1' AND resolved_by = 'amina' "
                              "AND resolved_at LIKE '20__-__-__T%'")
                   .arg(endpoint().mapperUrl.toString())),
        entitled);
    QString error;
    const QList<AddressResolution::Unresolved> listed =
        FinancialAddressResolver(database).unresolved(cycle.cycleId, 1000, &error);
    QCOMPARE(listed.size(), resolution.unresolved);
    for (const AddressResolution::Unresolved& one : listed) {
        QVERIFY2(m_notMapped.contains(one.registryId), qPrintable(one.registryId));
        QVERIFY2(one.reason.contains(QStringLiteral("succ.id.not_found")), qPrintable(one.reason));
    }
    // Only resolved beneficiaries were batched, each at the address the mapper gave.
    QCOMPARE(qint64(cycle.requestIds.size()), resolution.resolved);
    QSqlQuery payees(database.connection());
    QVERIFY(payees.exec(
        QStringLiteral("SELECT b.registry_id, p.payee_type, p.payee_address FROM payment p "
                       "JOIN entitlement e ON e.id = p.entitlement_id JOIN beneficiary b ON b.id = e.beneficiary_id")));
    int paid = 0;
    while (payees.next()) {
        QCOMPARE(payees.value(1).toString(), QStringLiteral("fa"));
        QCOMPARE(payees.value(2).toString(), m_mapped.value(payees.value(0).toString()));
        ++paid;
    }
    QCOMPARE(paid, cycle.requestIds.size());
    // The batch files are G2P Connect disburse requests with the batch's correlation id as transaction id.
    const auto first = storedBatch(database, cycle.batches.first());
    const QJsonObject request = QJsonDocument::fromJson(first->file).object();
    QCOMPARE(request.value(QStringLiteral("message")).toObject().value(QStringLiteral("transaction_id")).toString(),
             first->correlationId);

    G2pConnectChannel channel(endpoint(), nullptr);
    BatchSender sender(database, channel, {});
    for (const qint64 batchId : std::as_const(cycle.batches)) {
        const SendOutcome outcome = sender.send(batchId, PreparedCycle::checker);
        QVERIFY2(outcome.state == BatchState::Sent, qPrintable(outcome.message));
    }
    expectExactlyOnce(cycle);

    // txn/status tells who was paid and who was refused, with the refusal's reason.
    bool distributed = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        (PaymentReconciler(database).pollCycle(cycle.cycleId, endpoint(), PreparedCycle::checker, &distributed, &error),
         scalar(database, QStringLiteral("SELECT COUNT(*) FROM payment WHERE state NOT IN ('paid', 'failed')")) == 0),
        20000);
    const qint64 failed = scalar(database, QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'failed'"));
    QVERIFY(failed > 0);
    QCOMPARE(scalar(database, QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'failed' AND "
                                             "(payee_address NOT LIKE '%3@%' OR failure_reason NOT LIKE '%5103%')")),
             0);
    QCOMPARE(scalar(database,
                    QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'paid' AND payee_address LIKE '%3@%'")),
             0);
    QCOMPARE(
        scalar(database,
               QStringLiteral(
                   "SELECT COUNT(*) FROM payment_batch WHERE state NOT IN ('completed', 'completed_with_failures')")),
        0);
}

void TestG2pConnect::droppedAnswerIsFoundNotResent()
{
    PreparedCycle cycle = resolvedCycle(m_databases.freshLocation(QStringLiteral("sqlite")));
    QVERIFY(cycle.database);
    G2pConnectChannel channel(endpoint(), nullptr);
    BatchSender sender(*cycle.database, channel, {});
    // The receiver takes the request and closes the connection unanswered: uncertain.
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {{QStringLiteral("dropAfterAccept"), 1}}), 200);
    const qint64 batchId = cycle.batches.first();
    const SendOutcome dropped = sender.send(batchId, PreparedCycle::checker);
    QCOMPARE(dropped.state, BatchState::Sending);
    QVERIFY(dropped.uncertain());
    // Resolving asks the status of its payments: the receiver has them, so it is sent, never posted again.
    const SendOutcome found = sender.resolve(batchId, PreparedCycle::checker);
    QVERIFY2(found.state == BatchState::Sent, qPrintable(found.message));
    QCOMPARE(storedBatch(*cycle.database, batchId)->sendAttempts, 1);
    for (const qint64 other : cycle.batches.mid(1)) {
        QCOMPARE(sender.send(other, PreparedCycle::checker).state, BatchState::Sent);
    }
    expectExactlyOnce(cycle);
}

void TestG2pConnect::serverErrorIsPostedAgainOnlyOnceAbsent()
{
    PreparedCycle cycle = resolvedCycle(m_databases.freshLocation(QStringLiteral("sqlite")));
    QVERIFY(cycle.database);
    G2pConnectChannel channel(endpoint(), nullptr);
    BatchSender::Options patient;
    patient.graceSeconds = 3600;
    BatchSender sender(*cycle.database, channel, patient);
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {{QStringLiteral("serverErrors"), 1}}), 200);
    const qint64 batchId = cycle.batches.first();
    QCOMPARE(sender.send(batchId, PreparedCycle::checker).state, BatchState::Sending);
    // Not on the receiver, but within the grace period: it stays uncertain.
    const SendOutcome waiting = sender.resolve(batchId, PreparedCycle::checker);
    QCOMPARE(waiting.state, BatchState::Sending);
    QVERIFY(!waiting.mayRepost);
    // After it on the receiver's clock (an hour and a minute later), and only once an officer
    // confirms, the same request is posted again.
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {{QStringLiteral("clockOffsetMs"), 3660000.0}}), 200);
    BatchSender unconfirmed(*cycle.database, channel, patient);
    const SendOutcome asks = unconfirmed.resolve(batchId, PreparedCycle::checker);
    QCOMPARE(asks.state, BatchState::Sending);
    QVERIFY2(asks.mayRepost, qPrintable(asks.message));
    patient.repostConfirmed = {batchId};
    BatchSender confirmed(*cycle.database, channel, patient);
    const SendOutcome reposted = confirmed.resolve(batchId, PreparedCycle::checker);
    QVERIFY2(reposted.state == BatchState::Sent, qPrintable(reposted.message));
    QCOMPARE(storedBatch(*cycle.database, batchId)->sendAttempts, 2);
    QCOMPARE(m_hub.post(QStringLiteral("/sim/faults"), {}), 200);
    for (const qint64 other : cycle.batches.mid(1)) {
        QCOMPARE(sender.send(other, PreparedCycle::checker).state, BatchState::Sent);
    }
    expectExactlyOnce(cycle);
}

void TestG2pConnect::aSecondPostOfATakenBatchMovesNothing()
{
    PreparedCycle cycle = resolvedCycle(m_databases.freshLocation(QStringLiteral("sqlite")));
    QVERIFY(cycle.database);
    const auto batch = storedBatch(*cycle.database, cycle.batches.first());
    G2pConnectChannel channel(endpoint(), nullptr);
    const auto first = channel.submit(*batch);
    QVERIFY(std::holds_alternative<QString>(first));
    QCOMPARE(std::get<QString>(first), batch->correlationId);
    // The very same request again: the receiver knows its message id, and PayDesk does not take
    // that for a refusal (nothing would be retried) nor for acceptance: it asks, and finds it.
    const auto again = channel.submit(*batch);
    QVERIFY(std::holds_alternative<HubError>(again));
    QVERIFY(!std::get<HubError>(again).isDefinitive());
    QVERIFY2(std::get<HubError>(again).message.contains(QStringLiteral("rjct.message_id.duplicate")),
             qPrintable(std::get<HubError>(again).message));
    const auto found = channel.find(*batch, QDateTime(), DisbursementChannel::Freshness::Now);
    QVERIFY(std::holds_alternative<HubLookup>(found));
    QCOMPARE(std::get<HubLookup>(found).hubBatchId, batch->correlationId);
    QVERIFY(std::get<HubLookup>(found).hubTime.isValid()); // the receiver's clock, from its Date header
    // The same payments under a new message id: each refused as a duplicate reference id, read as "taken".
    QJsonObject request = QJsonDocument::fromJson(batch->file).object();
    QJsonObject header = request.value(QStringLiteral("header")).toObject();
    header.insert(QStringLiteral("message_id"), QStringLiteral("another-message"));
    request.insert(QStringLiteral("header"), header);
    PaymentBatch copy = *batch;
    copy.file = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const auto duplicate = channel.submit(copy);
    QVERIFY(std::holds_alternative<QString>(duplicate));
    QTest::qWait(500); // what the sandbox would pay twice would be paid by now (time scale 1000)
    const QJsonObject ledger = m_hub.ledger();
    for (const QString& id : cycle.requestIds) {
        QVERIFY(ledger.value(id).toInt() <= 1);
    }
    QVERIFY(std::any_of(cycle.requestIds.cbegin(), cycle.requestIds.cend(),
                        [&ledger](const QString& id) { return ledger.value(id).toInt() == 1; }));
}

void TestG2pConnect::mapperFailuresStoreNothingFalse()
{
    AddressResolution resolution;
    PreparedCycle cycle = resolvedCycle(m_databases.freshLocation(QStringLiteral("sqlite")), &resolution);
    QVERIFY(cycle.database);
    Database& database = *cycle.database;
    const qint64 stored = scalar(database, QStringLiteral("SELECT COUNT(*) FROM financial_address"));
    const QString before =
        QStringLiteral("SELECT group_concat(resolved || fa || resolved_at, ';') FROM financial_address");
    QSqlQuery snapshot(database.connection());
    QVERIFY(snapshot.exec(before) && snapshot.next());
    const QString kept = snapshot.value(0).toString();

    // A mapper nobody answers at: an error naming it, and what PayDesk knew stays as it was.
    HubEndpoint nowhere = endpoint();
    nowhere.mapperUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    nowhere.opsAttempts = 1;
    G2pConnectClient absent(nowhere);
    const AddressResolution down = FinancialAddressResolver(database).resolve(
        cycle.cycleId, absent, nowhere.mapperUrl.toString(), PreparedCycle::maker, 0);
    QVERIFY(!down.succeeded);
    QVERIFY2(down.error.contains(QStringLiteral("127.0.0.1:9")), qPrintable(down.error));
    QCOMPARE(down.asked, 0);
    QVERIFY(snapshot.exec(before) && snapshot.next());
    QCOMPARE(snapshot.value(0).toString(), kept);

    // A mapper that refuses the whole request in its header (no sender id): its reason code, nothing stored.
    HubEndpoint anonymous = endpoint();
    anonymous.senderId.clear();
    G2pConnectClient refusing(anonymous);
    const AddressResolution refused = FinancialAddressResolver(database).resolve(
        cycle.cycleId, refusing, anonymous.mapperUrl.toString(), PreparedCycle::maker, 0);
    QVERIFY(!refused.succeeded);
    QVERIFY2(refused.error.contains(QStringLiteral("rjct.header.invalid")), qPrintable(refused.error));
    QVERIFY(snapshot.exec(before) && snapshot.next());
    QCOMPARE(snapshot.value(0).toString(), kept);
    QCOMPARE(scalar(database, QStringLiteral("SELECT COUNT(*) FROM financial_address")), stored);

    // Resolved recently enough: not asked again.
    G2pConnectClient mapper(endpoint());
    const AddressResolution again = FinancialAddressResolver(database).resolve(
        cycle.cycleId, mapper, endpoint().mapperUrl.toString(), PreparedCycle::maker);
    QVERIFY2(again.succeeded, qPrintable(again.error));
    QCOMPARE(again.alreadyKnown, resolution.resolved);
    QCOMPARE(again.asked, resolution.unresolved); // the unresolved are asked again

    // A look-up moves no money: a checker may ask too (before approving), a viewer may not.
    const AddressResolution checker = FinancialAddressResolver(database).resolve(
        cycle.cycleId, mapper, endpoint().mapperUrl.toString(), PreparedCycle::checker);
    QVERIFY2(checker.succeeded, qPrintable(checker.error));
    Officer viewer = PreparedCycle::checker;
    viewer.id = QStringLiteral("viewer.one");
    viewer.role = OfficerRole::Viewer;
    const AddressResolution byViewer =
        FinancialAddressResolver(database).resolve(cycle.cycleId, mapper, endpoint().mapperUrl.toString(), viewer);
    QVERIFY(!byViewer.succeeded);
    QCOMPARE(byViewer.asked, 0);
    QVERIFY2(byViewer.error.contains(QStringLiteral("viewer")), qPrintable(byViewer.error));
}

void TestG2pConnect::addressesAreAskedAgainOnceTooOld()
{
    AddressResolution first;
    PreparedCycle cycle = resolvedCycle(m_databases.freshLocation(QStringLiteral("sqlite")), &first);
    QVERIFY(cycle.database);
    QVERIFY2(first.succeeded, qPrintable(first.error));
    QVERIFY(first.resolved > 0 && first.unresolved > 0);
    G2pConnectClient client(endpoint());
    const QString mapperName = endpoint().mapperUrl.toString();

    // Within the age limit by the clock, what the mapper resolved is known; only the unresolved are asked again.
    TestClock clock(QDateTime::currentDateTimeUtc().addDays(FinancialAddressResolver::kDefaultMaxAgeDays - 1));
    const AddressResolution soon = FinancialAddressResolver(*cycle.database, clock)
                                       .resolve(cycle.cycleId, client, mapperName, PreparedCycle::maker);
    QVERIFY2(soon.succeeded, qPrintable(soon.error));
    QCOMPARE(soon.alreadyKnown, first.resolved);
    QCOMPARE(soon.asked, first.unresolved);

    // Past it, every address is asked again; and what is stored carries the clock's time.
    clock.advanceSeconds(2 * 24 * 3600);
    const AddressResolution late = FinancialAddressResolver(*cycle.database, clock)
                                       .resolve(cycle.cycleId, client, mapperName, PreparedCycle::maker);
    QVERIFY2(late.succeeded, qPrintable(late.error));
    QCOMPARE(late.alreadyKnown, 0);
    QCOMPARE(late.asked, first.resolved + first.unresolved);
    QCOMPARE(scalar(*cycle.database, QStringLiteral("SELECT COUNT(*) FROM financial_address WHERE resolved_at = '%1'")
                                         .arg(clock.now().toString(Qt::ISODateWithMs))),
             late.asked);
}

void TestG2pConnect::asynchronousMapperAnswersByCallback()
{
    // Asked on /mapper/resolve, the mapper acknowledges, then posts its answer to PayDesk's callback.
    HubEndpoint asynchronous = endpoint();
    asynchronous.mapperCallbackUrl = QUrl(QStringLiteral("http://127.0.0.1:0/callback/mapper"));
    AddressResolution resolution;
    PreparedCycle cycle = resolvedCycle(m_databases.freshLocation(QStringLiteral("sqlite")), &resolution, asynchronous);
    QVERIFY(cycle.database);
    QVERIFY2(resolution.succeeded, qPrintable(resolution.error));
    QVERIFY(resolution.resolved > 0 && resolution.unresolved > 0);
    QCOMPARE(resolution.asked,
             scalar(*cycle.database, QStringLiteral("SELECT COUNT(*) FROM entitlement WHERE state = 'approved'")));
    QCOMPARE(qint64(cycle.requestIds.size()), resolution.resolved);
    QCOMPARE(
        scalar(*cycle.database,
               QStringLiteral("SELECT COUNT(*) FROM financial_address WHERE resolved = 1 AND fa LIKE 'account:%'")),
        resolution.resolved);
    // A request the mapper does not acknowledge (no sender id): refused, with its code, nothing waited for.
    asynchronous.senderId.clear();
    G2pConnectClient refused(asynchronous);
    const auto answer = refused.resolve({m_mapped.keys().first()});
    QVERIFY(std::holds_alternative<HubError>(answer));
    QVERIFY2(std::get<HubError>(answer).message.contains(QStringLiteral("NACK")),
             qPrintable(std::get<HubError>(answer).message));
    QVERIFY2(std::get<HubError>(answer).message.contains(QStringLiteral("rjct.header.invalid")),
             qPrintable(std::get<HubError>(answer).message));
}

void TestG2pConnect::signedRequestsAreCheckedByTheReceiver()
{
    // A program that signs its requests as sender "signer", whose public key the receiver holds.
    PreparedCycle cycle = resolvedCycle(m_databases.freshLocation(QStringLiteral("sqlite")), nullptr, {},
                                        {{QStringLiteral("sender_id"), QStringLiteral("signer")},
                                         {QStringLiteral("signing_key_id"), QStringLiteral("signer-2027")}});
    QVERIFY(cycle.database && cycle.batches.size() >= 2);
    HubEndpoint signing = endpoint();
    signing.signingKeyId = QStringLiteral("signer-2027");
    const qint64 first = cycle.batches.first();
    // Without its key nothing leaves, and the batch stays ready.
    G2pConnectChannel keyless(signing, nullptr);
    const SendOutcome refusedHere = BatchSender(*cycle.database, keyless, {}).send(first, PreparedCycle::checker);
    QCOMPARE(storedBatch(*cycle.database, first)->state, BatchState::Ready);
    QVERIFY2(refusedHere.message.contains(QStringLiteral("Ed25519")), qPrintable(refusedHere.message));
    // Signed with another key: the receiver refuses it, nothing moved.
    G2pConnectChannel wrongKey(signing, m_otherKey.get());
    const SendOutcome refused = BatchSender(*cycle.database, wrongKey, {}).send(first, PreparedCycle::checker);
    QCOMPARE(refused.state, BatchState::Rejected);
    QVERIFY2(refused.message.contains(QStringLiteral("rjct.signature.invalid")), qPrintable(refused.message));
    // With its own key every batch is taken, each payment once.
    G2pConnectChannel signer(signing, m_senderKey.get());
    BatchSender sender(*cycle.database, signer, {});
    for (const qint64 batchId : std::as_const(cycle.batches)) {
        const SendOutcome outcome = sender.send(batchId, PreparedCycle::checker);
        QVERIFY2(outcome.state == BatchState::Sent, qPrintable(outcome.message));
    }
    expectExactlyOnce(cycle);
}

QTEST_GUILESS_MAIN(TestG2pConnect)
#include "tst_g2pconnect.moc"
