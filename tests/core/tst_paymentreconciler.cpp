#include "HubSimProcess.h"
#include "PreparedCycle.h"
#include "StoredBatch.h"
#include "TestDatabases.h"
#include "TestKeys.h"

#include "audit/AuditLog.h"
#include "batching/BatchRepository.h"
#include "batching/PaymentPreparer.h"
#include "batching/SigningKey.h"
#include "disbursement/BatchSender.h"
#include "disbursement/PaymentHubChannel.h"
#include "disbursement/PaymentReissue.h"
#include "hub/PaymentHubClient.h"
#include "programs/CycleService.h"
#include "reconciliation/PaymentReconciler.h"
#include "review/BatchFileRows.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Reconciling sent batches against a real paydesk-hubsim whose outcome rules fail some payees:
// payments end paid or failed with the hub's reason, batches complete only when every payment is
// final, and running it again changes nothing. Offline, the same from a result file.
class TestPaymentReconciler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pollsUntilEveryPaymentIsFinal_data() { TestDatabases::addBackendRows(); }
    void pollsUntilEveryPaymentIsFinal();
    void appliesAResultFileOffline();
    void resultFilesNeverUnsettleWhatIsFinal();
    void readsAheadAndKeepsEachBatchsOwnOutcome();
    void failedPaymentsArePaidAgainUnderFourEyes_data() { TestDatabases::addBackendRows(); }
    void failedPaymentsArePaidAgainUnderFourEyes();

private:
    PreparedCycle sentCycle(const QString& location);
    HubEndpoint endpoint() const;

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    HubSimProcess m_hub;
    std::unique_ptr<SigningKey> m_key;
    int m_fixtures = 0;
};

void TestPaymentReconciler::initTestCase()
{
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    QVERIFY(makeTestKeyPair(key, certificate));
    QString error;
    m_key = SigningKey::fromFile(key, {}, &error);
    QVERIFY(m_key);
    // Slow enough that a first look finds transfers still running; payees ending in 3 or 7 fail
    // (a fifth of them: a cycle of some 60 payments without a failure is one chance in 700,000).
    QVERIFY(m_hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                        {QStringLiteral("--tenant"), QStringLiteral("greenbank,%1").arg(certificate),
                         QStringLiteral("--time-scale"), QStringLiteral("2"), QStringLiteral("--fail-pattern"),
                         QStringLiteral("[0-9]*[37]"), QStringLiteral("--fail-code"), QStringLiteral("3204")}));
}

HubEndpoint TestPaymentReconciler::endpoint() const
{
    return m_hub.endpoint(QStringLiteral("greenbank"));
}

PreparedCycle TestPaymentReconciler::sentCycle(const QString& location)
{
    ++m_fixtures;
    PreparedCycle cycle = PreparedCycle::make(
        location, m_dir.filePath(QStringLiteral("registry-%1.csv").arg(m_fixtures)), quint32(100 + m_fixtures), 120);
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*cycle.database, channel, {});
    for (const qint64 batchId : std::as_const(cycle.batches)) {
        sender.send(batchId, PreparedCycle::checker);
    }
    return cycle;
}

