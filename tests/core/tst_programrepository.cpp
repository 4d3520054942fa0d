#include "TestDatabases.h"
#include "TestOfficers.h"

#include "audit/AuditLog.h"
#include "domain/Beneficiary.h"
#include "i18n/TranslationLoader.h"
#include "officers/OfficerRepository.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestProgramRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TranslationLoader::install(*QCoreApplication::instance(), QLocale(QLocale::English)); }
    void savesAndAudits_data() { TestDatabases::addBackendRows(); }
    void savesAndAudits();
    void refusals_data();
    void refusals();
    void settingsOfAnotherVersionAreKept_data() { TestDatabases::addBackendRows(); }
    void settingsOfAnotherVersionAreKept();
    void hostileTextIsOnlyData_data() { TestDatabases::addBackendRows(); }
    void hostileTextIsOnlyData();
    void eligibility_data();
    void eligibility();

private:
    static Program validProgram();

    TestDatabases m_databases;
};

namespace {

const Officer kMaker{QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true};
const Officer kChecker{QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true};
const Officer kViewer{QStringLiteral("zawadi"), QStringLiteral("Zawadi Said"), OfficerRole::Viewer, true};

Money usd(const char* amount)
{
    return *Money::parse(QString::fromLatin1(amount), Currency::fromCode(u"USD"));
}

} // namespace

Program TestProgramRepository::validProgram()
{
    Program program;
    program.name = QStringLiteral("Child grant 2027");
    program.currency = Currency::fromCode(u"USD");
    program.rule = EntitlementRule::perHouseholdMember(usd("20"), usd("5"), 6);
    program.eligibility.regions = {QStringLiteral("Northern"), QStringLiteral("Coastal")};
    program.eligibility.householdMin = 2;
    program.payer = PartyId::create(PartyIdType::Msisdn, u"254700000001");
    program.payeeIdType = PartyIdType::Msisdn;
    program.backend = PaymentBackend::PaymentHubEe;
    program.hubSettings.tenant = QStringLiteral("greenbank");
    program.hubSettings.paymentMode = QStringLiteral("MOJALOOP");
    program.budget = usd("1000000");
    return program;
}

void TestProgramRepository::savesAndAudits()
{
    QFETCH(QString, backend);
    QString error;
    const auto database = Database::open(m_databases.freshLocation(backend), &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY2(TestOfficers::enrol(*database, kMaker, &error), qPrintable(error));
    ProgramRepository programs(*database);

    Program program = validProgram();
    QVERIFY(!programs.save(program, kChecker, &error));
    QVERIFY2(error.contains(QStringLiteral("preparing is a maker's work")), qPrintable(error));
    QVERIFY(!programs.save(program, kViewer, &error));
    QCOMPARE(program.id, 0);

    QVERIFY2(programs.save(program, kMaker, &error), qPrintable(error));
    QVERIFY(program.id > 0);
    const auto stored = programs.find(program.id, &error);
    QVERIFY(stored);
    QCOMPARE(ProgramRepository::toJson(*stored), ProgramRepository::toJson(program));
    QCOMPARE(stored->createdBy, QStringLiteral("amina"));
    QCOMPARE(programs.all().size(), 1);

    Program twin = validProgram();
    QVERIFY(!programs.save(twin, kMaker, &error));
    QVERIFY2(error.contains(QStringLiteral("already a program named Child grant 2027")), qPrintable(error));

    // Moving the payer account is recorded with the old and the new account, and nothing else.
    Program changed = *stored;
    changed.payer = PartyId::create(PartyIdType::Msisdn, u"254700000999");
    QVERIFY2(programs.save(changed, kMaker, &error), qPrintable(error));
    AuditLog log(*database);
    const QList<AuditEntry> entries = log.latest(10, QStringLiteral("program"), QString::number(program.id));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("program.update"));
    QCOMPARE(entries.at(0).before, QStringLiteral("{\"payer_id\":\"254700000001\"}"));
    QCOMPARE(entries.at(0).after, QStringLiteral("{\"payer_id\":\"254700000999\"}"));
    QCOMPARE(entries.at(1).action, QStringLiteral("program.create"));
    QVERIFY(entries.at(1).after.contains(QStringLiteral("\"tenant\":\"greenbank\"")));
    // Saving without a change writes no entry.
    QVERIFY(programs.save(changed, kMaker, &error));
    QCOMPARE(log.latest(10, QStringLiteral("program"), QString::number(program.id)).size(), 2);
    QVERIFY(log.verify().intact);
}

