#include "PreparedCycle.h"
#include "StoredBatch.h"
#include "TestKeys.h"
#include "UiTestSupport.h"

#include "batches/BatchesPage.h"
#include "reconciliation/ReconciliationPage.h"
#include "settings/InterfaceLanguage.h"
#include "window/MainWindow.h"

#include "HubSandbox.h"
#include "HubSimulator.h"

#include "batching/BatchRepository.h"
#include "batching/SigningKey.h"
#include "disbursement/BatchSender.h"
#include "disbursement/PaymentHubChannel.h"
#include "i18n/TranslationLoader.h"
#include "programs/Program.h"
#include "storage/Database.h"

#include <QApplication>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

// Sending from the Batches page, as an officer does, against the in-process sandbox hub: a re-post
// is offered only with the hub's evidence and only what the officer confirms leaves; closing the
// window mid-send asks, finishes and records the batch being posted, and starting again posts
// nothing (DESIGN.md §1 rules 1, 6 and 7).
class TestBatchesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Settings in a folder of this test's own, so no run sees another's window layout.
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }
    void repostIsConfirmedInADialogWithTheEvidence();
    void closingDuringASendAsksAndNothingPostsAtStart_data();
    void closingDuringASendAsksAndNothingPostsAtStart();
    void restartedSandboxStillKnowsWhatItPaid();

private:
    // A prepared cycle (batches of 5) of a program that pays through the window's sandbox hub.
    PreparedCycle sandboxCycle(const QString& name, quint32 seed, int rows);
    // The tenant's signing key, made by openssl; empty when it could not be.
    QString tenantKey(const QString& name);
    static HubOptions sandboxOptions();

    QTemporaryDir m_dir;
};

PreparedCycle TestBatchesPage::sandboxCycle(const QString& name, quint32 seed, int rows)
{
    PreparedCycle::Options options;
    options.maxBatchRows = 5;
    options.configure = [](Program& program) { program.hubSettings.hub = QStringLiteral("sandbox"); };
    return PreparedCycle::make(m_dir.filePath(name + QStringLiteral(".sqlite")),
                               m_dir.filePath(name + QStringLiteral(".csv")), seed, rows, options);
}

QString TestBatchesPage::tenantKey(const QString& name)
{
    const QString keyPath = m_dir.filePath(name + QStringLiteral("-key.pem"));
    return makeTestKeyPair(keyPath, m_dir.filePath(name + QStringLiteral("-cert.pem"))) ? keyPath : QString();
}

HubOptions TestBatchesPage::sandboxOptions()
{
    HubOptions options;
    HubTenant tenant;
    tenant.name = QStringLiteral("greenbank");
    options.tenants = {tenant};
    options.timeScale = 1000;
    return options;
}