void TestPaymentReconciler::pollsUntilEveryPaymentIsFinal()
{
    QFETCH(QString, backend);
    PreparedCycle cycle = sentCycle(m_databases.freshLocation(backend));
    QVERIFY(cycle.batches.size() >= 2);
    PaymentHubClient hub(endpoint());
    PaymentReconciler reconciler(*cycle.database);
    // Just sent, the last batch's transfers are still running (or not started): it is not complete.
    const ReconcileOutcome early = reconciler.poll(cycle.batches.last(), hub, PreparedCycle::checker);
    QVERIFY2(early.succeeded, qPrintable(early.message));
    QCOMPARE(early.state, BatchState::Sent);
    QVERIFY(early.inFlight + early.missing > 0);
    // Then every payment ends, paid or failed with the hub's reason.
    for (const qint64 batchId : std::as_const(cycle.batches)) {
        QTRY_VERIFY_WITH_TIMEOUT(reconciler.poll(batchId, hub, PreparedCycle::checker).state != BatchState::Sent,
                                 30000);
    }
    QSqlQuery query(cycle.database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT payee_address, state, failure_reason FROM payment")));
    int paid = 0;
    int failed = 0;
    while (query.next()) {
        const bool failing = query.value(0).toString().endsWith(u'3') || query.value(0).toString().endsWith(u'7');
        QCOMPARE(query.value(1).toString(), failing ? QStringLiteral("failed") : QStringLiteral("paid"));
        if (failing) {
            QVERIFY2(query.value(2).toString().contains(QStringLiteral("3204")), qPrintable(query.value(2).toString()));
            ++failed;
        } else {
            ++paid;
        }
    }
    QVERIFY(paid > 0 && failed > 0);
    for (const PaymentBatch& batch : BatchRepository(*cycle.database).batchesOf(cycle.cycleId)) {
        QVERIFY(batch.state == BatchState::Completed || batch.state == BatchState::CompletedWithFailures);
    }
    // Again: nothing changes.
    for (const qint64 batchId : std::as_const(cycle.batches)) {
        const ReconcileOutcome again = reconciler.poll(batchId, hub, PreparedCycle::checker);
        QVERIFY(again.succeeded);
        QCOMPARE(again.changed, 0);
    }
}

void TestPaymentReconciler::appliesAResultFileOffline()
{
    PreparedCycle cycle = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")),
                                              m_dir.filePath(QStringLiteral("offline.csv")), 7, 20);
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*cycle.database, channel, {});
    const qint64 batchId = cycle.batches.first();
    QCOMPARE(sender.send(batchId, PreparedCycle::checker).state, BatchState::Sent);
    const PaymentBatch batch = *storedBatch(*cycle.database, batchId);
    // The batch detail export, as an officer would save it from the hub, once all has ended.
    QByteArray detail;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto response = OneShotHttp::exchange(
                QUrl(m_hub.operationsUrl.toString() + QStringLiteral("/api/v1/batch/detail?pageSize=1000&batchId=") +
                     batch.hubBatchId),
                "GET", {{"Platform-TenantId", "greenbank"}}, {}, 5000);
            detail = response.body;
            const QJsonArray rows = QJsonDocument::fromJson(detail).object().value(QStringLiteral("content")).toArray();
            return rows.size() == batch.rowCount && std::none_of(rows.begin(), rows.end(), [](const QJsonValue& row) {
                       return row.toObject().value(QStringLiteral("status")).toString() == u"IN_PROGRESS";
                   });
        }(),
        30000);
    PaymentReconciler reconciler(*cycle.database);
    const ReconcileOutcome applied = reconciler.apply(batchId, detail, PreparedCycle::checker);
    QVERIFY2(applied.succeeded, qPrintable(applied.message));
    QCOMPARE(applied.paid + applied.failed, batch.rowCount);
    QCOMPARE(applied.changed, batch.rowCount);
    QVERIFY(applied.state == BatchState::Completed || applied.state == BatchState::CompletedWithFailures);
    // A file that is not the hub's is refused, and nothing moves.
    const ReconcileOutcome broken = reconciler.apply(batchId, "not,a\nresult", PreparedCycle::checker);
    QVERIFY(!broken.succeeded);
    QCOMPARE(reconciler.apply(batchId, detail, PreparedCycle::checker).changed, 0);
}

