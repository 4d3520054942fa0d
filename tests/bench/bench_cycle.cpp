// Benchmark: a cycle for a whole registry, on SQLite or PostgreSQL (a cluster given by
// PAYDESK_TEST_POSTGRES_URL, which scripts/run-benchmarks.sh starts). Times each step through
// PayDesk's services, from enrolment to reconciliation and the evidence pack, each beside the same
// rows written by the database alone in one statement (INSERT ... SELECT or UPDATE, into a second
// program or cycle of the same tables), in the same run.
//   bench_cycle [--rows N] [--database sqlite|postgresql]
#include "BenchSupport.h"
#include "StoredBatch.h"

#include "approvals/CycleSeal.h"
#include "assurance/CycleDiff.h"
#include "batching/BatchRepository.h"
#include "batching/PaymentPreparer.h"
#include "batching/SigningKey.h"
#include "batching/XSignature.h"
#include "evidence/EvidencePack.h"
#include "evidence/EvidencePackVerifier.h"
#include "programs/CycleService.h"
#include "programs/Enrolment.h"
#include "programs/ProgramRepository.h"
#include "reconciliation/PaymentReconciler.h"
#include "review/ResultComparison.h"
#include "storage/Database.h"
#include "trust/TrustStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace {

template <typename Work> double seconds(Work work)
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
    const QCommandLineOption databaseOption = benchDatabaseOption();
    parser.addOptions({rowsOption, prepareOption, databaseOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    if (parser.isSet(prepareOption)) {
        return prepareRegistry(parser.value(prepareOption), rows) ? 0 : 1;
    }
    QTemporaryDir dir;
    TestDatabases databases;
    const bool postgres = parser.value(databaseOption) == u"postgresql";
    const QString path = freshBenchDatabase(parser.value(databaseOption), dir, QStringLiteral("cycle"), databases);
    if (!prepareRegistryInChild(path, rows)) {
        qFatal("preparing the registry failed");
    }
    QString error;
    const auto database = Database::open(path, &error);
    givePhonesToEveryone(*database); // not timed
    const Officer maker{QStringLiteral("maker"), QStringLiteral("Maker"), OfficerRole::Maker, true};
    const Officer checker{QStringLiteral("checker"), QStringLiteral("Checker"), OfficerRole::Checker, true};
    if (!signInBenchAdministrator(*database, path, &error) || !TestOfficers::enrol(*database, maker, &error) ||
        !TestOfficers::enrol(*database, checker, &error)) {
        qFatal("officers: %s", qPrintable(error));
    }
    Program program;
    program.name = QStringLiteral("Benchmark grant");
    program.currency = Currency::fromCode(u"USD");
    program.rule = EntitlementRule::perHouseholdMember(Money(2000, program.currency), Money(500, program.currency), 6);
    program.payeeIdType = PartyIdType::Msisdn;
    program.eligibility.activeOnly = false;
    program.payer = PartyId::create(PartyIdType::Msisdn, u"254700000001");
    program.backend = PaymentBackend::PaymentHubEe;
    program.hubSettings.tenant = QStringLiteral("t");
    program.hubSettings.paymentMode = QStringLiteral("MOJALOOP");
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
    const double findings = seconds([&] { return CycleDiff(*database).acknowledge(cycle->id, checker, &error); });
    const double approve = seconds([&] { return cycles.approve(cycle->id, checker, &error); });
    // What the approval covers, computed again as the preparation and every send do (CycleSeal).
    const double seal = seconds([&] { return CycleSeal::of(*database, cycle->id, &error).has_value(); });
    PreparationResult preparation;
    const double prepare = seconds([&] {
        preparation = PaymentPreparer(*database).prepare(cycle->id, maker);
        return preparation.succeeded;
    });
    // Sign every frozen file as it would be sent (X-SIGNATURE), with a fresh 2048-bit key.
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                              QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                              QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"), keyPath});
    openssl.waitForFinished(60000);
    const auto key = SigningKey::fromFile(keyPath, {}, &error);
    const double sign = seconds([&] {
        BatchRepository batches(*database);
        for (const PaymentBatch& listed : batches.batchesOf(cycle->id)) {
            const auto batch = batches.find(listed.id, &error);
            if (!key || key->sign(XSignature::sha3HexDigest(
                                      XSignature::dataToSign(batch->correlationId, QStringLiteral("t"), batch->file)),
                                  &error)
                            .isEmpty()) {
                return false;
            }
        }
        return true;
    });

    // Reconciliation of every payment's status once fetched: each batch marked sent, the hub's
    // detail rows for it (all COMPLETED) built beforehand, then applied batch by batch.
    QSqlQuery(database->connection())
        .exec(QStringLiteral("UPDATE payment_batch SET state = 'sent', hub_batch_id = 'hub-' || id"));
    QSqlQuery(database->connection()).exec(QStringLiteral("UPDATE payment SET state = 'sent'"));
    QList<QPair<qint64, QByteArray>> fetched;
    {
        QSqlQuery rows(database->connection());
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT batch_id, request_id FROM payment ORDER BY batch_id"));
        QJsonArray content;
        qint64 current = -1;
        const auto flush = [&] {
            if (current >= 0) {
                fetched.append(
                    {current,
                     QJsonDocument(QJsonObject{{QStringLiteral("content"), content}}).toJson(QJsonDocument::Compact)});
            }
            content = QJsonArray();
        };
        while (rows.next()) {
            if (rows.value(0).toLongLong() != current) {
                flush();
                current = rows.value(0).toLongLong();
            }
            content.append(
                QJsonObject{{QStringLiteral("clientCorrelationId"), QString(u'"' + rows.value(1).toString() + u'"')},
                            {QStringLiteral("status"), QStringLiteral("COMPLETED")}});
        }
        flush();
    }
    // Of which: matching the rows to each batch file, without the database.
    QList<QByteArray> batchFiles;
    for (const auto& [batchId, detail] : std::as_const(fetched)) {
        batchFiles.append(storedBatch(*database, batchId)->file);
    }
    const double compare = seconds([&] {
        for (qsizetype i = 0; i < fetched.size(); ++i) {
            if (!ResultComparison::compare(batchFiles.at(i), fetched.at(i).second).readable) {
                return false;
            }
        }
        return true;
    });
    qint64 reconciledPayments = 0;
    QHash<qint64, QByteArray> detailOf;
    QList<qint64> batchIds;
    for (const auto& [batchId, detail] : std::as_const(fetched)) {
        detailOf.insert(batchId, detail);
        batchIds.append(batchId);
    }
    const double reconcile = seconds([&] {
        const QList<ReconcileOutcome> outcomes = PaymentReconciler(*database).reconcile(
            batchIds,
            [&detailOf](const PaymentBatch& batch) { return PaymentReconciler::Results(detailOf.value(batch.id)); },
            checker);
        for (const ReconcileOutcome& outcome : outcomes) {
            if (!outcome.succeeded) {
                return false;
            }
            reconciledPayments += outcome.changed;
        }
        return outcomes.size() == batchIds.size();
    });
    // The evidence pack of the whole cycle (without the PDF), then checked offline.
    const QString pack = dir.filePath(QStringLiteral("evidence"));
    const double evidence = seconds([&] {
        return EvidencePack::write(*database, cycle->id, 0, pack, checker.id, &error) &&
               EvidencePack::seal(pack, &error);
    });
    const double evidenceCheck =
        seconds([&] { return EvidencePackVerifier::verify(pack, TrustStore(*database).anchor()->pem()).clean(); });
    const double reconcileFloor = seconds(
        [&] { return QSqlQuery(database->connection()).exec(QStringLiteral("UPDATE payment SET state = 'sent'")); });

    // The floors: the same rows written by the database alone, one statement each, into a second
    // program and cycle of the same tables, with the rule as SQL.
    Program floorProgram = program;
    floorProgram.id = 0;
    floorProgram.name = QStringLiteral("Benchmark floor");
    const auto floorCycle = ProgramRepository(*database).save(floorProgram, maker, &error)
                                ? cycles.create(floorProgram.id, QStringLiteral("floor"), QDate(2027, 1, 1),
                                                QDate(2027, 1, 31), maker, &error)
                                : std::nullopt;
    if (!floorCycle) {
        qFatal("floor program: %s", qPrintable(error));
    }
    const auto statement = [&database](const QString& sql) {
        return seconds([&] {
            QSqlQuery query(database->connection());
            if (!query.exec(sql)) {
                qWarning("%s", qPrintable(query.lastError().text()));
                return false;
            }
            return true;
        });
    };
    const double enrolFloor =
        statement(QStringLiteral("INSERT INTO enrolment (program_id, beneficiary_id, enrolled_at) SELECT %1, b.id, "
                                 "'2026-11-27' FROM beneficiary b WHERE b.household_size BETWEEN 1 AND 50")
                      .arg(floorProgram.id));
    const double generateFloor = statement(
        QStringLiteral("INSERT INTO entitlement (cycle_id, beneficiary_id, amount_minor_units, currency, state) "
                       "SELECT %1, e.beneficiary_id, 2000 + 500 * (CASE WHEN b.household_size < 1 THEN 1 "
                       "WHEN b.household_size > 6 THEN 6 ELSE b.household_size END), 'USD', 'draft' "
                       "FROM enrolment e JOIN beneficiary b ON b.id = e.beneficiary_id WHERE e.program_id = %2")
            .arg(floorCycle->id)
            .arg(floorProgram.id));
    const double submitFloor = statement(
        QStringLiteral("UPDATE entitlement SET state = 'pending_validation' WHERE cycle_id = %1").arg(floorCycle->id));
    const double approveFloor =
        statement(QStringLiteral("UPDATE entitlement SET state = 'approved' WHERE cycle_id = %1").arg(floorCycle->id));
    const double prepareFloor = statement(
        QStringLiteral("CREATE TABLE payment_floor AS SELECT x.id AS entitlement_id, x.beneficiary_id, "
                       "x.amount_minor_units, x.currency, b.phone AS payee, 'prepared' AS state FROM entitlement x "
                       "JOIN beneficiary b ON b.id = x.beneficiary_id WHERE x.cycle_id = %1")
            .arg(floorCycle->id));

    QTextStream out(stdout);
    out << QStringLiteral("A cycle for %1 beneficiaries (%2, one process)\n")
               .arg(rows)
               .arg(postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("step"), -66)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("floor"), 7)
               .arg(QStringLiteral("ratio"), 6);
    auto line = [&out](const QString& step, double value, double floorSeconds = 0) {
        out << QStringLiteral("%1 %2").arg(step, -66).arg(value, 8, 'f', 2);
        if (floorSeconds > 0) {
            out << QStringLiteral(" %1 %2x").arg(floorSeconds, 7, 'f', 2).arg(value / floorSeconds, 5, 'f', 1);
        }
        out << u'\n';
    };
    line(QStringLiteral("enrol (eligibility over the whole registry)"), enrol, enrolFloor);
    line(QStringLiteral("generate %1 entitlements").arg(generation.created), generate, generateFloor);
    line(QStringLiteral("submit (all entitlements to pending_validation)"), submit, submitFloor);
    line(QStringLiteral("findings before approval, acknowledged (CycleDiff)"), findings);
    line(QStringLiteral("approve (budget check, findings again, seal, all approved)"), approve, approveFloor);
    line(QStringLiteral("seal of the cycle read again (CycleSeal, once per send run)"), seal);
    line(QStringLiteral("prepare %1 payments: plan, write and freeze %2 batch files")
             .arg(preparation.paymentsCreated)
             .arg(preparation.batchesCreated),
         prepare, prepareFloor);
    line(QStringLiteral("sign every batch file (X-SIGNATURE)"), sign);
    line(QStringLiteral("enrolment to signed files (target %1 s)").arg(postgres ? 40 : 20),
         enrol + generate + submit + findings + approve + prepare + sign);
    line(QStringLiteral("reconcile %1 payment statuses, once fetched").arg(reconciledPayments), reconcile,
         reconcileFloor);
    line(QStringLiteral("  of which matching the hub's rows to the batch files"), compare);
    line(QStringLiteral("evidence pack of the cycle written and sealed (no PDF)"), evidence);
    line(QStringLiteral("evidence pack checked offline (EvidencePackVerifier)"), evidenceCheck);
    out << QStringLiteral("peak resident memory: %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 0);
    return 0;
}