void TestBatchesPage::repostIsConfirmedInADialogWithTheEvidence()
{
    // The hub answers the first upload with its own 503 and does not take it: the batch is
    // uncertain. Past the grace period on the hub's clock, sending again offers the re-post in a
    // dialog that shows what the hub listed; declined, nothing leaves; confirmed, it is posted once.
    PreparedCycle cycle = sandboxCycle(QStringLiteral("repost"), 33, 60);
    QVERIFY(cycle.database && cycle.batches.size() >= 2);
    const QString keyPath = tenantKey(QStringLiteral("repost"));
    QVERIFY(!keyPath.isEmpty());
    HubSandbox hub(sandboxOptions());
    QString error;
    QVERIFY2(hub.start(QHostAddress::LocalHost, 0, 0, &error), qPrintable(error));
    const auto hubBatches = [&hub] { return hub.simulator().batches(QStringLiteral("greenbank")).size(); };
    MainWindow window(*cycle.database);
    window.setSandboxHub(hub.bulkUrl(), hub.operationsUrl());
    window.resize(1366, 768);
    window.show();
    QVERIFY(actAs(&window, QStringLiteral("kofi")));
    window.findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(3);
    BatchesPage* batches = window.batchesPage();
    batches->reloadCycles();
    HubFaults unavailable;
    unavailable.serverErrors = 1;
    hub.simulator().setFaults(unavailable);
    QSignalSpy finished(batches, &BatchesPage::sendFinished);
    QVERIFY(batches->startSending(keyPath, {}));
    QVERIFY(finished.wait(30000));
    QCOMPARE(batches->lastOutcomes().size(), 1); // the cycle stopped at its uncertain batch
    QVERIFY(batches->lastOutcomes().first().uncertain());
    QCOMPARE(hubBatches(), 0);
    HubFaults later;
    later.clockOffsetMs = 11 * 60 * 1000;
    hub.simulator().setFaults(later);
    const auto answerRepost = [this](QMessageBox::StandardButton answer, QString* shown) {
        QTimer::singleShot(200, this, [answer, shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                *shown = box->text();
                saveScreenshot(box, QStringLiteral("repost-question.png"));
                box->button(answer)->click();
            }
        });
    };
    QString declined;
    answerRepost(QMessageBox::No, &declined);
    QVERIFY(batches->startSending(keyPath, {}));
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!declined.isEmpty(), 10000);
    QVERIFY2(declined.contains(QStringLiteral("the receiver listed 0 batch")), qPrintable(declined));
    QVERIFY2(declined.contains(QStringLiteral("by its own clock")), qPrintable(declined));
    QTest::qWait(300); // a repost would have reached the hub by now: nothing may have
    QCOMPARE(hubBatches(), 0);
    QString confirmed;
    answerRepost(QMessageBox::Yes, &confirmed);
    QSignalSpy reposted(batches, &BatchesPage::sendFinished);
    QVERIFY(batches->startSending(keyPath, {}));
    QTRY_VERIFY_WITH_TIMEOUT(reposted.size() >= 2, 30000); // the send, then the confirmed re-post
    QCOMPARE(hubBatches(), 1);
    QCOMPARE(storedBatch(*cycle.database, cycle.batches.first())->state, BatchState::Sent);
    QCOMPARE(storedBatch(*cycle.database, cycle.batches.first())->sendAttempts, 2);
}

void TestBatchesPage::closingDuringASendAsksAndNothingPostsAtStart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("question");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Stop sending and close?");
    QTest::newRow("Arabic, right to left") << QStringLiteral("ar") << QString::fromUtf8("إيقاف الإرسال والإغلاق؟");
}

