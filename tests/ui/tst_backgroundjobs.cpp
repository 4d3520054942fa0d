#include "widgets/BackgroundJobs.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

// How pages run work off the GUI thread: results by value on the GUI thread, progress as it is
// reported, cancellation that still delivers, and a page that goes away while its work runs:
// it does not wait, and the work's result reaches nobody.
class TestBackgroundJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversResultAndProgressOnTheGuiThread();
    void cancelAllStillDelivers();
    void anOwnerThatGoesDoesNotWait();
    void longJobsDoNotHoldBackOthers();
};

void TestBackgroundJobs::deliversResultAndProgressOnTheGuiThread()
{
    QObject owner;
    auto* jobs = new BackgroundJobs(&owner);
    QThread* workerThread = nullptr;
    QThread* deliveredOn = nullptr;
    QStringList reported;
    int result = 0;
    jobs->run<int>(
        [&workerThread](const JobControl& control) {
            workerThread = QThread::currentThread();
            control.report(QStringLiteral("half"), 1, 2);
            return 42;
        },
        [&](int value) {
            deliveredOn = QThread::currentThread();
            result = value;
        },
        [&reported](const QString& text, int done, int total) {
            reported.append(QStringLiteral("%1 %2/%3").arg(text).arg(done).arg(total));
        });
    QVERIFY(jobs->busy());
    QTRY_COMPARE(result, 42);
    QVERIFY(!jobs->busy());
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(workerThread && workerThread != QThread::currentThread());
    QVERIFY2(reported.contains(QStringLiteral("half 1/2")), qPrintable(reported.join(u'|')));
}

void TestBackgroundJobs::cancelAllStillDelivers()
{
    QObject owner;
    auto* jobs = new BackgroundJobs(&owner);
    auto started = std::make_shared<QSemaphore>();
    QString outcome;
    jobs->run<QString>(
        [started](const JobControl& control) {
            started->release();
            while (!control.cancelled()) {
                QThread::msleep(1);
            }
            return QStringLiteral("stopped at a safe point");
        },
        [&outcome](const QString& text) { outcome = text; });
    QVERIFY(started->tryAcquire(1, 30000));
    jobs->cancelAll();
    QTRY_COMPARE(outcome, QStringLiteral("stopped at a safe point"));
}

void TestBackgroundJobs::anOwnerThatGoesDoesNotWait()
{
    auto owner = std::make_unique<QObject>();
    auto* jobs = new BackgroundJobs(owner.get());
    auto started = std::make_shared<QSemaphore>();
    auto mayEnd = std::make_shared<QSemaphore>();
    auto ended = std::make_shared<QSemaphore>();
    auto sawCancelled = std::make_shared<std::atomic_bool>(false);
    bool delivered = false;
    jobs->run<int>(
        [started, mayEnd, ended, sawCancelled](const JobControl& control) {
            started->release();
            mayEnd->acquire(); // held until the owner is gone: a destructor that waited would never return
            sawCancelled->store(control.cancelled());
            ended->release();
            return 1;
        },
        [&delivered](int) { delivered = true; });
    QVERIFY(started->tryAcquire(1, 30000));
    owner.reset();
    mayEnd->release();
    QVERIFY(ended->tryAcquire(1, 30000));
    QVERIFY(sawCancelled->load());
    BackgroundJobs::threadPool()->waitForDone(); // the job has returned: what it would post is posted
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
}

// More jobs than this machine has cores run at once: a long send and a long import never keep a
// page's short job waiting for a thread.
void TestBackgroundJobs::longJobsDoNotHoldBackOthers()
{
    QObject owner;
    auto* jobs = new BackgroundJobs(&owner);
    const int count = QThread::idealThreadCount() + 2;
    auto started = std::make_shared<QSemaphore>();
    auto go = std::make_shared<QSemaphore>();
    int delivered = 0;
    for (int job = 0; job < count; ++job) {
        jobs->run<int>(
            [started, go](const JobControl&) {
                started->release();
                return go->tryAcquire(1, 30000) ? 1 : 0;
            },
            [&delivered](int ran) { delivered += ran; });
    }
    QVERIFY2(started->tryAcquire(count, 30000), "the jobs did not all run at once");
    go->release(count);
    QTRY_COMPARE(delivered, count);
}

QTEST_MAIN(TestBackgroundJobs)
#include "tst_backgroundjobs.moc"