// The hub settings are typed, yet what another tool or version wrote into them (a setting PayDesk
// does not know, or one of another type) survives a save by this one, untouched.
void TestProgramRepository::settingsOfAnotherVersionAreKept()
{
    QFETCH(QString, backend);
    QString error;
    const auto database = Database::open(m_databases.freshLocation(backend), &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY2(TestOfficers::enrol(*database, kMaker, &error), qPrintable(error));
    ProgramRepository programs(*database);
    Program program = validProgram();
    program.hubSettings.opsUser = QStringLiteral("operator");
    QVERIFY2(programs.save(program, kMaker, &error), qPrintable(error));
    QSqlQuery edit(database->connection());
    edit.prepare(QStringLiteral("UPDATE program SET backend_settings = ? WHERE id = ?"));
    edit.addBindValue(QStringLiteral(R"({"tenant":"greenbank","payment_mode":"MOJALOOP","ops_user":"operator",)"
                                     R"("receiver_id":7,"future_setting":{"retries":3}})"));
    edit.addBindValue(program.id);
    QVERIFY2(edit.exec(), qPrintable(edit.lastError().text()));

    auto stored = programs.find(program.id, &error);
    QVERIFY(stored);
    QCOMPARE(stored->hubSettings.tenant, QStringLiteral("greenbank"));
    QCOMPARE(stored->hubSettings.opsUser, QStringLiteral("operator"));
    QVERIFY(stored->hubSettings.receiverId.isEmpty()); // not a text: not read as one
    stored->hubSettings.opsUser = QStringLiteral("supervisor");
    QVERIFY2(programs.save(*stored, kMaker, &error), qPrintable(error));

    QSqlQuery read(database->connection());
    QVERIFY(read.exec(QStringLiteral("SELECT backend_settings FROM program")) && read.next());
    const QJsonObject kept = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object();
    QCOMPARE(kept.value(QStringLiteral("ops_user")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(kept.value(QStringLiteral("receiver_id")).toInt(), 7);
    QCOMPARE(kept.value(QStringLiteral("future_setting")).toObject().value(QStringLiteral("retries")).toInt(), 3);
    QCOMPARE(HubSettings::fromJson(kept).toJson(), kept);
}

// Every statement binds its values: text an officer types that reads as SQL is stored and found
// as the text it is, and selects nothing it should not.
void TestProgramRepository::hostileTextIsOnlyData()
{
    QFETCH(QString, backend);
    QString error;
    const auto database = Database::open(m_databases.freshLocation(backend), &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY2(TestOfficers::enrol(*database, kMaker, &error), qPrintable(error));
    ProgramRepository programs(*database);
    Program program = validProgram();
    program.name = QStringLiteral("Grant'); DROP TABLE program; --");
    program.eligibility.regions = {QStringLiteral("North' OR '1'='1"), QStringLiteral("100% \\_Coast")};
    QVERIFY2(programs.save(program, kMaker, &error), qPrintable(error));
    Program second = validProgram();
    second.name = QStringLiteral("Second");
    QVERIFY2(programs.save(second, kMaker, &error), qPrintable(error));
    const auto stored = programs.find(program.id, &error);
    QVERIFY(stored);
    QCOMPARE(stored->name, program.name);
    QCOMPARE(stored->eligibility.regions, program.eligibility.regions);
    QCOMPARE(programs.all().size(), 2);
    AuditLog log(*database);
    QVERIFY(!log.latest(10, QStringLiteral("program"), QString::number(program.id)).isEmpty());
    QCOMPARE(log.latest(10, QStringLiteral("program"), QStringLiteral("1' OR '1'='1")).size(), 0);
    QCOMPARE(log.latest(10, QStringLiteral("program' OR '1'='1"), QString::number(program.id)).size(), 0);
    QVERIFY(log.verify().intact);
}

void TestProgramRepository::refusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<int>("part");
    const int rule = int(Program::Part::Rule);
    const int payment = int(Program::Part::Payment);
    QTest::newRow("cents through the hub") << "rule_cents"
                                           << "would be 22.50 USD, but the payment backend pays whole USD only" << rule;
    QTest::newRow("cents in files are fine") << "rule_cents_file_only"
                                             << "" << -1;
    QTest::newRow("no name") << "no_name"
                             << "needs a name" << int(Program::Part::General);
    QTest::newRow("no tenant") << "no_tenant"
                               << "needs the tenant" << payment;
    QTest::newRow("unknown payment mode") << "bad_mode"
                                          << "payment mode must be one of MOJALOOP" << payment;
    QTest::newRow("unknown hub") << "hub_elsewhere"
                                 << "the hub is \"sandbox\"" << payment;
    QTest::newRow("hub URL not http") << "hub_ftp"
                                      << "ops_url \"ftp://hub.example/\" is not an http" << payment;
    QTest::newRow("sandbox hub") << "hub_sandbox"
                                 << "" << -1;
    QTest::newRow("hub URLs") << "hub_urls"
                              << "" << -1;
    QTest::newRow("budget in another currency") << "budget_eur"
                                                << "budget must be an amount in USD" << int(Program::Part::Budget);
    QTest::newRow("no payer") << "no_payer"
                              << "payer account" << payment;
    QTest::newRow("empty batches") << "zero_rows"
                                   << "from 1 to 100,000 rows" << payment;
    QTest::newRow("tiny files") << "tiny_files"
                                << "below 1,000 bytes" << payment;
    QTest::newRow("household range upside down") << "bad_households"
                                                 << "household size range" << int(Program::Part::Eligibility);
    QTest::newRow("ages upside down") << "bad_ages"
                                      << "age range" << int(Program::Part::Eligibility);
}

void TestProgramRepository::refusals()
{
    QFETCH(QString, change);
    QFETCH(QString, refusal);
    QFETCH(int, part);
    Program program = validProgram();
    if (change.startsWith(QStringLiteral("rule_cents"))) {
        program.rule = EntitlementRule::perHouseholdMember(usd("20"), usd("2.50"), 6);
        if (change.endsWith(QStringLiteral("file_only"))) {
            program.backend = PaymentBackend::FileOnly;
        }
    } else if (change == u"no_name") {
        program.name = QStringLiteral("  ");
    } else if (change == u"no_tenant") {
        program.hubSettings.tenant.clear();
    } else if (change == u"bad_mode") {
        program.hubSettings.paymentMode = QStringLiteral("CARRIER_PIGEON");
    } else if (change == u"hub_elsewhere") {
        program.hubSettings.hub = QStringLiteral("the cloud");
    } else if (change == u"hub_ftp") {
        program.hubSettings.opsUrl = QStringLiteral("ftp://hub.example/");
    } else if (change == u"hub_sandbox") {
        program.hubSettings.hub = QStringLiteral("sandbox");
    } else if (change == u"hub_urls") {
        program.hubSettings.bulkUrl = QStringLiteral("https://bulk.hub.example:8443");
        program.hubSettings.opsUrl = QStringLiteral("http://ops.hub.example:5000");
    } else if (change == u"budget_eur") {
        program.budget = *Money::parse(u"100", Currency::fromCode(u"EUR"));
    } else if (change == u"no_payer") {
        program.payer = PartyId();
    } else if (change == u"zero_rows") {
        program.maxBatchRows = 0;
    } else if (change == u"tiny_files") {
        program.maxFileBytes = 200;
    } else if (change == u"bad_households") {
        program.eligibility.householdMin = 5;
        program.eligibility.householdMax = 2;
    } else if (change == u"bad_ages") {
        program.eligibility.ageMin = 60;
        program.eligibility.ageMax = 18;
    }
    QString error;
    Program::Part refusedPart = Program::Part::General;
    QCOMPARE(program.validate(&error, &refusedPart), refusal.isEmpty());
    QVERIFY2(error.contains(refusal), qPrintable(error));
    if (part >= 0) {
        QCOMPARE(int(refusedPart), part); // the form shows it next to these fields
    }
}

void TestProgramRepository::eligibility_data()
{
    QTest::addColumn<bool>("active");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("household");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("admitted");
    const QDate today(2026, 11, 27);
    QTest::newRow("fits") << true << "northern" << 3 << QDate(1990, 1, 1) << true;
    QTest::newRow("inactive") << false << "Northern" << 3 << QDate(1990, 1, 1) << false;
    QTest::newRow("other region") << true << "Lake" << 3 << QDate(1990, 1, 1) << false;
    QTest::newRow("household too small") << true << "Coastal" << 1 << QDate(1990, 1, 1) << false;
    QTest::newRow("turns 18 today") << true << "Coastal" << 2 << today.addYears(-18) << true;
    QTest::newRow("18 tomorrow") << true << "Coastal" << 2 << today.addYears(-18).addDays(1) << false;
    QTest::newRow("65 today is still in") << true << "Coastal" << 2 << today.addYears(-65) << true;
    QTest::newRow("66") << true << "Coastal" << 2 << today.addYears(-66) << false;
    QTest::newRow("unknown age") << true << "Coastal" << 2 << QDate() << false;
}

void TestProgramRepository::eligibility()
{
    QFETCH(bool, active);
    QFETCH(QString, region);
    QFETCH(int, household);
    QFETCH(QDate, birth);
    QFETCH(bool, admitted);
    Eligibility rules;
    rules.regions = {QStringLiteral("Northern"), QStringLiteral("Coastal")};
    rules.householdMin = 2;
    rules.ageMin = 18;
    rules.ageMax = 65;
    Beneficiary b;
    b.active = active;
    b.region = region;
    b.householdSize = household;
    b.birthDate = birth;
    QCOMPARE(rules.admits(b, QDate(2026, 11, 27)), admitted);
    QCOMPARE(Eligibility::fromJson(rules.toJson()).toJson(), rules.toJson());
}

QTEST_GUILESS_MAIN(TestProgramRepository)
#include "tst_programrepository.moc"
