#include "PreparedCycle.h"
#include "StoredBatch.h"
#include "TestDatabases.h"
#include "TestOfficers.h"

#include "approvals/ApprovalTierRepository.h"
#include "assurance/CycleDiff.h"
#include "batching/BatchRepository.h"
#include "batching/PaymentPreparer.h"
#include "disbursement/ReleaseGate.h"
#include "officers/OfficerAdministration.h"
#include "officers/OfficerRepository.h"
#include "programs/CycleService.h"
#include "programs/Program.h"
#include "programs/ProgramRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Approval tiers, incompatible roles and approval voiding, on SQLite and PostgreSQL: a cycle
// needs as many distinct checkers as its total asks, its maker never approves it, a change to an
// entitlement or a payee account voids the approval, and a batch is released only by an officer
// with no conflicting role, with its frozen bytes intact.
class TestApprovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiersParse_data();
    void tiersParse();
    void tiersCountDistinctCheckers_data() { TestDatabases::addBackendRows(); }
    void tiersCountDistinctCheckers();
    void makerNeverApprovesOwnCycle_data() { TestDatabases::addBackendRows(); }
    void makerNeverApprovesOwnCycle();
    void changesVoidTheApproval_data();
    void changesVoidTheApproval();
    void releaseRefusesConflictingRoles_data() { TestDatabases::addBackendRows(); }
    void releaseRefusesConflictingRoles();

private:
    // A second cycle of the fixture's program, generated and submitted by the maker.
    static qint64 submittedCycle(Database& database);
    static QStringList auditActions(Database& database, const QString& subject);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

namespace {

const Officer kSecondChecker{QStringLiteral("wanjiru"), QStringLiteral("Wanjiru Kamau"), OfficerRole::Checker, true};

} // namespace

qint64 TestApprovals::submittedCycle(Database& database)
{
    CycleService cycles(database);
    QString error;
    const auto cycle = cycles.create(1, QStringLiteral("2027-02"), QDate(2027, 2, 1), QDate(2027, 2, 28),
                                     PreparedCycle::maker, &error);
    if (!cycle || !cycles.generate(cycle->id, PreparedCycle::maker).succeeded ||
        !cycles.submit(cycle->id, PreparedCycle::maker, &error)) {
        qWarning("cannot make the second cycle: %s", qPrintable(error));
        return 0;
    }
    return cycle->id;
}

QStringList TestApprovals::auditActions(Database& database, const QString& subject)
{
    QStringList actions;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT action FROM audit_entry WHERE subject_type = 'cycle' AND subject_id = ? ORDER BY sequence"));
    query.addBindValue(subject);
    query.exec();
    while (query.next()) {
        actions.append(query.value(0).toString());
    }
    return actions;
}

void TestApprovals::tiersParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the tiers written back, or the error's telling part
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QString() << QString() << true;
    QTest::newRow("sorted") << QStringLiteral("250000:3, 0:1,50000.50:2")
                            << QStringLiteral("0.00:1, 50000.50:2, 250000.00:3") << true;
    QTest::newRow("no colon") << QStringLiteral("0:1, 5000") << QStringLiteral("approval tier \"5000\"") << false;
    QTest::newRow("count not a number") << QStringLiteral("0:one") << QStringLiteral("approval tier \"0:one\"")
                                        << false;
    QTest::newRow("bad amount") << QStringLiteral("12,5:2") << QStringLiteral("approval tier \"12\"") << false;
    QTest::newRow("too precise") << QStringLiteral("1.005:2") << QStringLiteral("approval tier \"1.005:2\"") << false;
    QTest::newRow("zero checkers") << QStringLiteral("0:0") << QStringLiteral("1 to 9 checkers") << false;
    QTest::newRow("twice") << QStringLiteral("100:2, 100:3") << QStringLiteral("given twice") << false;
    QTest::newRow("falling") << QStringLiteral("0:2, 100:1")
                             << QStringLiteral("asks fewer checkers (1) than a smaller total does (2)") << false;
}

