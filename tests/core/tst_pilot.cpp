#include "HubSimProcess.h"
#include "PreparedCycle.h"
#include "StoredBatch.h"
#include "TestDatabases.h"
#include "TestKeys.h"

#include "batching/BatchRepository.h"
#include "batching/SigningKey.h"
#include "disbursement/BatchSender.h"
#include "disbursement/PaymentHubChannel.h"
#include "disbursement/PilotRelease.h"
#include "disbursement/ReleasePolicyRepository.h"
#include "hub/PaymentHubClient.h"
#include "reconciliation/PaymentReconciler.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Pilot release against a real paydesk-hubsim that fails the payees whose phone ends in an odd
// digit (half of them): a cycle prepared under a pilot policy starts with one pilot batch; the rest
// is held until the pilot's results are final, then released when its failure rate is within the
// program's threshold and stopped, with the reasons, when it is not.
class TestPilot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pilotDecidesTheRest_data();
    void pilotDecidesTheRest();

private:
    TestDatabases m_databases;
    QTemporaryDir m_dir;
    HubSimProcess m_hub;
    std::unique_ptr<SigningKey> m_key;
};

void TestPilot::initTestCase()
{
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    QVERIFY(makeTestKeyPair(key, certificate));
    QString error;
    m_key = SigningKey::fromFile(key, {}, &error);
    QVERIFY(m_key);
    QVERIFY(m_hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                        {QStringLiteral("--tenant"), QStringLiteral("greenbank,%1").arg(certificate),
                         QStringLiteral("--fail-pattern"), QStringLiteral("[0-9]*[13579]"),
                         QStringLiteral("--fail-code"), QStringLiteral("3204")}));
}

void TestPilot::pilotDecidesTheRest_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("maxFailedPerMille");
    QTest::addColumn<bool>("released");
    for (const QString& backend : TestDatabases::backends()) {
        // Twenty pilot payments with none failing: one chance in a million.
        QTest::addRow("%s stopped at 0 %%", qPrintable(backend)) << backend << 0 << false;
        QTest::addRow("%s released at 100 %%", qPrintable(backend)) << backend << 1000 << true;
    }
}

void TestPilot::pilotDecidesTheRest()
{
    QFETCH(QString, backend);
    QFETCH(int, maxFailedPerMille);
    QFETCH(bool, released);
    PreparedCycle::Options options;
    options.maxBatchRows = 40;
    options.beforePreparing = [maxFailedPerMille](Database& database, qint64) {
        ReleasePolicy policy;
        policy.pilotPayments = 20;
        policy.pilotMaxFailedPerMille = maxFailedPerMille;
        QString error;
        if (!ReleasePolicyRepository(database).save(1, policy, PreparedCycle::maker, &error)) {
            qWarning("%s", qPrintable(error));
        }
    };
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u'%');
    PreparedCycle cycle = PreparedCycle::make(m_databases.freshLocation(backend),
                                              m_dir.filePath(tag + QStringLiteral(".csv")), 31, 120, options);
    QVERIFY(cycle.database);
    QVERIFY2(cycle.batches.size() >= 2, qPrintable(QString::number(cycle.batches.size())));
    Database& database = *cycle.database;
    QList<qint64> pilots;
    QList<qint64> rest;
    for (const qint64 id : std::as_const(cycle.batches)) {
        const PaymentBatch batch = *storedBatch(database, id);
        (batch.pilot ? pilots : rest).append(id);
        if (batch.pilot) {
            QCOMPARE(batch.rowCount, 20);
        }
    }
    QCOMPARE(pilots.size(), 1);

    PaymentHubChannel channel(m_hub.endpoint(QStringLiteral("greenbank")), m_key.get());
    BatchSender sender(database, channel, {});
    // Before the pilot has results, the rest is held: nothing posted.
    SendOutcome held = sender.send(rest.first(), PreparedCycle::checker);
    QVERIFY(!held.posted);
    QCOMPARE(held.state, BatchState::Ready);
    QVERIFY2(held.message.contains(QStringLiteral("is held: the pilot has no final results yet")),
             qPrintable(held.message));
    QVERIFY2(held.message.contains(QStringLiteral("0 paid, 0 failed, 20 in flight of 20 payments")),
             qPrintable(held.message));

    const SendOutcome pilot = sender.send(pilots.first(), PreparedCycle::checker);
    QVERIFY2(pilot.posted && pilot.state == BatchState::Sent, qPrintable(pilot.message));
    PaymentHubClient hub(m_hub.endpoint(QStringLiteral("greenbank")));
    PaymentReconciler reconciler(database);
    QTRY_VERIFY_WITH_TIMEOUT(reconciler.poll(pilots.first(), hub, PreparedCycle::checker).state != BatchState::Sent,
                             30000);

    // The pilot's outcome as the hub reported it, counted from the payments themselves.
    QSqlQuery query(database.connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT payee_address, state FROM payment WHERE batch_id = %1").arg(pilots.first())));
    int failed = 0;
    while (query.next()) {
        const bool odd = QStringLiteral("13579").contains(query.value(0).toString().right(1));
        QCOMPARE(query.value(1).toString(), odd ? QStringLiteral("failed") : QStringLiteral("paid"));
        failed += odd ? 1 : 0;
    }
    QVERIFY(failed > 0);
    QString error;
    const auto status = PilotRelease::status(database, cycle.cycleId, maxFailedPerMille, &error);
    QVERIFY2(status, qPrintable(error));
    QVERIFY(status->final);
    QCOMPARE(status->failed, failed);
    QCOMPARE(status->paid, 20 - failed);
    QCOMPARE(status->passed(), released);

    const SendOutcome next = sender.send(rest.first(), PreparedCycle::checker);
    if (released) {
        QVERIFY2(next.posted && next.state == BatchState::Sent, qPrintable(next.message));
    } else {
        QVERIFY(!next.posted);
        QCOMPARE(next.state, BatchState::Ready);
        QVERIFY2(next.message.contains(QStringLiteral("the pilot failed %1 of 20 payments").arg(failed)),
                 qPrintable(next.message));
        QVERIFY2(next.message.contains(QStringLiteral("the rest of the cycle is stopped")), qPrintable(next.message));
        QVERIFY2(next.message.contains(QStringLiteral("3204")), qPrintable(next.message)); // the hub's reason
        QCOMPARE(storedBatch(database, rest.first())->sendAttempts, 0);
    }
}

QTEST_GUILESS_MAIN(TestPilot)
#include "tst_pilot.moc"
