#include "TestDatabases.h"
#include "TestOfficers.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainVerifies_data() { TestDatabases::addBackendRows(); }
    void chainVerifies();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void hashFormatIsStable();

private:
    std::unique_ptr<Database> withEntries(const QString& backend, int count);

    TestDatabases m_databases;
};

namespace {
// The anchor's installation, then adding and certifying each of two officers.
constexpr qint64 kBeforeEntries = 5;
} // namespace

std::unique_ptr<Database> TestAuditLog::withEntries(const QString& backend, int count)
{
    QString error;
    auto database = Database::open(m_databases.freshLocation(backend), &error);
    // The two officers are enrolled first (kBeforeEntries administrator's acts): only a signed-in
    // officer's act is recorded.
    if (!database ||
        !TestOfficers::enrol(
            *database, {QStringLiteral("maker.amina"), QStringLiteral("Amina"), OfficerRole::Maker, true}, &error) ||
        !TestOfficers::enrol(
            *database, {QStringLiteral("checker.kofi"), QStringLiteral("Kofi"), OfficerRole::Checker, true}, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    AuditLog log(*database);
    for (int i = 1; i <= count; ++i) {
        AuditEntry entry;
        entry.occurredAt = QDateTime(QDate(2026, 11, 27), QTime(9, 0, i), Qt::UTC);
        entry.officer = i % 2 ? QStringLiteral("maker.amina") : QStringLiteral("checker.kofi");
        entry.action = QStringLiteral("cycle.state");
        entry.subjectType = QStringLiteral("cycle");
        entry.subjectId = QString::number(i);
        entry.before = QStringLiteral("{\"state\":\"draft\"}");
        entry.after = i == 3 ? QString() : QStringLiteral("{\"state\":\"to_approve\"}");
        if (!log.append(entry, &error) || entry.sequence != kBeforeEntries + i) {
            qWarning("append failed: %s", qPrintable(error));
            return nullptr;
        }
    }
    return database;
}

void TestAuditLog::chainVerifies()
{
    QFETCH(QString, backend);
    const auto database = withEntries(backend, 6);
    QVERIFY(database);
    AuditLog log(*database);
    const AuditVerification verification = log.verify();
    QVERIFY2(verification.intact, qPrintable(verification.problem));
    QCOMPARE(verification.entriesChecked, kBeforeEntries + 6);
    const QList<AuditEntry> latest = log.latest(2);
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.first().sequence, kBeforeEntries + 6);
    QCOMPARE(latest.first().previousHash, latest.last().hash);
    QCOMPARE(log.latest(10, QStringLiteral("cycle"), QStringLiteral("4")).size(), 1);
    QCOMPARE(log.latest(100).last().previousHash, AuditLog::genesisHash());
}

void TestAuditLog::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<qint64>("brokenAt");
    QTest::addColumn<QString>("problem");
    QStringList backends{QStringLiteral("sqlite")};
    if (!TestDatabases::postgresServerUrl().isEmpty() || TestDatabases::postgresRequired()) {
        backends.append(QStringLiteral("postgresql"));
    }
    for (const QString& backend : backends) {
        const QByteArray prefix = backend.toLatin1() + ": ";
        QTest::newRow(QByteArray(prefix + "changed after state").constData())
            << backend << "UPDATE audit_entry SET after_state = '{\"state\":\"approved\"}' WHERE sequence = 4"
            << qint64(4) << "entry 4 was changed";
        QTest::newRow(QByteArray(prefix + "changed officer").constData())
            << backend << "UPDATE audit_entry SET officer = 'someone.else' WHERE sequence = 2" << qint64(2)
            << "entry 2 was changed";
        QTest::newRow(QByteArray(prefix + "entry deleted").constData())
            << backend << "DELETE FROM audit_entry WHERE sequence = 3" << qint64(3) << "entry 3 is missing";
        QTest::newRow(QByteArray(prefix + "entry rewritten with a fresh hash").constData())
            << backend << "UPDATE audit_entry SET hash = 'ab' || substr(hash, 3) WHERE sequence = 5" << qint64(5)
            << "entry 5 was changed";
        QTest::newRow(QByteArray(prefix + "deleted and renumbered").constData())
            << backend
            << "DELETE FROM audit_entry WHERE sequence = 2; UPDATE audit_entry SET sequence = sequence - 1 WHERE "
               "sequence > 2"
            << qint64(2) << "does not follow";
    }
}

void TestAuditLog::tamperingIsDetected()
{
    QFETCH(QString, backend);
    QFETCH(QString, tampering);
    QFETCH(qint64, brokenAt);
    QFETCH(QString, problem);
    const auto database = withEntries(backend, 6);
    QVERIFY(database);
    QSqlQuery query(database->connection());
    for (const QString& statement : tampering.split(QStringLiteral("; "))) {
        QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    const AuditVerification verification = AuditLog(*database).verify();
    QVERIFY(!verification.intact);
    QCOMPARE(verification.brokenAtSequence, brokenAt);
    QVERIFY2(verification.problem.contains(problem), qPrintable(verification.problem));
}

void TestAuditLog::hashFormatIsStable()
{
    // Logs written by earlier versions must keep verifying: the hashed form of an entry never changes.
    AuditEntry entry;
    entry.sequence = 1;
    entry.previousHash = AuditLog::genesisHash();
    entry.occurredAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    entry.officer = QStringLiteral("maker");
    entry.action = QStringLiteral("program.payer_account");
    entry.subjectType = QStringLiteral("program");
    entry.subjectId = QStringLiteral("7");
    entry.before = QStringLiteral("{}");
    entry.after = QStringLiteral("{\"payer\":\"12345678\"}");
    const QByteArray hashed = "64:" + AuditLog::genesisHash().toLatin1() + "1:1" + "24:2026-01-02T03:04:05.006Z" +
                              "5:maker" + "21:program.payer_account" + "7:program" + "1:7" + "2:{}" +
                              "20:{\"payer\":\"12345678\"}";
    QCOMPARE(AuditLog::hashOf(entry),
             QString::fromLatin1(QCryptographicHash::hash(hashed, QCryptographicHash::Sha256).toHex()));
    // Moving text from one field to the next changes the hash.
    AuditEntry shifted = entry;
    shifted.subjectType = QStringLiteral("program7");
    shifted.subjectId = QString();
    QVERIFY(AuditLog::hashOf(shifted) != AuditLog::hashOf(entry));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