void TestPaymentReconciler::resultFilesNeverUnsettleWhatIsFinal()
{
    // A made-up result file (DESIGN.md §1 rule 9): a viewer cannot apply it; a checker's is
    // audited with its SHA-256; "UNSUCCESSFUL" is no success; a row naming another amount, or one
    // reported twice with two statuses, settles nothing; and a file that calls a paid payment
    // failed changes nothing, but is flagged.
    PreparedCycle cycle = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")),
                                              m_dir.filePath(QStringLiteral("madeup.csv")), 17, 20);
    PaymentHubChannel channel(endpoint(), m_key.get());
    BatchSender sender(*cycle.database, channel, {});
    const qint64 batchId = cycle.batches.first();
    QCOMPARE(sender.send(batchId, PreparedCycle::checker).state, BatchState::Sent);
    const PaymentBatch batch = *storedBatch(*cycle.database, batchId);
    QString readError;
    const QList<BatchFileRows::Row> rows = BatchFileRows::read(batch.file, &readError);
    QVERIFY(rows.size() >= 4);
    const auto detailOf = [](const QList<QJsonObject>& transfers) {
        QJsonArray content;
        for (const QJsonObject& transfer : transfers) {
            content.append(transfer);
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("content"), content}}).toJson(QJsonDocument::Compact);
    };
    const auto transfer = [](const BatchFileRows::Row& row, const QString& status, const QString& amount = QString()) {
        return QJsonObject{{QStringLiteral("clientCorrelationId"), QStringLiteral("\"%1\"").arg(row.requestId)},
                           {QStringLiteral("payeePartyId"), row.payee},
                           {QStringLiteral("amount"), amount.isEmpty() ? row.amount : amount},
                           {QStringLiteral("currency"), row.currency},
                           {QStringLiteral("status"), status}};
    };
    PaymentReconciler reconciler(*cycle.database);
    const QByteArray allPaid = detailOf([&] {
        QList<QJsonObject> transfers;
        for (const BatchFileRows::Row& row : rows) {
            transfers.append(transfer(row, QStringLiteral("COMPLETED")));
        }
        return transfers;
    }());
    const Officer viewer{QStringLiteral("vera"), QStringLiteral("Vera"), OfficerRole::Viewer, true};
    const ReconcileOutcome refused = reconciler.apply(batchId, allPaid, viewer);
    QVERIFY(!refused.succeeded);
    QVERIFY2(refused.message.contains(QStringLiteral("checker")), qPrintable(refused.message));

    QList<QJsonObject> madeUp = {
        transfer(rows.at(0), QStringLiteral("COMPLETED")), transfer(rows.at(1), QStringLiteral("UNSUCCESSFUL")),
        transfer(rows.at(2), QStringLiteral("COMPLETED"), QStringLiteral("99999")),
        transfer(rows.at(3), QStringLiteral("COMPLETED")), transfer(rows.at(3), QStringLiteral("FAILED"))};
    const QByteArray file = detailOf(madeUp);
    const ReconcileOutcome applied = reconciler.apply(batchId, file, PreparedCycle::checker);
    QVERIFY2(applied.succeeded, qPrintable(applied.message));
    QCOMPARE(applied.paid, 1);     // row 0 only
    QCOMPARE(applied.inFlight, 1); // "UNSUCCESSFUL" is not a status PayDesk knows: nothing final
    QCOMPARE(applied.disputed, 2); // another amount; two statuses for one payment
    QCOMPARE(applied.changed, 1);
    QVERIFY(applied.state == BatchState::Sent);
    QVERIFY2(applied.message.contains(QStringLiteral("checker must look")), qPrintable(applied.message));
    QSqlQuery query(cycle.database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT request_id, state FROM payment WHERE batch_id = %1").arg(batchId)));
    QHash<QString, QString> states;
    while (query.next()) {
        states.insert(query.value(0).toString(), query.value(1).toString());
    }
    QCOMPARE(states.value(rows.at(0).requestId), QStringLiteral("paid"));
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(states.value(rows.at(i).requestId), QStringLiteral("sent"));
    }
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    QVERIFY(
        query.exec(
            QStringLiteral(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'batch.results_applied' AND after_state LIKE '%%1%'")
                .arg(sha256)) &&
        query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Final is final: a later file calling the paid payment failed changes nothing, and is flagged.
    const ReconcileOutcome contradicting =
        reconciler.apply(batchId, detailOf({transfer(rows.at(0), QStringLiteral("FAILED"))}), PreparedCycle::checker);
    QVERIFY2(contradicting.succeeded, qPrintable(contradicting.message));
    QCOMPARE(contradicting.contradicted, 1);
    QCOMPARE(contradicting.changed, 0);
    QVERIFY(query.exec(QStringLiteral("SELECT state FROM payment WHERE request_id = '%1'").arg(rows.at(0).requestId)) &&
            query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("paid"));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = 'batch.results_disputed'")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QVERIFY(AuditLog(*cycle.database).verify().intact);
}

void TestPaymentReconciler::readsAheadAndKeepsEachBatchsOwnOutcome()
{
    PreparedCycle cycle = sentCycle(m_databases.freshLocation(QStringLiteral("sqlite")));
    const qint64 unknown = 999999;
    const qint64 unreadable = cycle.batches.first();
    const HubEndpoint hub = endpoint();
    PaymentHubClient* client = nullptr; // made and used on the reading thread only
    std::unique_ptr<PaymentHubClient> owner;
    QList<ReconcileOutcome> outcomes;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            outcomes = PaymentReconciler(*cycle.database)
                           .reconcile(
                               cycle.batches + QList<qint64>{unknown},
                               [&](const PaymentBatch& batch) -> PaymentReconciler::Results {
                                   if (batch.id == unreadable) {
                                       return QStringLiteral("the hub is down");
                                   }
                                   if (!client) {
                                       owner = std::make_unique<PaymentHubClient>(hub);
                                       client = owner.get();
                                   }
                                   return PaymentReconciler::fetch(batch, *client);
                               },
                               PreparedCycle::checker);
            return std::all_of(outcomes.cbegin() + 1, outcomes.cend() - 1,
                               [](const ReconcileOutcome& outcome) { return outcome.state != BatchState::Sent; });
        }(),
        30000);
    // In order, one per batch: the unreadable one and the unknown one fail alone.
    QCOMPARE(outcomes.size(), cycle.batches.size() + 1);
    QCOMPARE(outcomes.first().batchId, unreadable);
    QVERIFY(!outcomes.first().succeeded);
    QCOMPARE(outcomes.first().message, QStringLiteral("the hub is down"));
    QCOMPARE(outcomes.last().batchId, unknown);
    QVERIFY(!outcomes.last().succeeded);
    QVERIFY2(outcomes.last().message.contains(QString::number(unknown)), qPrintable(outcomes.last().message));
    for (qsizetype i = 1; i + 1 < outcomes.size(); ++i) {
        QCOMPARE(outcomes.at(i).batchId, cycle.batches.at(i));
        QVERIFY2(outcomes.at(i).succeeded, qPrintable(outcomes.at(i).message));
    }
    QCOMPARE(storedBatch(*cycle.database, unreadable)->state, BatchState::Sent);
}

