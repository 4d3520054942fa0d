// The watch that measures the window's stalls sees a blocked event loop for at least as long as it
// was blocked, and forgets it on restart.
#include "concurrency/EventLoopStallWatch.h"

#include <QTest>
#include <QThread>

class TestEventLoopStallWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesABlockedLoop();
};

void TestEventLoopStallWatch::seesABlockedLoop()
{
    EventLoopStallWatch watch;
    QTest::qWait(50);
    watch.restart();
    QCOMPARE(watch.longestStallMs(), 0);
    QThread::msleep(250); // the loop cannot turn
    QTest::qWait(50);     // the late tick arrives
    QVERIFY2(watch.longestStallMs() >= 240, qPrintable(QString::number(watch.longestStallMs())));
    watch.restart();
    QCOMPARE(watch.longestStallMs(), 0);
}

QTEST_GUILESS_MAIN(TestEventLoopStallWatch)
#include "tst_eventloopstallwatch.moc"
