#include "TestDatabases.h"
#include "TestOfficers.h"

#include "assurance/CycleDiff.h"
#include "audit/AuditLog.h"
#include "batching/BatchRepository.h"
#include "officers/Officer.h"
#include "programs/CycleService.h"
#include "programs/Enrolment.h"
#include "programs/ProgramRepository.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A cycle from creation to approval with two officers, on SQLite and PostgreSQL.
class TestCycleService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycleWithTwoOfficers_data() { TestDatabases::addBackendRows(); }
    void lifecycleWithTwoOfficers();
    void aFailedReadIsNotAMissingCycle_data() { TestDatabases::addBackendRows(); }
    void aFailedReadIsNotAMissingCycle();

private:
    std::unique_ptr<Database> programWithEnrolment(const QString& backend, Program& program);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
};

namespace {

const Officer kMaker{QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true};
const Officer kChecker{QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true};

Money usd(const char* amount)
{
    return *Money::parse(QString::fromLatin1(amount), Currency::fromCode(u"USD"));
}

} // namespace

std::unique_ptr<Database> TestCycleService::programWithEnrolment(const QString& backend, Program& program)
{
    const QString location = m_databases.freshLocation(backend);
    const QString path = m_dir.filePath(QStringLiteral("registry.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return nullptr;
    }
    file.write("registry_id,given_name,family_name,region,household_size\n");
    const int sizes[] = {1, 2, 3, 4, 5, 6, 1, 2, 3, 4};
    for (int i = 0; i < 10; ++i) {
        file.write(QStringLiteral("N-%1,Name,Family,Northern,%2\n").arg(i).arg(sizes[i]).toUtf8());
    }
    file.write("C-1,Name,Family,Coastal,3\n");
    file.close();
    RegistryImportParams params;
    params.filePath = path;
    params.databaseLocation = location;
    params.today = QDate(2026, 11, 27);
    if (QString signError; !TestOfficers::signImport(params, kMaker, &signError)) {
        qWarning("%s", qPrintable(signError));
    }
    RegistryImporter importer;
    if (!importer.run(params).succeeded) {
        return nullptr;
    }
    QString error;
    auto database = Database::open(location, &error);
    if (database) {
        TestOfficers::rejoin(*database);
        if (QString enrolError; !TestOfficers::enrol(*database, kChecker, &enrolError)) {
            qWarning("%s", qPrintable(enrolError));
        }
    }
    program.name = QStringLiteral("Household grant");
    program.currency = Currency::fromCode(u"USD");
    program.rule = EntitlementRule::perHouseholdMember(usd("20"), usd("5"), 4);
    program.eligibility.regions = {QStringLiteral("Northern")};
    program.payer = PartyId::create(PartyIdType::Msisdn, u"254700000001");
    program.hubSettings.tenant = QStringLiteral("greenbank");
    program.hubSettings.paymentMode = QStringLiteral("MOJALOOP");
    program.budget = usd("300");
    if (!database || !ProgramRepository(*database).save(program, kMaker, &error) ||
        !Enrolment(*database).run(program.id, QDate(2026, 11, 27), kMaker).succeeded) {
        qWarning("setup failed: %s", qPrintable(error));
        return nullptr;
    }
    return database;
}

void TestCycleService::lifecycleWithTwoOfficers()
{
    QFETCH(QString, backend);
    Program program;
    const auto database = programWithEnrolment(backend, program);
    QVERIFY(database);
    CycleService cycles(*database);
    QString error;

    QVERIFY(
        !cycles.create(program.id, QStringLiteral("2027-01"), QDate(2027, 1, 1), QDate(2027, 1, 31), kChecker, &error));
    QVERIFY(
        !cycles.create(program.id, QStringLiteral("2027-01"), QDate(2027, 1, 31), QDate(2027, 1, 1), kMaker, &error));
    QVERIFY2(error.contains(QStringLiteral("end is not before its start")), qPrintable(error));
    const auto january =
        cycles.create(program.id, QStringLiteral("2027-01"), QDate(2027, 1, 1), QDate(2027, 1, 31), kMaker, &error);
    QVERIFY2(january, qPrintable(error));
    QCOMPARE(january->state, CycleState::Draft);

    QVERIFY(!cycles.submit(january->id, kMaker, &error));
    QVERIFY2(error.contains(QStringLiteral("generate them first")), qPrintable(error));

    GenerationResult generated = cycles.generate(january->id, kMaker);
    QVERIFY2(generated.succeeded, qPrintable(generated.error));
    QCOMPARE(generated.created, 10);
    // 20 + 5 per member, at most 4 members: 25 30 35 40 40 40 25 30 35 40
    QCOMPARE(generated.totalMinorUnits, 34000);
    generated = cycles.generate(january->id, kMaker); // idempotent
    QCOMPARE(generated.created, 0);
    QCOMPARE(generated.alreadyThere, 10);

    QVERIFY(!cycles.approve(january->id, kChecker, &error));
    QVERIFY2(error.contains(QStringLiteral("the cycle is draft and cannot become approved")), qPrintable(error));
    QVERIFY2(cycles.submit(january->id, kMaker, &error), qPrintable(error));
    QCOMPARE(cycles.find(january->id, &error)->submittedBy, QStringLiteral("amina"));
    QVERIFY(!cycles.generate(january->id, kMaker).succeeded); // no longer a draft
    QVERIFY(!cycles.approve(january->id, kMaker, &error));
    QVERIFY2(error.contains(QStringLiteral("approving is a checker's work")), qPrintable(error));

    // 340 asked, 300 budget: refused whole, with the shortfall.
    QVERIFY(!cycles.approve(january->id, kChecker, &error));
    QVERIFY2(error.contains(QStringLiteral("needs 340.00 USD, 300.00 USD of the budget remains, 40.00 USD short")),
             qPrintable(error));
    QCOMPARE(cycles.find(january->id, &error)->state, CycleState::ToApprove);
    QCOMPARE(cycles.totals(january->id)->byState.value(EntitlementState::PendingValidation).count, 10);

    program.budget = usd("500");
    QVERIFY(ProgramRepository(*database).save(program, kMaker, &error));
    // Some of them cannot be paid as the registry stands: the checker sees that before approving.
    error.clear();
    QVERIFY(!cycles.approve(january->id, kChecker, &error));
    QVERIFY2(error.contains(QStringLiteral("has not acknowledged")), qPrintable(error));
    QVERIFY2(CycleDiff(*database).acknowledge(january->id, kChecker, &error), qPrintable(error));
    QVERIFY2(cycles.approve(january->id, kChecker, &error), qPrintable(error));
    const Cycle approved = *cycles.find(january->id, &error);
    QCOMPARE(approved.state, CycleState::Approved);
    QCOMPARE(approved.approvedBy, QStringLiteral("kofi"));
    const CycleTotals totals = *cycles.totals(january->id);
    QCOMPARE(totals.byState.value(EntitlementState::Approved).count, 10);
    QCOMPARE(totals.byState.value(EntitlementState::Approved).minorUnits, 34000);
    QCOMPARE(totals.count(), 10);

    // February: 340 more, but only 160 of the budget is left.
    const auto february =
        cycles.create(program.id, QStringLiteral("2027-02"), QDate(2027, 2, 1), QDate(2027, 2, 28), kMaker, &error);
    QVERIFY(february);
    QVERIFY(cycles.generate(february->id, kMaker).succeeded);
    QVERIFY(cycles.submit(february->id, kMaker, &error));
    QVERIFY(!cycles.approve(february->id, kChecker, &error));
    QVERIFY2(error.contains(QStringLiteral("160.00 USD of the budget remains, 180.00 USD short")), qPrintable(error));
    QVERIFY2(cycles.sendBack(february->id, kChecker, &error), qPrintable(error));
    QCOMPARE(cycles.find(february->id, &error)->state, CycleState::Draft);
    QCOMPARE(cycles.find(february->id, &error)->submittedBy, QString());
    QCOMPARE(cycles.totals(february->id)->byState.value(EntitlementState::Draft).count, 10);
    QVERIFY2(cycles.cancel(february->id, kMaker, &error), qPrintable(error));
    QCOMPARE(cycles.totals(february->id)->byState.value(EntitlementState::Cancelled).count, 10);
    QVERIFY(!cycles.submit(february->id, kMaker, &error));
    QVERIFY(!cycles.cancel(february->id, kChecker, &error));
    QVERIFY2(error.contains(QStringLiteral("already cancelled")), qPrintable(error));
    QVERIFY(!cycles.approve(february->id, kChecker, &error));
    QVERIFY2(error.contains(QStringLiteral("nothing more can happen")), qPrintable(error));
    QCOMPARE(cycles.cyclesOf(program.id).size(), 2);

    // A state moved behind the service's back is not overwritten.
    const auto march =
        cycles.create(program.id, QStringLiteral("2027-03"), QDate(2027, 3, 1), QDate(2027, 3, 31), kMaker, &error);
    QVERIFY(cycles.generate(march->id, kMaker).succeeded);
    QSqlQuery(database->connection())
        .exec(QStringLiteral("UPDATE cycle SET state = 'cancelled' WHERE id = %1").arg(march->id));
    QVERIFY(!cycles.submit(march->id, kMaker, &error));

    AuditLog log(*database);
    QVERIFY(log.verify().intact);
    QStringList actions;
    for (const AuditEntry& entry : log.latest(20, QStringLiteral("cycle"), QString::number(january->id))) {
        actions.prepend(entry.action + u'/' + entry.officer);
    }
    QCOMPARE(actions,
             (QStringList{QStringLiteral("cycle.create/amina"), QStringLiteral("cycle.generate/amina"),
                          QStringLiteral("cycle.generate/amina"), QStringLiteral("cycle.submit/amina"),
                          QStringLiteral("cycle.findings_acknowledged/kofi"), QStringLiteral("cycle.approve/kofi")}));
}

// A database that cannot be read says so: it never passes for "there is no such cycle".
void TestCycleService::aFailedReadIsNotAMissingCycle()
{
    QFETCH(QString, backend);
    Program program;
    const auto database = programWithEnrolment(backend, program);
    QVERIFY(database);
    CycleService cycles(*database);
    QString error;
    const auto cycle =
        cycles.create(program.id, QStringLiteral("2027-01"), QDate(2027, 1, 1), QDate(2027, 1, 31), kMaker, &error);
    QVERIFY2(cycle, qPrintable(error));
    QVERIFY(!cycles.find(cycle->id + 1, &error));
    QCOMPARE(error, QStringLiteral("there is no cycle %1").arg(cycle->id + 1));
    BatchRepository batches(*database);
    QVERIFY(!batches.find(7, &error));
    QCOMPARE(error, QStringLiteral("there is no batch 7"));
    ProgramRepository programs(*database);
    QVERIFY(!programs.find(program.id + 1, &error));
    QCOMPARE(error, QStringLiteral("there is no program %1").arg(program.id + 1));
    QVERIFY(!programs.findOfCycle(cycle->id + 1, &error));
    QCOMPARE(error, QStringLiteral("there is no cycle %1").arg(cycle->id + 1));

    database->connection().close();
    error.clear();
    QVERIFY(!cycles.find(cycle->id, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cycle %1 could not be read: ").arg(cycle->id)), qPrintable(error));
    QVERIFY(!batches.find(7, &error));
    QVERIFY2(error.startsWith(QStringLiteral("batch 7 could not be read: ")), qPrintable(error));
    QVERIFY(!programs.find(program.id, &error));
    QVERIFY2(error.startsWith(QStringLiteral("program %1 could not be read: ").arg(program.id)), qPrintable(error));
    QVERIFY(!programs.findOfCycle(cycle->id, &error));
    QVERIFY2(error.startsWith(QStringLiteral("the program of cycle %1 could not be read: ").arg(cycle->id)),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCycleService)
#include "tst_cycleservice.moc"
