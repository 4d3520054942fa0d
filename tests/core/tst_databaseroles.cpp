#include "PreparedCycle.h"
#include "TestDatabases.h"
#include "TestOfficers.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseLogins.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The shared PostgreSQL database enforces who acts by itself, whatever program connects: officers
// log in as themselves (SCRAM-SHA-256), and psql, logged in as a maker, cannot approve, cannot
// change or delete audit entries, cannot write one in another officer's name, and cannot start
// sending a batch; a viewer changes nothing. Each refusal is paired with what that login may do,
// so a test that could only fail to connect would not pass. A real server and real psql; on
// SQLite, only the approval rule applies (there are no logins), and it is tested too.
class TestDatabaseRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedByTheDatabase();
    void makerNeverApprovesOwnCycleInSqlite();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    // psql as login with password, one statement, stopping at the first error.
    Run psql(const QString& login, const QString& password, const QString& statement) const;

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    QString m_location;
};

TestDatabaseRoles::Run TestDatabaseRoles::psql(const QString& login, const QString& password,
                                               const QString& statement) const
{
    QUrl url(m_location);
    url.setUserName(login);
    url.setPassword(password);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), url.toString(), QStringLiteral("-c"), statement});
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll()).trimmed()};
}

void TestDatabaseRoles::refusedByTheDatabase()
{
    if (TestDatabases::postgresServerUrl().isEmpty() && !TestDatabases::postgresRequired()) {
        QSKIP("no PostgreSQL server for this test (PAYDESK_TEST_POSTGRES_URL)");
    }
    m_location = m_databases.freshLocation(QStringLiteral("postgresql"));
    PreparedCycle fixture = PreparedCycle::make(m_location, m_dir.filePath(QStringLiteral("registry.csv")), 17, 30);
    QVERIFY(fixture.database && !fixture.batches.isEmpty());
    Database& database = *fixture.database;
    QString error;
    QVERIFY2(TestOfficers::enrol(database,
                                 {QStringLiteral("vera"), QStringLiteral("Vera Observer"), OfficerRole::Viewer, true},
                                 &error),
             qPrintable(error));

    DatabaseLogins logins(database);
    // Logins belong to the server, not to one database: those of an earlier run go first.
    for (const QString& login : {PreparedCycle::maker.id, PreparedCycle::checker.id, QStringLiteral("vera")}) {
        QVERIFY2(logins.remove(login, &error), qPrintable(error)); // none is fine
    }
    const QString amina = DatabaseLogins::newPassword();
    const QString kofi = DatabaseLogins::newPassword();
    const QString vera = DatabaseLogins::newPassword();
    QVERIFY2(logins.create(PreparedCycle::maker.id, OfficerRole::Maker, amina, &error), qPrintable(error));
    QVERIFY2(logins.create(PreparedCycle::checker.id, OfficerRole::Checker, kofi, &error), qPrintable(error));
    QVERIFY2(logins.create(QStringLiteral("vera"), OfficerRole::Viewer, vera, &error), qPrintable(error));
    QVERIFY(!logins.create(PreparedCycle::maker.id, OfficerRole::Checker, amina, &error));
    QVERIFY2(error.contains(QStringLiteral("already has a login")), qPrintable(error));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(
                QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'amina'")) &&
            query.next());
    QVERIFY(query.value(0).toBool());

    // The password is checked; with it, amina reads what a maker reads.
    Run run = psql(QStringLiteral("amina"), kofi, QStringLiteral("SELECT 1"));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.output.contains(QStringLiteral("password authentication failed")), qPrintable(run.output));
    run = psql(QStringLiteral("amina"), amina, QStringLiteral("SELECT COUNT(*) FROM beneficiary"));
    QVERIFY2(run.exitCode == 0 && run.output.toInt() == 30, qPrintable(run.output));

    // A maker approving: the cycle she made, or in a checker's name.
    const qint64 cycleId = fixture.cycleId;
    const QString approval = QStringLiteral(
        "INSERT INTO cycle_approval (cycle_id, officer_id, entitlements_sha256, payees_sha256, approved_at) "
        "VALUES (%1, '%2', 'e', 'p', '2027-01-01T00:00:00Z')");
    run = psql(QStringLiteral("amina"), amina, approval.arg(cycleId).arg(QStringLiteral("amina")));
    QVERIFY2(run.exitCode != 0 && run.output.contains(QStringLiteral("never approves it")), qPrintable(run.output));
    run = psql(QStringLiteral("amina"), amina, approval.arg(cycleId).arg(QStringLiteral("kofi")));
    QVERIFY2(run.exitCode != 0 && run.output.contains(QStringLiteral("is not the checker kofi approving")),
             qPrintable(run.output));
    run = psql(QStringLiteral("kofi"), kofi, approval.arg(cycleId).arg(QStringLiteral("kofi")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output)); // the checker may

    // The audit log: insert-only, never in another officer's name, stamped with who logged in.
    run = psql(QStringLiteral("amina"), amina,
               QStringLiteral("UPDATE audit_entry SET officer = 'amina' WHERE sequence = 1"));
    QVERIFY2(run.exitCode != 0 && run.output.contains(QStringLiteral("permission denied")), qPrintable(run.output));
    run = psql(QStringLiteral("amina"), amina, QStringLiteral("DELETE FROM audit_entry WHERE sequence > 1"));
    QVERIFY2(run.exitCode != 0 && run.output.contains(QStringLiteral("permission denied")), qPrintable(run.output));
    const QString entry = QStringLiteral(
        "INSERT INTO audit_entry (sequence, occurred_at, officer, action, subject_type, subject_id, "
        "previous_hash, hash) VALUES (%1, '2027-01-01T00:00:00.000Z', '%2', 'cycle.approve', 'cycle', '1', 'x', 'y')");
    run = psql(QStringLiteral("amina"), amina, entry.arg(1000000).arg(QStringLiteral("kofi")));
    QVERIFY2(run.exitCode != 0 &&
                 run.output.contains(QStringLiteral("cannot write an audit entry in the name of kofi")),
             qPrintable(run.output));
    run = psql(QStringLiteral("amina"), amina, entry.arg(1000000).arg(QStringLiteral("amina")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(query.exec(QStringLiteral("SELECT database_user FROM audit_entry WHERE sequence = 1000000")) &&
            query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("amina"));
    QVERIFY(query.exec(QStringLiteral("SELECT database_user FROM audit_entry WHERE sequence = 1")) && query.next());
    QVERIFY(!query.value(0).toString().isEmpty()); // the owner's login, for what PayDesk wrote
    QVERIFY(!AuditLog(database).verify().intact);  // a row written by hand does not fit the chain

    // Sending: not by a maker's login, nor a viewer's; a checker's may start it.
    const QString send =
        QStringLiteral("UPDATE payment_batch SET state = 'sending' WHERE id = %1").arg(fixture.batches.first());
    run = psql(QStringLiteral("amina"), amina, send);
    QVERIFY2(run.exitCode != 0 && run.output.contains(QStringLiteral("only a checker's login sends a batch")),
             qPrintable(run.output));
    run = psql(QStringLiteral("vera"), vera, send);
    QVERIFY2(run.exitCode != 0 && run.output.contains(QStringLiteral("permission denied")), qPrintable(run.output));
    run = psql(QStringLiteral("vera"), vera, QStringLiteral("SELECT COUNT(*) FROM payment_batch"));
    QVERIFY2(run.exitCode == 0 && run.output.toInt() == fixture.batches.size(), qPrintable(run.output));
    run = psql(QStringLiteral("kofi"), kofi, send);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));

    // An administrator's acts follow the login: another role, or no login at all.
    QVERIFY2(logins.changeRole(QStringLiteral("amina"), OfficerRole::Checker, &error), qPrintable(error));
    run = psql(QStringLiteral("amina"), amina, approval.arg(cycleId).arg(QStringLiteral("amina")));
    QVERIFY2(run.exitCode != 0 && run.output.contains(QStringLiteral("never approves it")),
             qPrintable(run.output)); // still her cycle
    QVERIFY2(logins.disable(QStringLiteral("vera"), &error), qPrintable(error));
    run = psql(QStringLiteral("vera"), vera, QStringLiteral("SELECT 1"));
    QVERIFY2(run.exitCode != 0 && run.output.contains(QStringLiteral("not permitted to log in")),
             qPrintable(run.output));
}

