#include "PreparedCycle.h"
#include "TestDatabases.h"

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "audit/AuditWording.h"

#include <QTemporaryDir>
#include <QTest>

// The audit log as an officer reads it: every entry of a prepared cycle is a sentence that names
// the officer, the program, the cycle and the batch, and shows no JSON; the JSON stays in the log.
class TestAuditWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesReadAsSentences();
    void unknownActionsAndNamesStillRead();

private:
    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

void TestAuditWording::entriesReadAsSentences()
{
    PreparedCycle cycle = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")),
                                              m_dir.filePath(QStringLiteral("registry.csv")), 5, 60, 20);
    QVERIFY(cycle.database);
    AuditWording wording;
    QString error;
    QVERIFY2(wording.load(*cycle.database, &error), qPrintable(error));
    const QList<AuditEntry> entries = AuditLog(*cycle.database).latest(1000);
    QVERIFY(entries.size() > 5);
    QStringList approvals;
    for (const AuditEntry& entry : entries) {
        const QString sentence = wording.sentence(entry);
        QVERIFY2(!sentence.contains(u'{') && !sentence.contains(u'"'), qPrintable(sentence));
        QVERIFY2(!sentence.contains(entry.action), qPrintable(sentence)); // words, not the code
        QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
        if (entry.action == u"cycle.approve") {
            approvals.append(sentence);
        }
        if (entry.action == u"cycle.prepare_payments") {
            QVERIFY2(sentence.startsWith(QStringLiteral("Amina Diallo prepared the payments of cycle 2027-01 of "
                                                        "Grant: ")),
                     qPrintable(sentence));
            QVERIFY2(sentence.contains(QStringLiteral("payments: ")), qPrintable(sentence));
        }
    }
    QCOMPARE(approvals.size(), 1);
    QVERIFY2(approvals.first().startsWith(QStringLiteral("Kofi Mensah approved cycle 2027-01 of Grant: ")),
             qPrintable(approvals.first()));
    QVERIFY2(approvals.first().contains(QStringLiteral(" USD")), qPrintable(approvals.first())); // the total
    QVERIFY2(approvals.first().contains(QStringLiteral("approved by: Kofi Mensah")), qPrintable(approvals.first()));
    // Batches by their number in the cycle, not their correlation id.
    QCOMPARE(wording.subject(QStringLiteral("batch"), QString::number(cycle.batches.first())),
             QStringLiteral("batch 1 of cycle 2027-01 of Grant"));
    QCOMPARE(wording.subject(QStringLiteral("batch"), QString::number(cycle.batches.last())),
             QStringLiteral("batch %1 of cycle 2027-01 of Grant").arg(cycle.batches.size()));
}

void TestAuditWording::unknownActionsAndNamesStillRead()
{
    AuditWording wording; // nothing loaded: ids stand for names
    AuditEntry entry = AuditEntry::now(QStringLiteral("zara"), QStringLiteral("cycle.approve"), QStringLiteral("cycle"),
                                       QStringLiteral("42"));
    entry.after = AuditEntry::state(
        QJsonObject{{QStringLiteral("required"), 2}, {QStringLiteral("payees_sha256"), QStringLiteral("ab12")}});
    QCOMPARE(wording.sentence(entry), QStringLiteral("zara approved cycle 42: approvals needed: 2."));
    entry.action = QStringLiteral("cycle.something_new");
    entry.after.clear();
    QCOMPARE(wording.sentence(entry), QStringLiteral("zara did cycle.something_new to cycle 42."));
}

QTEST_GUILESS_MAIN(TestAuditWording)
#include "tst_auditwording.moc"
