#include "HubSimProcess.h"
#include "PreparedCycle.h"
#include "TestDatabases.h"
#include "TestKeys.h"

#include "batching/BatchRepository.h"
#include "batching/SigningKey.h"
#include "disbursement/BatchSender.h"
#include "hub/PaymentHubClient.h"
#include "reconciliation/PaymentReconciler.h"

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
    // Slow enough that a first look finds transfers still running; payees ending in 3 fail.
    QVERIFY(m_hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                        {QStringLiteral("--tenant"), QStringLiteral("greenbank,%1").arg(certificate), QStringLiteral("--time-scale"),
                         QStringLiteral("2"), QStringLiteral("--fail-pattern"), QStringLiteral("[0-9]*3"), QStringLiteral("--fail-code"),
                         QStringLiteral("3204")}));
}

HubEndpoint TestPaymentReconciler::endpoint() const
{
    return m_hub.endpoint(QStringLiteral("greenbank"));
}

PreparedCycle TestPaymentReconciler::sentCycle(const QString& location)
{
    ++m_fixtures;
    PreparedCycle cycle = PreparedCycle::make(location, m_dir.filePath(QStringLiteral("registry-%1.csv").arg(m_fixtures)),
                                              quint32(100 + m_fixtures), 40);
    PaymentHubClient hub(endpoint());
    BatchSender sender(*cycle.database, hub, m_key.get(), QStringLiteral("greenbank"), {});
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
        QTRY_VERIFY_WITH_TIMEOUT(reconciler.poll(batchId, hub, PreparedCycle::checker).state != BatchState::Sent, 30000);
    }
    QSqlQuery query(cycle.database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT payee_address, state, failure_reason FROM payment")));
    int paid = 0;
    int failed = 0;
    while (query.next()) {
        const bool failing = query.value(0).toString().endsWith(u'3');
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
    PaymentHubClient hub(endpoint());
    BatchSender sender(*cycle.database, hub, m_key.get(), QStringLiteral("greenbank"), {});
    const qint64 batchId = cycle.batches.first();
    QCOMPARE(sender.send(batchId, PreparedCycle::checker).state, BatchState::Sent);
    const PaymentBatch batch = *BatchRepository(*cycle.database).find(batchId);
    // The batch detail export, as an officer would save it from the hub, once all has ended.
    QByteArray detail;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto response = OneShotHttp::exchange(
                QUrl(m_hub.operationsUrl.toString() + QStringLiteral("/api/v1/batch/detail?pageSize=1000&batchId=") + batch.hubBatchId), "GET",
                {{"Platform-TenantId", "greenbank"}}, {}, 5000);
            detail = response.body;
            const QJsonArray rows = QJsonDocument::fromJson(detail).object().value(QStringLiteral("content")).toArray();
            return rows.size() == batch.rowCount
                && std::none_of(rows.begin(), rows.end(),
                                [](const QJsonValue& row) { return row.toObject().value(QStringLiteral("status")).toString() == u"IN_PROGRESS"; });
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

QTEST_GUILESS_MAIN(TestPaymentReconciler)
#include "tst_paymentreconciler.moc"
