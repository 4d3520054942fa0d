// Enrolment and generation by set (ProgramRuleSql) against the C++ rules they stand for
// (Eligibility::admits, EntitlementRule::amountFor), on random programs and random registries,
// on SQLite and PostgreSQL: every beneficiary enrolled or not, and entitled to what, exactly as the
// reference says — regions in other cases and scripts, household sizes out of range, birthdays on
// 29 February and on the day itself, unknown birth dates, inactive beneficiaries.
#include "TestDatabases.h"
#include "TestOfficers.h"

#include "domain/Beneficiary.h"
#include "programs/CycleService.h"
#include "programs/Enrolment.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <array>

class TestProgramRuleSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setBasedMatchesTheReference_data() { TestDatabases::addBackendRows(); }
    void setBasedMatchesTheReference();

private:
    TestDatabases m_databases;
};

namespace {

const Officer kMaker{QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true};
const QStringList kRegions{QStringLiteral("Northern"),      QStringLiteral("NORTHERN"),
                           QStringLiteral("northern"),      QStringLiteral("Coastal"),
                           QStringLiteral("\u00C9quateur"), QStringLiteral("\u00E9quateur"),
                           QStringLiteral("\u00C9QUATEUR"), QStringLiteral("")};
constexpr int kBeneficiaries = 400;
constexpr int kPrograms = 16;
// Ages around the programs' limits, so that birthdays fall on either side of each bound.
constexpr std::array kBoundaryAges{17, 18, 19, 59, 60, 61};
constexpr std::array kAgeMins{0, 18, 60};
constexpr std::array kAgeMaxes{18, 59, 60, 89};

Money usd(qint64 cents)
{
    return Money(cents, Currency::fromCode(u"USD"));
}

QDate randomBirthDate(QRandomGenerator& random, const QDate& today)
{
    switch (random.bounded(6)) {
    case 0:
        return {}; // unknown
    case 1:
        return QDate(2000 + 4 * random.bounded(6), 2, 29);
    case 2:
        return today.addYears(-kBoundaryAges[random.bounded(int(kBoundaryAges.size()))]); // a birthday today
    case 3:
        return today.addYears(-kBoundaryAges[random.bounded(int(kBoundaryAges.size()))])
            .addDays(random.bounded(2) ? 1 : -1);
    default:
        return today.addDays(-random.bounded(365 * 90));
    }
}

// A random registry written straight to the tables (values an import would refuse included).
bool writeRegistry(Database& database, QRandomGenerator& random, const QDate& today, QString* error)
{
    DbTransaction transaction(database.connection());
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("INSERT INTO registry_import (file_name, started_at) VALUES ('random.csv', "
                                   "'2027-01-01') RETURNING id")) ||
        !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const qint64 importId = query.value(0).toLongLong();
    query.finish();
    query.prepare(QStringLiteral("INSERT INTO beneficiary (registry_id, given_name, family_name, birth_date, "
                                 "household_size, region, active, created_import_id, import_id, changed_import_id) "
                                 "VALUES (?, 'Given', 'Family', ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < kBeneficiaries; ++i) {
        const QDate birth = randomBirthDate(random, today);
        query.addBindValue(QStringLiteral("R-%1").arg(i));
        query.addBindValue(birth.isValid() ? QVariant(birth.toString(Qt::ISODate))
                                           : QVariant(QMetaType(QMetaType::QString)));
        query.addBindValue(random.bounded(-1, 60));
        query.addBindValue(kRegions.at(random.bounded(kRegions.size())));
        query.addBindValue(random.bounded(5) == 0 ? 0 : 1);
        for (int k = 0; k < 3; ++k) {
            query.addBindValue(importId);
        }
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    return transaction.commit();
}

Program randomProgram(QRandomGenerator& random, int index)
{
    Program program;
    program.name = QStringLiteral("Random program %1").arg(index);
    program.currency = Currency::fromCode(u"USD");
    program.payer = PartyId::create(PartyIdType::BankAccount, u"TREASURY-001");
    program.backend = PaymentBackend::FileOnly;
    program.budget = usd(Q_INT64_C(100000000000));
    Eligibility& eligibility = program.eligibility;
    eligibility.activeOnly = random.bounded(3) != 0;
    for (const QString& region :
         {QStringLiteral("northern"), QStringLiteral("\u00C9QUATEUR"), QStringLiteral("Nowhere")}) {
        if (random.bounded(3) == 0) {
            eligibility.regions.append(region);
        }
    }
    eligibility.householdMin = random.bounded(1, 6);
    eligibility.householdMax = random.bounded(eligibility.householdMin, 51);
    if (random.bounded(2)) {
        eligibility.ageMin = kAgeMins[random.bounded(int(kAgeMins.size()))];
    }
    if (random.bounded(2)) {
        eligibility.ageMax = std::max(eligibility.ageMin.value_or(0), kAgeMaxes[random.bounded(int(kAgeMaxes.size()))]);
    }
    switch (random.bounded(3)) {
    case 0:
        program.rule = EntitlementRule::fixed(usd(random.bounded(1, 100000)));
        break;
    case 1:
        program.rule = EntitlementRule::perHouseholdMember(usd(random.bounded(1, 5000)), usd(random.bounded(0, 900)),
                                                           random.bounded(1, 51));
        break;
    default:
        program.rule = EntitlementRule::perRegion({{QStringLiteral("NORTHERN"), usd(random.bounded(1, 9000))},
                                                   {QStringLiteral("\u00E9quateur"), usd(random.bounded(1, 9000))}},
                                                  random.bounded(2) ? std::optional<Money>(usd(random.bounded(1, 9000)))
                                                                    : std::nullopt);
        break;
    }
    return program;
}

// Every beneficiary as the rules see them.
QList<Beneficiary> readRegistry(Database& database)
{
    QList<Beneficiary> all;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT id, region, household_size, birth_date, active FROM beneficiary ORDER BY id"));
    while (query.next()) {
        Beneficiary b;
        b.id = query.value(0).toLongLong();
        b.region = query.value(1).toString();
        b.householdSize = query.value(2).toInt();
        b.birthDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        b.active = query.value(4).toInt() != 0;
        all.append(b);
    }
    return all;
}

QHash<qint64, qint64> readPairs(Database& database, const QString& sql, qint64 key)
{
    QHash<qint64, qint64> pairs;
    QSqlQuery query(database.connection());
    query.prepare(sql);
    query.addBindValue(key);
    query.exec();
    while (query.next()) {
        pairs.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    return pairs;
}

} // namespace

void TestProgramRuleSql::setBasedMatchesTheReference()
{
    QFETCH(QString, backend);
    QRandomGenerator random(20261207);
    const QString location = m_databases.freshLocation(backend);
    QString error;
    const auto database = Database::open(location, &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY2(TestOfficers::enrol(*database, kMaker, &error), qPrintable(error));
    // Birthdays fall on the first enrolment day; the second is a 29 February.
    const QDate firstDay(2027, 3, 1);
    const QDate leapDay(2028, 2, 29);
    QVERIFY2(writeRegistry(*database, random, firstDay, &error), qPrintable(error));
    const QList<Beneficiary> registry = readRegistry(*database);
    QCOMPARE(registry.size(), kBeneficiaries);

    for (int p = 0; p < kPrograms; ++p) {
        Program program = randomProgram(random, p);
        QVERIFY2(ProgramRepository(*database).save(program, kMaker, &error), qPrintable(error));
        const QDate day = random.bounded(3) == 0 ? leapDay : firstDay;
        const EnrolmentResult enrolled = Enrolment(*database).run(program.id, day, kMaker);
        QVERIFY2(enrolled.succeeded, qPrintable(enrolled.error));

        const QHash<qint64, qint64> enrolment = readPairs(
            *database, QStringLiteral("SELECT beneficiary_id, 1 FROM enrolment WHERE program_id = ?"), program.id);
        qint64 admitted = 0;
        for (const Beneficiary& b : registry) {
            const bool expected = program.eligibility.admits(b, day);
            admitted += expected ? 1 : 0;
            QVERIFY2(enrolment.contains(b.id) == expected,
                     qPrintable(QStringLiteral("program %1, beneficiary %2 (%3, household %4, born %5, active %6)")
                                    .arg(p)
                                    .arg(b.id)
                                    .arg(b.region)
                                    .arg(b.householdSize)
                                    .arg(b.birthDate.toString(Qt::ISODate))
                                    .arg(b.active)));
        }
        QCOMPARE(enrolled.enrolled, admitted);
        QCOMPARE(enrolled.joined, admitted);

        CycleService cycles(*database);
        const auto cycle =
            cycles.create(program.id, QStringLiteral("2028-03"), QDate(2028, 3, 1), QDate(2028, 3, 31), kMaker, &error);
        QVERIFY2(cycle, qPrintable(error));
        const GenerationResult generated = cycles.generate(cycle->id, kMaker);
        QVERIFY2(generated.succeeded, qPrintable(generated.error));
        const QHash<qint64, qint64> amounts = readPairs(
            *database, QStringLiteral("SELECT beneficiary_id, amount_minor_units FROM entitlement WHERE cycle_id = ?"),
            cycle->id);
        qint64 expectedCreated = 0;
        qint64 expectedTotal = 0;
        for (const Beneficiary& b : registry) {
            const auto amount = enrolment.contains(b.id) ? program.rule.amountFor(b) : std::nullopt;
            QCOMPARE(amounts.value(b.id, -1), amount ? amount->minorUnits() : -1);
            expectedCreated += amount ? 1 : 0;
            expectedTotal += amount ? amount->minorUnits() : 0;
        }
        QCOMPARE(generated.created, expectedCreated);
        QCOMPARE(generated.noAmount, admitted - expectedCreated);
        QCOMPARE(generated.totalMinorUnits, expectedTotal);
    }
}

QTEST_GUILESS_MAIN(TestProgramRuleSql)
#include "tst_programrulesql.moc"
