#include "CliRun.h"
#include "HubSimProcess.h"
#include "TestKeys.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The exactly-once promise under the worst an officer's machine can do: paydesk-cli is killed
// (SIGKILL on Linux, TerminateProcess on Windows: no clean-up runs) at random moments while it
// sends a cycle's batches, again and again, and started again each time. Afterwards the hub's
// ledger must show every payment executed exactly once: none lost, none twice; and reconciling
// finds every payment paid and the cycle distributed. Through Payment Hub EE and G2P Connect alike.
class TestSendCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSendersPayEachPaymentOnce_data();
    void killedSendersPayEachPaymentOnce();
};

void TestSendCrash::killedSendersPayEachPaymentOnce_data()
{
    QTest::addColumn<bool>("g2pConnect");
    QTest::newRow("payment_hub_ee") << false;
    QTest::newRow("g2p_connect") << true;
}

void TestSendCrash::killedSendersPayEachPaymentOnce()
{
    QFETCH(bool, g2pConnect);
    const QTemporaryDir dir; // a database and a hub of its own for each row
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
    QVERIFY(makeTestKeyPair(key, certificate));
    HubSimProcess hub;
    // A little latency on every answer widens the windows a kill can fall into.
    QVERIFY(hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                      {QStringLiteral("--tenant"), QStringLiteral("greenbank,%1").arg(certificate), QStringLiteral("--time-scale"),
                       QStringLiteral("1000"), QStringLiteral("--faults"), QStringLiteral("{\"latencyMs\":40}")}));

    // A cycle of many small batches, made through the CLI as an officer would.
    const CliRun cli(QStringLiteral(PAYDESK_CLI_PATH), dir.filePath(QStringLiteral("paydesk.sqlite")));
    QByteArray output;
    const bool prepared = g2pConnect
        ? cli.preparedCycle(dir.filePath(QStringLiteral("registry.csv")), 1500, QStringLiteral("10"), 2,
                            {QStringLiteral("--backend"), QStringLiteral("g2p_connect"), QStringLiteral("--bulk-url"), hub.bulkUrl.toString()}, {},
                            &output)
        : cli.preparedCycle(dir.filePath(QStringLiteral("registry.csv")), 1500, QStringLiteral("10"), 2, hub, &output);
    QVERIFY2(prepared, output.constData());

    // G2P Connect requests are not signed: no key.
    const QStringList send = QStringList{QStringLiteral("send"), QStringLiteral("1"), QStringLiteral("--officer"), QStringLiteral("c"),
                                         QStringLiteral("--yes"), QStringLiteral("--repost"), QStringLiteral("--grace-seconds"),
                                         QStringLiteral("1"), QStringLiteral("--timeout-ms"), QStringLiteral("3000")}
        + (g2pConnect ? QStringList() : QStringList{QStringLiteral("--key"), key});
    // Kill the sender at random moments; start it again each time.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill timings seed: %u", seed);
    QRandomGenerator random(seed);
    int kills = 0;
    int runs = 0;
    while (kills < 60 && runs < 400) {
        ++runs;
        QProcess sender;
        sender.start(QStringLiteral(PAYDESK_CLI_PATH),
                     send + QStringList{QStringLiteral("--database"), dir.filePath(QStringLiteral("paydesk.sqlite"))});
        QVERIFY(sender.waitForStarted());
        if (!sender.waitForFinished(int(random.bounded(20, 300)))) {
            sender.kill();
            sender.waitForFinished();
            ++kills;
        } else if (sender.exitCode() == 0) {
            break; // everything sent before the next kill
        }
    }
    QVERIFY2(kills >= 50, qPrintable(QStringLiteral("only %1 kills in %2 runs").arg(kills).arg(runs)));
    // Then let it finish: uncertain batches wait out the grace period, are found or posted again.
    int exitCode = -1;
    for (int attempt = 0; attempt < 30 && exitCode != 0; ++attempt) {
        exitCode = cli(send, &output);
        if (exitCode != 0) {
            QTest::qWait(1100);
        }
    }
    QVERIFY2(exitCode == 0, output.constData());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check-") + QString::fromLatin1(QTest::currentDataTag()));
    db.setDatabaseName(dir.filePath(QStringLiteral("paydesk.sqlite")));
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment_batch WHERE state <> 'sent'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT request_id FROM payment")));
    QStringList requestIds;
    while (query.next()) {
        requestIds.append(query.value(0).toString());
    }
    QVERIFY(requestIds.size() > 300);
    // Every payment executed exactly once; nothing else executed.
    QJsonObject ledger;
    QTRY_VERIFY_WITH_TIMEOUT((ledger = hub.ledger()).size() >= requestIds.size(), 20000);
    QCOMPARE(ledger.size(), requestIds.size());
    for (const QString& id : std::as_const(requestIds)) {
        QVERIFY2(ledger.value(id).toInt() == 1, qPrintable(QStringLiteral("%1 executed %2 times").arg(id).arg(ledger.value(id).toInt())));
    }
    // Reconciled: every payment paid, every batch complete, the cycle distributed.
    QVERIFY2(cli({QStringLiteral("reconcile"), QStringLiteral("1"), QStringLiteral("--watch"), QStringLiteral("1"), QStringLiteral("--officer"),
                  QStringLiteral("c")},
                 &output)
                 == 0,
             output.constData());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state <> 'paid'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT state FROM cycle WHERE id = 1")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("distributed"));
    QVERIFY(query.exec(QStringLiteral("SELECT SUM(send_attempts) - COUNT(*) FROM payment_batch")) && query.next());
    qInfo("%d kills in %d runs; %d payments in %d batches; %d posts beyond the first", kills, runs, int(requestIds.size()),
          int(requestIds.size() / 2), query.value(0).toInt());
}

QTEST_GUILESS_MAIN(TestSendCrash)
#include "tst_sendcrash.moc"