void TestApprovals::tiersParse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, valid);
    QString error;
    const auto tiers = ApprovalTiers::parse(text, Currency::fromCode(u"USD"), &error);
    QCOMPARE(tiers.has_value(), valid);
    if (valid) {
        QCOMPARE(tiers->toText(), expected);
    } else {
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
}

void TestApprovals::tiersCountDistinctCheckers()
{
    QFETCH(QString, backend);
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(backend),
                                                m_dir.filePath(QStringLiteral("tiers-%1.csv").arg(backend)), 5, 40);
    QVERIFY(fixture.database);
    Database& database = *fixture.database;
    QString error;
    QVERIFY(TestOfficers::enrol(database, kSecondChecker, &error));
    const qint64 cycleId = submittedCycle(database);
    QVERIFY(cycleId > 0);
    CycleService cycles(database);
    const auto total = cycles.approvalStatus(cycleId, &error);
    QVERIFY2(total, qPrintable(error));
    QVERIFY(total->total.minorUnits() > 10000); // 25 USD to each of more than 4 beneficiaries

    // Two checkers from 100 USD, three from a million: this cycle needs two.
    const auto tiers =
        ApprovalTiers::parse(QStringLiteral("0:1, 100:2, 1000000:3"), Currency::fromCode(u"USD"), &error);
    QVERIFY2(tiers, qPrintable(error));
    QVERIFY(
        !ApprovalTierRepository(database).save(1, Currency::fromCode(u"USD"), *tiers, PreparedCycle::checker, &error));
    QVERIFY(ApprovalTierRepository(database).save(1, Currency::fromCode(u"USD"), *tiers, PreparedCycle::maker, &error));
    for (const Officer& checker : {PreparedCycle::checker, kSecondChecker}) {
        QVERIFY2(CycleDiff(database).acknowledge(cycleId, checker, &error), qPrintable(error));
    }

    QVERIFY2(cycles.approve(cycleId, PreparedCycle::checker, &error), qPrintable(error));
    QCOMPARE(cycles.find(cycleId, &error)->state, CycleState::ToApprove);
    auto status = cycles.approvalStatus(cycleId, &error);
    QCOMPARE(status->required, 2);
    QCOMPARE(status->approvers, QStringList{PreparedCycle::checker.id});
    QCOMPARE(status->missing(), 1);
    // The same checker twice is one approval.
    QVERIFY(!cycles.approve(cycleId, PreparedCycle::checker, &error));
    QVERIFY2(error.contains(QStringLiteral("has already approved this cycle; it waits for 1 more")), qPrintable(error));
    QCOMPARE(cycles.find(cycleId, &error)->state, CycleState::ToApprove);
    // A second, distinct checker completes it.
    QVERIFY2(cycles.approve(cycleId, kSecondChecker, &error), qPrintable(error));
    QCOMPARE(cycles.find(cycleId, &error)->state, CycleState::Approved);
    status = cycles.approvalStatus(cycleId, &error);
    QCOMPARE(status->approvers, (QStringList{PreparedCycle::checker.id, kSecondChecker.id}));
    const QStringList actions = auditActions(database, QString::number(cycleId));
    QCOMPARE(actions.filter(QStringLiteral("cycle.approv")),
             (QStringList{QStringLiteral("cycle.approval_recorded"), QStringLiteral("cycle.approve")}));
    // Each approval is the checker's signed entry over the cycle's seal, as recorded.
    {
        QSqlQuery sealed(database.connection());
        QVERIFY(sealed.exec(
            QStringLiteral(
                "SELECT a.entitlements_sha256, a.payees_sha256, e.after_state, e.signature FROM cycle_approval a "
                "JOIN audit_entry e ON e.subject_type = 'cycle' AND e.subject_id = CAST(a.cycle_id AS TEXT) "
                "AND e.officer = a.officer_id AND e.action IN ('cycle.approval_recorded', 'cycle.approve') "
                "WHERE a.cycle_id = %1")
                .arg(cycleId)));
        int checked = 0;
        while (sealed.next()) {
            QVERIFY2(sealed.value(2).toString().contains(sealed.value(0).toString()) &&
                         sealed.value(2).toString().contains(sealed.value(1).toString()),
                     qPrintable(sealed.value(2).toString()));
            QVERIFY(!sealed.value(3).toString().isEmpty());
            ++checked;
        }
        QCOMPARE(checked, 2);
    }

    // A payee account changing between the first and second approval voids the first.
    const qint64 march = [&database] {
        CycleService again(database);
        QString failure;
        const auto cycle = again.create(1, QStringLiteral("2027-03"), QDate(2027, 3, 1), QDate(2027, 3, 31),
                                        PreparedCycle::maker, &failure);
        again.generate(cycle->id, PreparedCycle::maker);
        again.submit(cycle->id, PreparedCycle::maker, &failure);
        return cycle->id;
    }();
    for (const Officer& checker : {PreparedCycle::checker, kSecondChecker}) {
        QVERIFY2(CycleDiff(database).acknowledge(march, checker, &error), qPrintable(error));
    }
    QVERIFY2(cycles.approve(march, PreparedCycle::checker, &error), qPrintable(error));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE beneficiary SET phone = '254799999999' WHERE id = (SELECT "
                                      "MIN(beneficiary_id) FROM entitlement WHERE cycle_id = %1)")
                           .arg(march)));
    QVERIFY2(CycleDiff(database).acknowledge(march, kSecondChecker, &error), qPrintable(error));
    QVERIFY2(cycles.approve(march, kSecondChecker, &error), qPrintable(error));
    QCOMPARE(cycles.find(march, &error)->state, CycleState::ToApprove);
    status = cycles.approvalStatus(march, &error);
    QCOMPARE(status->approvers, QStringList{kSecondChecker.id});
    QVERIFY(
        query.exec(QStringLiteral("SELECT void_reason FROM cycle_approval WHERE cycle_id = %1 AND officer_id = 'kofi'")
                       .arg(march)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("the cycle changed before it was fully approved"));
}

