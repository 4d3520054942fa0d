// Benchmark: a cycle for a whole registry. Times enrolment, entitlement generation, submission and
// approval through PayDesk's services against the database doing the same generation alone in one
// INSERT ... SELECT (the floor), in the same run.
//   bench_cycle [--rows N]
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
    // The demo registry gives phones to adults only; give everyone one, so that every entitlement
    // becomes a payment (not timed).
    QSqlQuery(database->connection())
        .exec(QStringLiteral("UPDATE beneficiary SET phone = '2547' || substr('00000000' || id, -8) WHERE phone = ''"));
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

    // The floor: the same rows written by one set-based statement, with the rule as SQL.
    const double floor = seconds([&] {
        QSqlQuery query(database->connection());
        return query.exec(
            QStringLiteral("CREATE TABLE entitlement_floor AS SELECT e.beneficiary_id, "
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
    line(QStringLiteral("findings before approval, acknowledged (CycleDiff)"), findings);
    line(QStringLiteral("approve (budget check, findings again, seal, all entitlements approved)"), approve);
    line(QStringLiteral("seal of the cycle read again (CycleSeal, once per send run)"), seal);
    line(QStringLiteral("prepare %1 payments: plan, write and freeze %2 batch files")
             .arg(preparation.paymentsCreated)
             .arg(preparation.batchesCreated),
         prepare);
    line(QStringLiteral("sign every batch file (X-SIGNATURE)"), sign);
    line(QStringLiteral("prepare + sign (the 20 s target)"), prepare + sign);
    line(QStringLiteral("baseline: the same rows by one INSERT ... SELECT"), floor);
    line(QStringLiteral("reconcile %1 payment statuses, once fetched (target 10 s)").arg(reconciledPayments),
         reconcile);
    line(QStringLiteral("  of which matching the hub's rows to the batch files"), compare);
    line(QStringLiteral("baseline: one UPDATE of every payment's state"), reconcileFloor);
    line(QStringLiteral("evidence pack of the cycle written and sealed (no PDF)"), evidence);
    line(QStringLiteral("evidence pack checked offline (EvidencePackVerifier)"), evidenceCheck);
    out << QStringLiteral("peak resident memory: %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 0);
    return 0;
}
