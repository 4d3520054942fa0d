#include "PreparedCycle.h"
#include "TestDatabases.h"

#include "reconciliation/AgeingBoard.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Money in the dark: batches whose payments left without a final outcome, aged from their first
// post into bands, oldest first, each with what to do; final payments and unsent batches stay out.
class TestAgeingBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agesWhatHasNoOutcome_data() { TestDatabases::addBackendRows(); }
    void agesWhatHasNoOutcome();

private:
    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

void TestAgeingBoard::agesWhatHasNoOutcome()
{
    QFETCH(QString, backend);
    PreparedCycle cycle = PreparedCycle::make(m_databases.freshLocation(backend),
                                              m_dir.filePath(QStringLiteral("registry-%1.csv").arg(backend)), 7, 60, 4);
    QVERIFY(cycle.database && cycle.batches.size() >= 5);
    const QDateTime now = QDateTime(QDate(2027, 1, 20), QTime(12, 0), Qt::UTC);
    QSqlQuery query(cycle.database->connection());
    const auto at = [&now](qint64 minutesAgo) { return now.addSecs(-60 * minutesAgo).toString(Qt::ISODateWithMs); };
    const auto set = [&query](const QString& sql) { return query.exec(sql); };
    // Batch 1 uncertain for 30 minutes; batch 2 sent 3 hours ago, in flight; batch 3 sent 10 days
    // ago, one payment still in flight; batch 4 sent and final; the rest never sent.
    QVERIFY(set(QStringLiteral("UPDATE payment_batch SET state = 'sending', sending_since = '%1' WHERE id = %2")
                    .arg(at(30))
                    .arg(cycle.batches.at(0))));
    QVERIFY(set(QStringLiteral(
                    "UPDATE payment_batch SET state = 'sent', hub_batch_id = 'h2', sending_since = '%1' WHERE id = %2")
                    .arg(at(180))
                    .arg(cycle.batches.at(1))));
    QVERIFY(set(QStringLiteral("UPDATE payment SET state = 'sent' WHERE batch_id = %1").arg(cycle.batches.at(1))));
    QVERIFY(set(QStringLiteral(
                    "UPDATE payment_batch SET state = 'sent', hub_batch_id = 'h3', sending_since = '%1' WHERE id = %2")
                    .arg(at(10 * 24 * 60))
                    .arg(cycle.batches.at(2))));
    QVERIFY(set(QStringLiteral("UPDATE payment SET state = 'paid' WHERE batch_id = %1").arg(cycle.batches.at(2))));
    QVERIFY(set(
        QStringLiteral("UPDATE payment SET state = 'sent' WHERE id = (SELECT MIN(id) FROM payment WHERE batch_id = %1)")
            .arg(cycle.batches.at(2))));
    QVERIFY(
        set(QStringLiteral(
                "UPDATE payment_batch SET state = 'completed', hub_batch_id = 'h4', sending_since = '%1' WHERE id = %2")
                .arg(at(600))
                .arg(cycle.batches.at(3))));
    QVERIFY(set(QStringLiteral("UPDATE payment SET state = 'paid' WHERE batch_id = %1").arg(cycle.batches.at(3))));
    QVERIFY(set(QStringLiteral("SELECT COUNT(*) FROM payment WHERE batch_id = %1").arg(cycle.batches.at(0))) &&
            query.next());
    const qint64 inFirst = query.value(0).toLongLong();
    QVERIFY(set(QStringLiteral("SELECT COUNT(*) FROM payment WHERE batch_id = %1").arg(cycle.batches.at(1))) &&
            query.next());
    const qint64 inSecond = query.value(0).toLongLong();
    query.finish();

    QString error;
    const QList<AgeingBoard::Batch> board = AgeingBoard::read(*cycle.database, now, cycle.cycleId, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(board.size(), 3);
    // Oldest first.
    QCOMPARE(board.at(0).batchId, cycle.batches.at(2));
    QCOMPARE(board.at(0).band, AgeingBoard::Band::OverAWeek);
    QCOMPARE(board.at(0).payments, 1);
    QVERIFY2(board.at(0).action.contains(QStringLiteral("escalate")) &&
                 board.at(0).action.contains(QStringLiteral("h3")),
             qPrintable(board.at(0).action));
    QCOMPARE(board.at(1).batchId, cycle.batches.at(1));
    QCOMPARE(board.at(1).band, AgeingBoard::Band::UnderADay);
    QCOMPARE(board.at(1).ageMinutes, 180);
    QCOMPARE(board.at(1).payments, inSecond);
    QCOMPARE(board.at(1).amount.toDecimalString(), QStringLiteral("%1.00").arg(25 * inSecond));
    QVERIFY2(board.at(1).action.contains(QStringLiteral("reconcile")), qPrintable(board.at(1).action));
    QCOMPARE(board.at(2).batchId, cycle.batches.at(0));
    QVERIFY(board.at(2).uncertain);
    QCOMPARE(board.at(2).band, AgeingBoard::Band::UnderAnHour);
    QCOMPARE(board.at(2).payments, inFirst);
    QVERIFY2(board.at(2).action.contains(QStringLiteral("resolve")), qPrintable(board.at(2).action));
    QCOMPARE(AgeingBoard::paymentsPerBand(board), (QList<qint64>{inFirst, inSecond, 0, 1}));
    // Another cycle's board is empty; every cycle's is this one's.
    QVERIFY(AgeingBoard::read(*cycle.database, now, cycle.cycleId + 1, &error).isEmpty());
    QCOMPARE(AgeingBoard::read(*cycle.database, now, 0, &error).size(), 3);
}

QTEST_GUILESS_MAIN(TestAgeingBoard)
#include "tst_ageingboard.moc"