void TestDatabaseRoles::makerNeverApprovesOwnCycleInSqlite()
{
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")),
                                                m_dir.filePath(QStringLiteral("lite.csv")), 18, 20);
    QVERIFY(fixture.database);
    QSqlQuery query(fixture.database->connection());
    QVERIFY(!query.exec(
        QStringLiteral(
            "INSERT INTO cycle_approval (cycle_id, officer_id, entitlements_sha256, payees_sha256, approved_at) "
            "VALUES (%1, 'amina', 'e', 'p', '2027-01-01T00:00:00Z')")
            .arg(fixture.cycleId)));
    QVERIFY(query.lastError().text().contains(QStringLiteral("never approves it")));
    QVERIFY2(
        query.exec(
            QStringLiteral(
                "INSERT INTO cycle_approval (cycle_id, officer_id, entitlements_sha256, payees_sha256, approved_at) "
                "VALUES (%1, 'kofi', 'e', 'p', '2027-01-01T00:00:00Z')")
                .arg(fixture.cycleId)),
        qPrintable(query.lastError().text()));
    QString error;
    QVERIFY(!DatabaseLogins(*fixture.database)
                 .create(QStringLiteral("kofi"), OfficerRole::Checker, QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("no logins")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDatabaseRoles)
#include "tst_databaseroles.moc"