void TestApprovals::makerNeverApprovesOwnCycle()
{
    QFETCH(QString, backend);
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(backend),
                                                m_dir.filePath(QStringLiteral("maker-%1.csv").arg(backend)), 6, 30);
    QVERIFY(fixture.database);
    Database& database = *fixture.database;
    const qint64 cycleId = submittedCycle(database);
    QVERIFY(cycleId > 0);
    // Amina made and submitted the cycle, then became a checker: she still cannot approve it.
    QString error;
    QVERIFY2(OfficerAdministration(database, TestOfficers::administrator)
                 .changeRole(PreparedCycle::maker.id, OfficerRole::Checker, &error),
             qPrintable(error));
    const Officer promoted = *OfficerRepository(database).find(PreparedCycle::maker.id);
    QCOMPARE(promoted.role, OfficerRole::Checker);
    QVERIFY2(CycleDiff(database).acknowledge(cycleId, promoted, &error), qPrintable(error));
    CycleService cycles(database);
    QVERIFY(!cycles.approve(cycleId, promoted, &error));
    QVERIFY2(error.contains(QStringLiteral("amina submitted this and cannot also approve it")), qPrintable(error));
    // Sent back and submitted again by another maker, it is still the cycle amina made.
    const Officer otherMaker{QStringLiteral("baraka"), QStringLiteral("Baraka Otieno"), OfficerRole::Maker, true};
    QVERIFY(TestOfficers::enrol(database, otherMaker, &error));
    QVERIFY2(cycles.sendBack(cycleId, PreparedCycle::checker, &error), qPrintable(error));
    QVERIFY2(cycles.submit(cycleId, otherMaker, &error), qPrintable(error));
    QVERIFY(!cycles.approve(cycleId, promoted, &error));
    QVERIFY2(error.contains(QStringLiteral("amina made this cycle and cannot also approve it")), qPrintable(error));
    QCOMPARE(cycles.find(cycleId, &error)->state, CycleState::ToApprove);
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM cycle_approval WHERE cycle_id = %1").arg(cycleId)) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'officer.role' AND subject_id = 'amina'")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestApprovals::changesVoidTheApproval_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("said");
    QTest::addColumn<bool>("afterBatches"); // changed once the batches exist: the send finds it
    for (const QString& backend : TestDatabases::backends()) {
        QTest::addRow("%s payee before preparing", qPrintable(backend))
            << backend
            << QStringLiteral("UPDATE beneficiary SET phone = '254788888888' WHERE id = (SELECT MIN(beneficiary_id) "
                              "FROM entitlement)")
            << QStringLiteral("the payee accounts changed after the approval") << false;
        QTest::addRow("%s amount before preparing", qPrintable(backend))
            << backend
            << QStringLiteral("UPDATE entitlement SET amount_minor_units = amount_minor_units + 100 WHERE id = (SELECT "
                              "MAX(id) FROM entitlement)")
            << QStringLiteral("the entitlements (who is paid, or how much) changed after the approval") << false;
        QTest::addRow("%s payee before sending", qPrintable(backend))
            << backend
            << QStringLiteral("UPDATE beneficiary SET phone = '254788888888' WHERE id = (SELECT MAX(beneficiary_id) "
                              "FROM entitlement)")
            << QStringLiteral("the payee accounts changed after the approval") << true;
    }
}