void TestBatchesPage::closingDuringASendAsksAndNothingPostsAtStart()
{
    QFETCH(QString, language);
    QFETCH(QString, question);
    TranslationLoader::setChosenLanguage(language);
    InterfaceLanguage::apply(*qApp);
    const auto restoreLanguage = qScopeGuard([] {
        TranslationLoader::setChosenLanguage(QString());
        InterfaceLanguage::apply(*qApp);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    });
    // A cycle of ready batches, sent through the sandbox hub whose answers to uploads come late.
    const QString location = m_dir.filePath(QStringLiteral("closing-%1.sqlite").arg(language));
    PreparedCycle cycle = sandboxCycle(QStringLiteral("closing-") + language, 31, 120);
    QVERIFY2(cycle.database && cycle.batches.size() >= 6, qPrintable(QString::number(cycle.batches.size())));
    const QString keyPath = tenantKey(QStringLiteral("closing-") + language);
    QVERIFY(!keyPath.isEmpty());
    HubSandbox hub(sandboxOptions());
    QString error;
    QVERIFY2(hub.start(QHostAddress::LocalHost, 0, 0, &error), qPrintable(error));
    HubFaults slow;
    slow.uploadLatencyMs = 400;
    hub.simulator().setFaults(slow);
    const auto postedBatches = [&hub] { return hub.simulator().batches(QStringLiteral("greenbank")).size(); };
    {
        MainWindow window(*cycle.database);
        window.setSandboxHub(hub.bulkUrl(), hub.operationsUrl());
        window.resize(1366, 768);
        window.show();
        QCOMPARE(window.isRightToLeft(), language == u"ar");
        QVERIFY(actAs(&window, QStringLiteral("kofi")));
        window.findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(3);
        BatchesPage* batches = window.batchesPage();
        batches->reloadCycles();
        QSignalSpy finished(batches, &BatchesPage::sendFinished);
        QVERIFY(batches->startSending(keyPath, {}));
        QTRY_VERIFY_WITH_TIMEOUT(postedBatches() >= 1, 20000);
        // The officer closes the window mid-send: asked first, says yes; the batch being posted is
        // finished and recorded, nothing more leaves, and only then does the window close.
        QString asked;
        QTimer::singleShot(100, this, [&asked, &window, language] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box) {
                asked = box->text();
                saveScreenshot(&window, QStringLiteral("closing-during-send-%1.png").arg(language));
                saveScreenshot(box, QStringLiteral("closing-question-%1.png").arg(language));
                box->button(QMessageBox::Yes)->click();
            }
        });
        window.close();
        QVERIFY2(asked.contains(question), qPrintable(asked));
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
        QVERIFY(!batches->isBusy());
    }
    const qsizetype postedBeforeRestart = postedBatches();
    QVERIFY(postedBeforeRestart >= 1);
    QVERIFY2(postedBeforeRestart < cycle.batches.size(), "the rest of the cycle was sent after the window closed");
    QSqlQuery query(cycle.database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT state, COUNT(*) FROM payment_batch GROUP BY state ORDER BY state")));
    QMap<QString, int> states;
    while (query.next()) {
        states.insert(query.value(0).toString(), query.value(1).toInt());
    }
    query.finish();
    QCOMPARE(states.value(QStringLiteral("sent")), int(postedBeforeRestart)); // each post finished and recorded
    QCOMPARE(states.value(QStringLiteral("sending")), 0);
    QCOMPARE(states.value(QStringLiteral("ready")), int(cycle.batches.size() - postedBeforeRestart));

    // One more batch made uncertain behind the window's back (its answer lost), then PayDesk
    // starts again with a checker acting: it looks the uncertain batch up, and posts nothing.
    {
        HubFaults drop;
        drop.dropAfterAccept = 1;
        hub.simulator().setFaults(drop);
        HubEndpoint endpoint;
        endpoint.bulkUrl = hub.bulkUrl();
        endpoint.operationsUrl = hub.operationsUrl();
        endpoint.tenant = QStringLiteral("greenbank");
        QVERIFY(query.exec(QStringLiteral("SELECT MIN(id) FROM payment_batch WHERE state = 'ready'")) && query.next());
        const qint64 next = query.value(0).toLongLong();
        query.finish();
        // Sent from a thread of its own: the sandbox answers on this one.
        SendOutcome lost;
        std::unique_ptr<QThread> sending(QThread::create([&] {
            QString openError;
            const auto database = Database::open(location, &openError);
            TestOfficers::rejoin(*database);
            const auto key = SigningKey::fromFile(keyPath, {}, &openError);
            PaymentHubChannel channel(endpoint, key.get());
            lost = BatchSender(*database, channel, {}).send(next, PreparedCycle::checker);
        }));
        sending->start();
        QTRY_VERIFY_WITH_TIMEOUT(sending->isFinished(), 30000);
        QVERIFY2(lost.state == BatchState::Sending, qPrintable(lost.message));
        hub.simulator().setFaults({});
    }
    const qsizetype postedBeforeStart = postedBatches();
    MainWindow again(*cycle.database);
    again.setSandboxHub(hub.bulkUrl(), hub.operationsUrl());
    again.show();
    // Nothing moves before a checker signs in; their sign-in looks the uncertain batch up, and only that.
    QSignalSpy resolved(again.batchesPage(), &BatchesPage::sendFinished);
    QTest::qWait(300); // a send at start-up would have begun by now: none may have
    QCOMPARE(resolved.size(), 0);
    QVERIFY(actAs(&again, QStringLiteral("kofi")));
    QVERIFY(resolved.wait(30000));
    QTest::qWait(500); // a post after the look-up would have reached the hub by now: none may have
    QCOMPARE(postedBatches(), postedBeforeStart);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment_batch WHERE state = 'ready'")) && query.next());
    QCOMPARE(query.value(0).toInt(), int(cycle.batches.size() - postedBeforeStart));
    query.finish();
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment_batch WHERE state = 'sending'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0); // found on the hub, not posted again
}

