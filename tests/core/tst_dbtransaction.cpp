#include "TestDatabases.h"

#include "storage/Database.h"
#include "storage/DbTransaction.h"

#include <QSqlQuery>
#include <QTest>

// Transactions and the savepoints inside them, on SQLite and PostgreSQL: a savepoint that fails
// undoes only its own work, and the transaction around it still commits the rest. Commits that
// claim money (a batch being sent) can be made to wait until they are on disk.
class TestDbTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savepointUndoesOnlyItsOwnWork_data() { TestDatabases::addBackendRows(); }
    void savepointUndoesOnlyItsOwnWork();
    void durableCommitsWaitForTheDisk();

private:
    TestDatabases m_databases;
};

void TestDbTransaction::savepointUndoesOnlyItsOwnWork()
{
    QFETCH(QString, backend);
    QString error;
    const auto database = Database::open(m_databases.freshLocation(backend), &error);
    QVERIFY2(database, qPrintable(error));
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL)")));
    {
        DbTransaction outer(database->connection());
        QVERIFY(outer.isActive());
        {
            DbTransaction kept(database->connection(), QStringLiteral("kept"));
            QVERIFY(kept.isActive());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO probe (id, note) VALUES (1, 'kept')")));
            QVERIFY(kept.commit());
        }
        {
            DbTransaction undone(database->connection(), QStringLiteral("undone"));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO probe (id, note) VALUES (2, 'undone')")));
            QVERIFY(!query.exec(QStringLiteral("INSERT INTO probe (id, note) VALUES (1, 'a second id 1')"))); // fails
        } // rolled back to its savepoint here: on PostgreSQL the transaction is usable again
        QVERIFY(query.exec(QStringLiteral("INSERT INTO probe (id, note) VALUES (3, 'after')")));
        QVERIFY2(outer.commit(), qPrintable(outer.errorString()));
    }
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM probe ORDER BY id")));
    QList<int> ids;
    while (query.next()) {
        ids.append(query.value(0).toInt());
    }
    QCOMPARE(ids, (QList<int>{1, 3}));
    // Outside a transaction PostgreSQL refuses a savepoint, and says why (SQLite opens one).
    DbTransaction lonely(database->connection(), QStringLiteral("lonely"));
    if (backend == u"postgresql") {
        QVERIFY(!lonely.isActive());
        QVERIFY(!lonely.errorString().isEmpty());
    }
}

void TestDbTransaction::durableCommitsWaitForTheDisk()
{
    QString error;
    const auto database = Database::open(m_databases.freshLocation(QStringLiteral("sqlite")), &error);
    QVERIFY2(database, qPrintable(error));
    const auto synchronous = [&database] {
        QSqlQuery query(database->connection());
        return query.exec(QStringLiteral("PRAGMA synchronous")) && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(synchronous(), 1); // NORMAL: WAL's default for everyday work
    QVERIFY(database->setDurableCommits(true));
    QCOMPARE(synchronous(), 2); // FULL: each commit synced before it returns
    QVERIFY(database->setDurableCommits(false));
    QCOMPARE(synchronous(), 1);
}

QTEST_GUILESS_MAIN(TestDbTransaction)
#include "tst_dbtransaction.moc"
