#include "TestDatabases.h"
#include "TestOfficers.h"

#include "audit/AuditLog.h"
#include "officers/MakerChecker.h"
#include "officers/OfficerAdministration.h"
#include "officers/OfficerRepository.h"
#include "storage/Database.h"

#include <QTest>

class TestMakerChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policy_data();
    void policy();
    void officersAreStoredAndAudited_data() { TestDatabases::addBackendRows(); }
    void officersAreStoredAndAudited();

private:
    TestDatabases m_databases;
};

void TestMakerChecker::policy_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("active");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("submittedBy");
    QTest::addColumn<QString>("refusal"); // empty: allowed
    const int prepare = int(MakerChecker::Action::Prepare);
    const int approve = int(MakerChecker::Action::Approve);
    const int cancel = int(MakerChecker::Action::Cancel);
    QTest::newRow("maker prepares") << "maker" << true << prepare << ""
                                    << "";
    QTest::newRow("checker cannot prepare") << "checker" << true << prepare << ""
                                            << "preparing is a maker's work";
    QTest::newRow("viewer cannot prepare") << "viewer" << true << prepare << ""
                                           << "viewer and cannot change anything";
    QTest::newRow("checker approves another's") << "checker" << true << approve << "amina"
                                                << "";
    QTest::newRow("checker cannot approve own") << "checker" << true << approve << "kofi"
                                                << "submitted this and cannot also approve it";
    QTest::newRow("maker cannot approve") << "maker" << true << approve << "amina"
                                          << "approving is a checker's work";
    QTest::newRow("viewer cannot approve") << "viewer" << true << approve << "amina"
                                           << "viewer";
    QTest::newRow("maker cancels") << "maker" << true << cancel << ""
                                   << "";
    QTest::newRow("checker cancels") << "checker" << true << cancel << ""
                                     << "";
    QTest::newRow("viewer cannot cancel") << "viewer" << true << cancel << ""
                                          << "viewer";
    QTest::newRow("inactive checker") << "checker" << false << approve << "amina"
                                      << "no longer an active officer";
}

void TestMakerChecker::policy()
{
    QFETCH(QString, role);
    QFETCH(bool, active);
    QFETCH(int, action);
    QFETCH(QString, submittedBy);
    QFETCH(QString, refusal);
    const Officer officer{QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), *officerRoleFromName(role), active};
    const auto reason = MakerChecker::refusal(officer, MakerChecker::Action(action), submittedBy);
    QCOMPARE(!reason.has_value(), refusal.isEmpty());
    if (reason) {
        QVERIFY2(reason->contains(refusal), qPrintable(*reason));
    }
}

void TestMakerChecker::officersAreStoredAndAudited()
{
    QFETCH(QString, backend);
    QString error;
    const auto database = Database::open(m_databases.freshLocation(backend), &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY2(TestOfficers::enrol(*database,
                                 {QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true},
                                 &error),
             qPrintable(error));

    // Only an administrator adds officers: a maker who is signed in is refused.
    QVERIFY(
        !OfficerAdministration(*database, QStringLiteral("amina"))
             .addOfficer({QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true}, &error));
    QVERIFY2(error.contains(QStringLiteral("not an active administrator")), qPrintable(error));

    OfficerAdministration administration(*database, TestOfficers::administrator);
    QVERIFY2(administration.addOfficer(
                 {QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true}, &error),
             qPrintable(error));
    QVERIFY(!administration.addOfficer(
        {QStringLiteral("kofi"), QStringLiteral("Another Kofi"), OfficerRole::Viewer, true}, &error));
    QVERIFY2(error.contains(QStringLiteral("already an officer kofi")), qPrintable(error));
    QVERIFY(!administration.addOfficer({QStringLiteral("bad id"), QStringLiteral("Spaces"), OfficerRole::Viewer, true},
                                       &error));
    QVERIFY2(error.contains(QStringLiteral("not an officer id")), qPrintable(error));
    QVERIFY(!administration.addOfficer({QStringLiteral("nameless"), QStringLiteral("  "), OfficerRole::Viewer, true},
                                       &error));

    OfficerRepository officers(*database);
    const auto kofi = officers.find(QStringLiteral("kofi"));
    QVERIFY(kofi);
    QCOMPARE(kofi->role, OfficerRole::Checker);
    QCOMPARE(kofi->displayName, QStringLiteral("Kofi Mensah"));
    QCOMPARE(officers.all().size(), 3); // the administrator, amina and kofi
    QVERIFY(!officers.find(QStringLiteral("nobody")));

    AuditLog log(*database);
    const QList<AuditEntry> entries = log.latest(1);
    QCOMPARE(entries.first().action, QStringLiteral("officer.add"));
    QCOMPARE(entries.first().subjectId, QStringLiteral("kofi"));
    QCOMPARE(entries.first().officer, TestOfficers::administrator);
    QVERIFY(entries.first().after.contains(QStringLiteral("\"role\":\"checker\"")));
    QVERIFY(!entries.first().signature.isEmpty());
    QVERIFY(log.verify().intact);
}

QTEST_GUILESS_MAIN(TestMakerChecker)
#include "tst_makerchecker.moc"