// The demo's sandbox restarted between sending and reconciling once forgot what it had paid, so
// reconciling failed those payments and offered them again. With its state file, the officer who
// sends, restarts and reconciles sees every payment paid, each paid once.
void TestBatchesPage::restartedSandboxStillKnowsWhatItPaid()
{
    PreparedCycle cycle = sandboxCycle(QStringLiteral("restart"), 41, 30);
    QVERIFY(cycle.database && !cycle.batches.isEmpty());
    const QString keyPath = tenantKey(QStringLiteral("restart"));
    QVERIFY(!keyPath.isEmpty());
    const QString state = m_dir.filePath(QStringLiteral("sandbox-state.json"));
    QString error;
    auto hub = std::make_unique<HubSandbox>(sandboxOptions());
    QVERIFY2(hub->keepStateIn(state, &error), qPrintable(error));
    QVERIFY2(hub->start(QHostAddress::LocalHost, 0, 0, &error), qPrintable(error));
    MainWindow window(*cycle.database);
    window.setSandboxHub(hub->bulkUrl(), hub->operationsUrl());
    window.resize(1366, 768);
    window.show();
    QVERIFY(actAs(&window, QStringLiteral("kofi")));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    navigation->setCurrentRow(3);
    BatchesPage* batches = window.batchesPage();
    batches->reloadCycles();
    QSignalSpy finished(batches, &BatchesPage::sendFinished);
    auto* progress = batches->findChild<QProgressBar*>(QStringLiteral("batchProgress"));
    auto* stop = batches->findChild<QPushButton*>(QStringLiteral("stopBatchWorkButton"));
    QVERIFY(batches->startSending(keyPath, {}));
    // While it sends: a bar with the batches done, and Stop; the actions wait.
    QVERIFY(progress->isVisible() && stop->isVisible() && stop->isEnabled());
    QVERIFY(!batches->findChild<QPushButton*>(QStringLiteral("sendBatchesButton"))->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(progress->maximum(), int(cycle.batches.size()));
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(!progress->isVisible() && !stop->isVisible());
    QVERIFY(batches->findChild<QPushButton*>(QStringLiteral("sendBatchesButton"))->isEnabled());
    for (const QString& requestId : std::as_const(cycle.requestIds)) {
        QTRY_COMPARE(hub->simulator().executions(requestId), 1);
    }

    // PayDesk's sandbox stops and starts again (new ports) before anyone reconciles.
    hub.reset();
    hub = std::make_unique<HubSandbox>(sandboxOptions());
    QVERIFY2(hub->keepStateIn(state, &error), qPrintable(error));
    QVERIFY2(hub->start(QHostAddress::LocalHost, 0, 0, &error), qPrintable(error));
    QCOMPARE(hub->simulator().batches(QStringLiteral("greenbank")).size(), cycle.batches.size());
    window.setSandboxHub(hub->bulkUrl(), hub->operationsUrl());
    navigation->setCurrentRow(4);
    ReconciliationPage* reconciliation = window.reconciliationPage();
    const auto count = [&cycle](const QString& state) {
        QSqlQuery query(cycle.database->connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = ?"));
        query.addBindValue(state);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSignalSpy done(reconciliation, &ReconciliationPage::reconciled);
            return reconciliation->reconcileNow() && done.wait(30000) && count(QStringLiteral("paid")) > 0 &&
                   count(QStringLiteral("sent")) == 0;
        }(),
        30000);
    QCOMPARE(count(QStringLiteral("paid")), int(cycle.requestIds.size()));
    QCOMPARE(count(QStringLiteral("failed")), 0);
    for (const QString& requestId : std::as_const(cycle.requestIds)) {
        QCOMPARE(hub->simulator().executions(requestId), 1);
    }

    // Closing while other work the officer started runs (an evidence pack) asks first; "No" stays.
    navigation->setCurrentRow(3);
    QSignalSpy written(batches, &BatchesPage::evidenceWritten);
    QVERIFY(batches->startEvidencePack(m_dir.filePath(QStringLiteral("restart-evidence"))));
    QString asked;
    QTimer::singleShot(100, this, [&asked] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(QMessageBox::No)->click();
        }
    });
    window.close();
    QCOMPARE(asked,
             QCoreApplication::translate("MainWindow", "PayDesk is still working on something you started. "
                                                       "Close anyway? It finishes that work first, then quits."));
    QVERIFY(window.isVisible());
    QVERIFY(written.count() > 0 || written.wait(30000));
    window.close(); // nothing running: closed without a question
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestBatchesPage)
#include "tst_batchespage.moc"
