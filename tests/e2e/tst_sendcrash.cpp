#include "CliRun.h"
#include "HubSimProcess.h"
#include "TestKeys.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The exactly-once promise under the worst an officer's machine can do: paydesk-cli is killed
// (SIGKILL on Linux, TerminateProcess on Windows: no clean-up runs) at random moments while it
// sends a cycle's batches, again and again, and started again each time, against a hub whose
// answers to uploads come late (so kills land while a POST is in flight: the hub counts each
// upload whose sender was gone before its answer), and that caps its list pages, shows batches
// late or pages as older hubs do. Time on the hub passes only on its own clock (its Date header),
// moved forward by the test past the grace period once any late batch had time to show. Afterwards
// the hub's ledger must show every payment executed exactly once: none lost, none twice; and
// reconciling finds every payment paid and the cycle distributed. Through Payment Hub EE and G2P
// Connect alike. CI size: PAYDESK_CRASH_LANDED (default 170) kills landed during posts per row,
// over 500 in all; scripts/crash-soak.sh runs the full size.
class TestSendCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSendersPayEachPaymentOnce_data();
    void killedSendersPayEachPaymentOnce();
};

namespace {

constexpr int kExitUncertain = 5; // paydesk-cli's ExitUncertain

} // namespace

void TestSendCrash::killedSendersPayEachPaymentOnce_data()
{
    QTest::addColumn<bool>("g2pConnect");
    QTest::addColumn<QByteArray>("faults");
    QTest::newRow("payment_hub_ee, capped pages") << false << QByteArray(R"({"uploadLatencyMs":300,"pageCap":7})");
    QTest::newRow("payment_hub_ee, late visibility, older hub")
        << false << QByteArray(R"({"uploadLatencyMs":300,"visibilityLagMs":500,"olderBatchList":true,"pageCap":9})");
    QTest::newRow("g2p_connect") << true << QByteArray(R"({"uploadLatencyMs":300})");
}

