// Officers on two desktops see each other's work: a watcher on one connection hears what another
// connection commits (PostgreSQL LISTEN/NOTIFY naming the tables; SQLite's PRAGMA data_version),
// and stays quiet while nothing is written, or while a write is not yet committed.
#include "TestDatabases.h"

#include "storage/Database.h"
#include "storage/DatabaseChangeWatcher.h"
#include "storage/DbTransaction.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestDatabaseChangeWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hearsAnotherConnectionsCommits_data() { TestDatabases::addBackendRows(); }
    void hearsAnotherConnectionsCommits();
    void cannotWatchWhatCannotBeOpened();

private:
    TestDatabases m_databases;
};

void TestDatabaseChangeWatcher::hearsAnotherConnectionsCommits()
{
    QFETCH(QString, backend);
    const QString location = m_databases.freshLocation(backend);
    QString error;
    const auto other = Database::open(location, &error);
    QVERIFY2(other, qPrintable(error));
    DatabaseChangeWatcher watcher(location);
    QVERIFY2(watcher.isWatching(), qPrintable(watcher.errorString()));
    QSignalSpy changed(&watcher, &DatabaseChangeWatcher::changed);

    // Nothing written: nothing told.
    QTest::qWait(1500);
    QCOMPARE(changed.count(), 0);

    // A write not yet committed is not told; its commit is, once, naming the tables on PostgreSQL.
    {
        DbTransaction transaction(other->connection());
        QSqlQuery insert(other->connection());
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO registry_import (file_name, started_at) VALUES ('a.csv', "
                                            "'2027-01-01')")),
                 qPrintable(insert.lastError().text()));
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO beneficiary (registry_id, created_import_id, import_id, "
                                            "changed_import_id) SELECT 'B-1', id, id, id FROM registry_import")),
                 qPrintable(insert.lastError().text()));
        QVERIFY2(insert.exec(QStringLiteral("UPDATE beneficiary SET region = 'North'")),
                 qPrintable(insert.lastError().text()));
        QTest::qWait(1200);
        QCOMPARE(changed.count(), 0);
        QVERIFY(transaction.commit());
    }
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 3000);
    const QStringList tables = changed.takeFirst().first().toStringList();
    if (backend == u"postgresql") {
        QCOMPARE(tables, QStringList{QStringLiteral("beneficiary")});
    } else {
        QVERIFY(tables.isEmpty()); // SQLite cannot say which
    }
    QTest::qWait(1000);
    QCOMPARE(changed.count(), 0);
}

void TestDatabaseChangeWatcher::cannotWatchWhatCannotBeOpened()
{
    const DatabaseChangeWatcher watcher(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
    QVERIFY(!watcher.isWatching());
    QVERIFY(!watcher.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseChangeWatcher)
#include "tst_databasechangewatcher.moc"
