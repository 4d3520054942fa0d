// Benchmark: a cycle for a whole registry. Times enrolment, entitlement generation, submission and
// approval through PayDesk's services against the database doing the same generation alone in one
// INSERT ... SELECT (the floor), in the same run.
//   bench_cycle [--rows N]
#include "BenchSupport.h"

#include "officers/OfficerRepository.h"
#include "programs/CycleService.h"
#include "programs/Enrolment.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

namespace {

template <typename Work>
double seconds(Work work)
{
    QElapsedTimer timer;
    timer.start();
    if (!work()) {
        qFatal("a benchmark step failed");
    }
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Registry size."), QStringLiteral("N"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption prepareOption(QStringLiteral("prepare"), QStringLiteral("Only build the registry."),
                                           QStringLiteral("FILE"));
    parser.addOptions({rowsOption, prepareOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    if (parser.isSet(prepareOption)) {
        return prepareRegistry(parser.value(prepareOption), rows) ? 0 : 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cycle.sqlite"));
    if (!prepareRegistryInChild(path, rows)) {
        qFatal("preparing the registry failed");
    }
    QString error;
    const auto database = Database::open(path, &error);
    const Officer maker{QStringLiteral("maker"), QStringLiteral("Maker"), OfficerRole::Maker, true};
    const Officer checker{QStringLiteral("checker"), QStringLiteral("Checker"), OfficerRole::Checker, true};
    OfficerRepository officers(*database);
    officers.add(maker, QStringLiteral("benchmark"), &error);
    officers.add(checker, QStringLiteral("benchmark"), &error);
    Program program;
    program.name = QStringLiteral("Benchmark grant");
    program.currency = Currency::fromCode(u"USD");
    program.rule = EntitlementRule::perHouseholdMember(Money(2000, program.currency), Money(500, program.currency), 6);
    program.eligibility.activeOnly = false;
    program.payer = PartyId::create(PartyIdType::Msisdn, u"254700000001");
    program.backend = PaymentBackend::FileOnly;
    program.budget = Money(Q_INT64_C(1) << 50, program.currency);
    if (!ProgramRepository(*database).save(program, maker, &error)) {
        qFatal("program: %s", qPrintable(error));
    }
    CycleService cycles(*database);
    EnrolmentResult enrolment;
    std::optional<Cycle> cycle;
    GenerationResult generation;
    const double enrol = seconds([&] {
        enrolment = Enrolment(*database).run(program.id, QDate(2026, 11, 27), maker);
        return enrolment.succeeded;
    });
    cycle = cycles.create(program.id, QStringLiteral("bench"), QDate(2027, 1, 1), QDate(2027, 1, 31), maker, &error);
    const double generate = seconds([&] {
        generation = cycles.generate(cycle->id, maker);
        return generation.succeeded && generation.created == enrolment.enrolled;
    });
    const double submit = seconds([&] { return cycles.submit(cycle->id, maker, &error); });
    const double approve = seconds([&] { return cycles.approve(cycle->id, checker, &error); });

    // The floor: the same rows written by one set-based statement, with the rule as SQL.
    const double floor = seconds([&] {
        QSqlQuery query(database->connection());
        return query.exec(QStringLiteral("CREATE TABLE entitlement_floor AS SELECT e.beneficiary_id, "
                                         "2000 + 500 * MIN(MAX(b.household_size, 1), 6) AS amount, 'USD' AS currency, "
                                         "'draft' AS state FROM enrolment e JOIN beneficiary b ON b.id = e.beneficiary_id "
                                         "WHERE e.program_id = %1")
                              .arg(program.id));
    });

    QTextStream out(stdout);
    out << QStringLiteral("A cycle for %1 beneficiaries (SQLite, one process)\n").arg(rows);
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("step"), -58).arg(QStringLiteral("seconds"), 8);
    auto line = [&out](const QString& step, double value) {
        out << QStringLiteral("%1 %2\n").arg(step, -58).arg(value, 8, 'f', 2);
    };
    line(QStringLiteral("enrol (eligibility over the whole registry)"), enrol);
    line(QStringLiteral("generate %1 entitlements").arg(generation.created), generate);
    line(QStringLiteral("submit (all entitlements to pending_validation)"), submit);
    line(QStringLiteral("approve (budget check, all entitlements approved)"), approve);
    line(QStringLiteral("baseline: the same rows by one INSERT ... SELECT"), floor);
    out << QStringLiteral("peak resident memory: %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 0);
    return 0;
}