void TestApprovals::changesVoidTheApproval()
{
    QFETCH(QString, backend);
    QFETCH(QString, change);
    QFETCH(QString, said);
    QFETCH(bool, afterBatches);
    PreparedCycle::Options options;
    options.beforePreparing = [&change, afterBatches](Database& database, qint64) {
        if (!afterBatches) {
            QSqlQuery(database.connection()).exec(change);
        }
    };
    PreparedCycle fixture = PreparedCycle::make(
        m_databases.freshLocation(backend),
        m_dir.filePath(QStringLiteral("void-%1.csv").arg(QTest::currentDataTag()).replace(u' ', u'-')), 7, 30, options);
    QVERIFY(fixture.database);
    Database& database = *fixture.database;
    CycleService cycles(database);
    QString error;
    if (afterBatches) {
        QVERIFY(!fixture.batches.isEmpty());
        QVERIFY(QSqlQuery(database.connection()).exec(change));
        const auto batch = storedBatch(database, fixture.batches.first());
        const auto refusal = ReleaseGate(database).refusal(*batch, PreparedCycle::checker);
        QVERIFY(refusal);
        error = *refusal;
    } else {
        // The fixture's preparation was refused: no batch, and the reason is the voided approval.
        QVERIFY(fixture.batches.isEmpty());
        const PreparationResult again = PaymentPreparer(database).prepare(fixture.cycleId, PreparedCycle::maker);
        QVERIFY(!again.error.isEmpty());
        error = again.error;
        QVERIFY2(error.contains(QStringLiteral("this one is awaiting approval")),
                 qPrintable(error)); // why: in the audit log
    }
    QCOMPARE(cycles.find(fixture.cycleId, &error)->state, CycleState::ToApprove);
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT after_state FROM audit_entry WHERE action = 'cycle.approval_voided'")));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toString().contains(said), qPrintable(query.value(0).toString()));
    QVERIFY(!query.next());
    if (afterBatches) {
        QVERIFY2(error.contains(QStringLiteral("is void: ") + said), qPrintable(error));
    }
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM entitlement WHERE cycle_id = %1 AND state = 'approved'")
                           .arg(fixture.cycleId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT voided_at <> '', void_reason FROM cycle_approval WHERE cycle_id = %1")
                           .arg(fixture.cycleId)));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
    QCOMPARE(query.value(1).toString(), said);

    // Approved again as it now stands, the cycle moves on.
    QVERIFY2(CycleDiff(database).acknowledge(fixture.cycleId, PreparedCycle::checker, &error), qPrintable(error));
    QVERIFY2(cycles.approve(fixture.cycleId, PreparedCycle::checker, &error), qPrintable(error));
    QCOMPARE(cycles.find(fixture.cycleId, &error)->state, CycleState::Approved);
    if (afterBatches) {
        const auto batch = storedBatch(database, fixture.batches.first());
        QCOMPARE(ReleaseGate(database).refusal(*batch, PreparedCycle::checker), std::nullopt);
    } else {
        const PreparationResult prepared = PaymentPreparer(database).prepare(fixture.cycleId, PreparedCycle::maker);
        QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
        QVERIFY(prepared.batchesCreated > 0);
    }
}