void TestPaymentReconciler::failedPaymentsArePaidAgainUnderFourEyes()
{
    QFETCH(QString, backend);
    PreparedCycle cycle = sentCycle(m_databases.freshLocation(backend));
    Database& database = *cycle.database;
    PaymentReconciler reconciler(database);
    // The whole cycle at once, until every payment is final and the cycle distributed.
    QString error;
    bool distributed = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        (reconciler.pollCycle(cycle.cycleId, endpoint(), PreparedCycle::checker, &distributed, &error), distributed),
        30000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(CycleService(database).find(cycle.cycleId, &error)->state, CycleState::Distributed);
    // Every final payment knows when it settled: the hub's completedAt.
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT COUNT(*) FROM payment WHERE settled_at = '' OR settled_at NOT LIKE '20%T%Z'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();

    PaymentReissue reissues(database);
    const QList<qint64> failed = reissues.reissuable(cycle.cycleId, &error);
    QVERIFY2(failed.size() >= 2, qPrintable(error));
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM payment WHERE state = 'paid' LIMIT 1")) && query.next());
    const qint64 paidPayment = query.value(0).toLongLong();
    query.finish();
    // Who may ask, for what, and who may decide.
    QVERIFY(!reissues.request(cycle.cycleId, {}, PreparedCycle::checker, &error));
    QVERIFY2(error.contains(QStringLiteral("maker's work")), qPrintable(error));
    error.clear();
    QVERIFY(!reissues.request(cycle.cycleId, {paidPayment}, PreparedCycle::maker, &error));
    QVERIFY2(error.contains(QString::number(paidPayment)), qPrintable(error));
    error.clear();
    const auto first = reissues.request(cycle.cycleId, {failed.first()}, PreparedCycle::maker, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(!reissues.request(cycle.cycleId, {failed.first()}, PreparedCycle::maker, &error)); // asked for already
    error.clear();
    QVERIFY(!reissues.approve(*first, PreparedCycle::maker, &error));
    QVERIFY2(error.contains(QStringLiteral("checker's work")), qPrintable(error));
    error.clear();
    QVERIFY2(reissues.reject(*first, PreparedCycle::checker, QStringLiteral("payee to check first"), &error),
             qPrintable(error));
    QVERIFY(!reissues.approve(*first, PreparedCycle::checker, &error)); // decided already
    QCOMPARE(CycleService(database).find(cycle.cycleId, &error)->state, CycleState::Distributed);
    QCOMPARE(reissues.reissuable(cycle.cycleId, &error), failed); // a rejection leaves them reissuable

    error.clear();
    const auto all = reissues.request(cycle.cycleId, {}, PreparedCycle::maker, &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(reissues.find(*all)->payments, failed.size());
    QCOMPARE(reissues.find(*all)->amountMinorUnits, 2500 * failed.size());
    QVERIFY(reissues.reissuable(cycle.cycleId, &error).isEmpty());
    QVERIFY2(reissues.approve(*all, PreparedCycle::checker, &error), qPrintable(error));
    // Approval reopens the cycle, which stays open until the new payments are final.
    QCOMPARE(CycleService(database).find(cycle.cycleId, &error)->state, CycleState::Approved);
    QVERIFY(!reconciler.closeCycleIfDone(cycle.cycleId, PreparedCycle::checker, &error));
    const PreparationResult again = PaymentPreparer(database).prepare(cycle.cycleId, PreparedCycle::maker);
    QVERIFY2(again.succeeded, qPrintable(again.error));
    QCOMPARE(again.reissued, failed.size());
    QCOMPARE(again.paymentsCreated, failed.size());
    QCOMPARE(reissues.find(*all)->state, QStringLiteral("done"));
    QVERIFY(!reconciler.closeCycleIfDone(cycle.cycleId, PreparedCycle::checker, &error)); // a new batch is not sent yet
    QStringList actions;
    for (const AuditEntry& entry :
         AuditLog(database).latest(6, QStringLiteral("cycle"), QString::number(cycle.cycleId))) {
        actions.append(entry.action);
    }
    for (const QString& action :
         {QStringLiteral("payments.reissue_requested"), QStringLiteral("payments.reissue_rejected"),
          QStringLiteral("payments.reissue_approved"), QStringLiteral("cycle.reopened"),
          QStringLiteral("cycle.prepare_payments")}) {
        QVERIFY2(actions.contains(action), qPrintable(actions.join(u',')));
    }
    QVERIFY(AuditLog(database).verify().intact);
}

QTEST_GUILESS_MAIN(TestPaymentReconciler)
#include "tst_paymentreconciler.moc"