void TestSendCrash::killedSendersPayEachPaymentOnce()
{
    QFETCH(bool, g2pConnect);
    QFETCH(QByteArray, faults);
    const int target =
        qEnvironmentVariableIsSet("PAYDESK_CRASH_LANDED") ? qEnvironmentVariableIntValue("PAYDESK_CRASH_LANDED") : 170;
    const QTemporaryDir dir; // a database and a hub of its own for each row
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
    QVERIFY(makeTestKeyPair(key, certificate));
    HubSimProcess hub;
    QVERIFY(hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                      {QStringLiteral("--tenant"), QStringLiteral("greenbank,%1").arg(certificate),
                       QStringLiteral("--time-scale"), QStringLiteral("1000")}));
    QJsonObject hubFaults = QJsonDocument::fromJson(faults).object();
    QCOMPARE(hub.post(QStringLiteral("/sim/faults"), hubFaults), 200);
    const qint64 visibilityLag = qint64(hubFaults.value(QStringLiteral("visibilityLagMs")).toDouble());

    // A cycle of many small batches, made through the CLI as an officer would.
    const CliRun cli(QStringLiteral(PAYDESK_CLI_PATH), dir.filePath(QStringLiteral("paydesk.sqlite")));
    QByteArray output;
    const int beneficiaries = qMax(1500, target * 6);
    const bool prepared = g2pConnect ? cli.preparedCycle(dir.filePath(QStringLiteral("registry.csv")), beneficiaries,
                                                         QStringLiteral("10"), 2,
                                                         {QStringLiteral("--backend"), QStringLiteral("g2p_connect"),
                                                          QStringLiteral("--bulk-url"), hub.bulkUrl.toString()},
                                                         {}, &output)
                                     : cli.preparedCycle(dir.filePath(QStringLiteral("registry.csv")), beneficiaries,
                                                         QStringLiteral("10"), 2, hub, &output);
    QVERIFY2(prepared, output.constData());

    // The officer confirms the cycle and any re-post the hub's evidence allows. G2P Connect requests
    // are not signed: no key.
    const QStringList send =
        QStringList{QStringLiteral("send"),         QStringLiteral("1"),
                    QStringLiteral("--officer"),    QStringLiteral("c"),
                    QStringLiteral("--yes"),        QStringLiteral("--repost"),
                    QStringLiteral("--timeout-ms"), QStringLiteral("3000"),
                    QStringLiteral("--database"),   dir.filePath(QStringLiteral("paydesk.sqlite"))} +
        (g2pConnect ? QStringList() : QStringList{QStringLiteral("--key"), key});
    // A batch the sender left uncertain and the hub still does not show, once any late batch had
    // time to appear: time passes on the hub's clock, beyond the grace period.
    qint64 clockOffset = 0;
    int clockMoves = 0;
    const auto letTimePass = [&] {
        QTest::qWait(int(visibilityLag) + 300);
        clockOffset += 11 * 60 * 1000;
        ++clockMoves;
        hubFaults.insert(QStringLiteral("clockOffsetMs"), double(clockOffset));
        return hub.post(QStringLiteral("/sim/faults"), hubFaults) == 200;
    };
    // Kill the sender at random moments; start it again each time.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill timings seed: %u", seed);
    QRandomGenerator random(seed);
    int kills = 0;
    int runs = 0;
    int uncertainRuns = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    while (hub.lostAnswers() < target && runs < target * 12 && elapsed.elapsed() < 12 * 60 * 1000) {
        ++runs;
        QProcess sender;
        sender.setProcessEnvironment(cli.signingEnvironment());
        sender.start(QStringLiteral(PAYDESK_CLI_PATH),
                     CliRun::withOfficerKey(send, dir.filePath(QStringLiteral("paydesk.sqlite"))));
        QVERIFY(sender.waitForStarted());
        if (!sender.waitForFinished(int(random.bounded(60, 700)))) {
            sender.kill();
            sender.waitForFinished();
            ++kills;
            uncertainRuns = 0;
        } else if (sender.exitCode() == 0) {
            break; // everything sent before the next kill
        } else if (sender.exitCode() == kExitUncertain && ++uncertainRuns >= 2) {
            QVERIFY(letTimePass());
            uncertainRuns = 0;
        } else if (sender.exitCode() == kExitUncertain) {
            QTest::qWait(int(visibilityLag) + 300);
        }
    }
    const int landed = hub.lostAnswers();
    QVERIFY2(landed >= target,
             qPrintable(QStringLiteral("only %1 of %2 kills landed during posts (%3 kills in %4 runs)")
                            .arg(landed)
                            .arg(target)
                            .arg(kills)
                            .arg(runs)));
    // Then let it finish: uncertain batches are found, or posted again once the hub's clock shows
    // the grace period over.
    int exitCode = -1;
    for (int attempt = 0; attempt < 40 && exitCode != 0; ++attempt) {
        exitCode = cli(send, &output);
        if (exitCode == kExitUncertain) {
            QVERIFY(letTimePass());
        }
    }
    QVERIFY2(exitCode == 0, output.constData());

    QSqlDatabase db = QSqlDatabase::addDatabase(
        QStringLiteral("QSQLITE"), QStringLiteral("check-") + QString::fromLatin1(QTest::currentDataTag()));
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
        QVERIFY2(ledger.value(id).toInt() == 1,
                 qPrintable(QStringLiteral("%1 executed %2 times").arg(id).arg(ledger.value(id).toInt())));
    }
    // Reconciled: every payment paid, every batch complete, the cycle distributed.
    QVERIFY2(cli({QStringLiteral("reconcile"), QStringLiteral("1"), QStringLiteral("--watch"), QStringLiteral("1"),
                  QStringLiteral("--officer"), QStringLiteral("c")},
                 &output) == 0,
             output.constData());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state <> 'paid'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT state FROM cycle WHERE id = 1")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("distributed"));
    QVERIFY(query.exec(QStringLiteral("SELECT SUM(send_attempts) - COUNT(*) FROM payment_batch")) && query.next());
    qInfo("%s: %d kills (%d landed during posts) in %d runs; the hub's clock moved %d times; %d payments in %d "
          "batches; %d posts "
          "beyond the first; 0 executed twice, 0 lost",
          QTest::currentDataTag(), kills, hub.lostAnswers(), runs, clockMoves, int(requestIds.size()),
          int(requestIds.size() / 2), query.value(0).toInt());
}

QTEST_GUILESS_MAIN(TestSendCrash)
#include "tst_sendcrash.moc"