void TestApprovals::releaseRefusesConflictingRoles()
{
    QFETCH(QString, backend);
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(backend),
                                                m_dir.filePath(QStringLiteral("release-%1.csv").arg(backend)), 8, 30);
    QVERIFY(fixture.database && fixture.batches.size() >= 2);
    Database& database = *fixture.database;
    QString error;
    QVERIFY(TestOfficers::enrol(database, kSecondChecker, &error));
    const auto first = storedBatch(database, fixture.batches.at(0));
    QCOMPARE(ReleaseGate(database).refusal(*first, PreparedCycle::checker), std::nullopt);

    // A maker changes the payer account, and is then made a checker: not the next send.
    auto program = ProgramRepository(database).find(1, &error);
    program->payer = PartyId::create(PartyIdType::Msisdn, u"254700000002");
    const Officer otherMaker{QStringLiteral("baraka"), QStringLiteral("Baraka Otieno"), OfficerRole::Maker, true};
    QVERIFY(TestOfficers::enrol(database, otherMaker, &error));
    QVERIFY2(ProgramRepository(database).save(*program, otherMaker, &error), qPrintable(error));
    QVERIFY2(OfficerAdministration(database, TestOfficers::administrator)
                 .changeRole(otherMaker.id, OfficerRole::Checker, &error),
             qPrintable(error));
    const Officer promoted = *OfficerRepository(database).find(otherMaker.id);
    auto refusal = ReleaseGate(database).refusal(*first, promoted);
    QVERIFY(refusal);
    QVERIFY2(
        refusal->contains(QStringLiteral("baraka changed the payer account of Grant and cannot release its next send")),
        qPrintable(*refusal));
    // The maker of the cycle, promoted too, sends none of its batches.
    QVERIFY2(OfficerAdministration(database, TestOfficers::administrator)
                 .changeRole(PreparedCycle::maker.id, OfficerRole::Checker, &error),
             qPrintable(error));
    refusal = ReleaseGate(database).refusal(*first, *OfficerRepository(database).find(PreparedCycle::maker.id));
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(QStringLiteral("amina prepared batch")), qPrintable(*refusal));

    // A batch whose bytes were changed behind PayDesk's back (the frozen-file trigger dropped) is not sent.
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(backend == u"sqlite" ? QStringLiteral("DROP TRIGGER payment_batch_frozen")
                                            : QStringLiteral("DROP TRIGGER payment_batch_frozen ON payment_batch")));
    QVERIFY(query.exec(QStringLiteral("UPDATE payment_batch SET file_bytes = file_bytes || file_bytes WHERE id = %1")
                           .arg(fixture.batches.at(1))));
    refusal = ReleaseGate(database).refusal(*storedBatch(database, fixture.batches.at(1)), PreparedCycle::checker);
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(QStringLiteral("is no longer the one frozen at preparation")), qPrintable(*refusal));
}

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
