#include "PaymentPreparer.h"

#include "BatchPlanner.h"
#include "BatchRepository.h"
#include "BatchState.h"
#include "G2pConnectDisburseWriter.h"
#include "PayeeAddress.h"
#include "RequestIdGenerator.h"

#include "approvals/CycleApprovals.h"
#include "approvals/CycleSeal.h"
#include "audit/AuditLog.h"
#include "concurrency/BoundedQueue.h"
#include "disbursement/ReleasePolicyRepository.h"
#include "officers/MakerChecker.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace {

constexpr int kRowsPerRead = 10000;
constexpr int kQueuedBatches = 16;

struct Payable
{
    qint64 entitlementId;
    qint64 beneficiaryId;
    qint64 amountMinorUnits;
    QString currency;
    QString registryId;
    PayeeAddress::Source payee;
    bool hasOpenPayment;
    qint64 failedPayment; // the latest failed payment of the entitlement, 0 when none
};

struct FrozenBatch
{
    QList<PaymentLine> payments;
    QByteArray file;
    QString sha256; // hex, of file
    QString correlationId;
    qint64 total = 0; // minor units
    QString error;    // set when the file could not be written
    bool pilot = false;
};

// A planned batch with its file in the program's format, its SHA-256 and its correlation id.
FrozenBatch freeze(BatchPlanner::Batch&& batch, const Program& program)
{
    FrozenBatch frozen;
    frozen.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    frozen.payments = std::move(batch.payments);
    if (program.backend == PaymentBackend::G2pConnect) {
        const G2pConnectDisburseWriter::Envelope envelope{
            frozen.correlationId, QUuid::createUuid().toString(QUuid::WithoutBraces), QDateTime::currentDateTimeUtc(),
            program.hubSettings.senderIdOrDefault(), program.hubSettings.receiverId};
        frozen.file = G2pConnectDisburseWriter::write(envelope, frozen.payments, program.payer, &frozen.error);
    } else {
        frozen.file = std::move(batch.pheeFile);
    }
    frozen.sha256 = QString::fromLatin1(QCryptographicHash::hash(frozen.file, QCryptographicHash::Sha256).toHex());
    for (const PaymentLine& line : std::as_const(frozen.payments)) {
        frozen.total += line.amount.minorUnits();
    }
    return frozen;
}

// The batch's payments, one row each, issued (on PostgreSQL kept to go with the next ones by COPY).
bool writePayments(BulkStatement& insert, const FrozenBatch& batch, qint64 cycleId, qint64 batchId, QString* error)
{
    const QString issued = QStringLiteral("issued");
    for (const PaymentLine& line : std::as_const(batch.payments)) {
        if (!insert.run({line.requestId, line.entitlementId, cycleId, partyIdTypeName(line.payee.type()),
                         line.payee.value(), line.amount.minorUnits(), line.amount.currency().code(), issued, batchId,
                         line.reissueOf > 0 ? QVariant(line.reissueOf) : QVariant()})) {
            *error = PaymentPreparer::tr("cannot write payment %1: %2").arg(line.requestId, insert.errorString());
            return false;
        }
    }
    return true;
}

// The failed payments a checker approved paying again (PaymentReissue), read once.
std::optional<QSet<qint64>> approvedReissuesOf(Database& database, qint64 cycleId, QString* error)
{
    QSqlQuery approved(database.connection());
    approved.prepare(QStringLiteral("SELECT i.payment_id FROM payment_reissue_item i JOIN payment_reissue r ON r.id = "
                                    "i.reissue_id WHERE r.cycle_id = ? AND r.state = 'approved'"));
    approved.addBindValue(cycleId);
    if (!approved.exec()) {
        *error = PaymentPreparer::tr("cannot read the approved re-issues: %1").arg(approved.lastError().text());
        return std::nullopt;
    }
    QSet<qint64> ids;
    while (approved.next()) {
        ids.insert(approved.value(0).toLongLong());
    }
    return ids;
}

// One keyset read of the cycle's approved entitlements after lastId, with what decides their
// payment; each read is finished before the next (see CycleService::generate).
bool readPayables(Database& database, const Program& program, qint64 cycleId, qint64 lastId, QList<Payable>* rows,
                  QString* error)
{
    QSqlQuery read(database.connection());
    read.setForwardOnly(true);
    read.prepare(
        QStringLiteral("SELECT e.id, e.amount_minor_units, b.registry_id, b.phone, b.payee_type, b.payee_address, "
                       "EXISTS (SELECT 1 FROM payment p WHERE p.entitlement_id = e.id AND p.state <> 'failed'), "
                       "(SELECT MAX(p.id) FROM payment p WHERE p.entitlement_id = e.id AND p.state = 'failed'), "
                       "f.resolved, f.fa, f.reason, e.beneficiary_id, e.currency "
                       "FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                       "LEFT JOIN financial_address f ON f.program_id = ? AND f.beneficiary_id = b.id "
                       "WHERE e.cycle_id = ? AND e.state = ? AND e.id > ? ORDER BY e.id LIMIT %1")
            .arg(kRowsPerRead));
    read.addBindValue(program.id);
    read.addBindValue(cycleId);
    read.addBindValue(entitlementStateName(EntitlementState::Approved));
    read.addBindValue(lastId);
    if (!read.exec()) {
        *error = PaymentPreparer::tr("cannot read the entitlements: %1").arg(read.lastError().text());
        return false;
    }
    while (read.next()) {
        rows->append({read.value(0).toLongLong(),
                      read.value(11).toLongLong(),
                      read.value(1).toLongLong(),
                      read.value(12).toString(),
                      read.value(2).toString(),
                      {read.value(3).toString(), read.value(4).toString(), read.value(5).toString(), read.value(8),
                       read.value(9).toString(), read.value(10).toString()},
                      read.value(6).toInt() != 0,
                      read.value(7).toLongLong()});
    }
    return true;
}

// The payment lines of the cycle's approved entitlements, made in entitlement order so that the
// planner and the payment table's indexes take them in order; the seal of what the approval covered
// is built from the same rows, as they stand now.
bool collectLines(Database& database, const Program& program, qint64 cycleId, const QString& note,
                  CycleSeal::Builder& seal, QList<PaymentLine>& lines, PreparationResult& result)
{
    const auto approvedReissues = approvedReissuesOf(database, cycleId, &result.error);
    if (!approvedReissues) {
        return false;
    }
    const QString paymentMode = program.hubSettings.paymentModeOrDefault();
    RequestIdGenerator requestIds;
    qint64 lastId = 0;
    for (;;) {
        QList<Payable> rows;
        if (!readPayables(database, program, cycleId, lastId, &rows, &result.error)) {
            return false;
        }
        if (rows.isEmpty()) {
            return true;
        }
        lastId = rows.last().entitlementId;
        for (const Payable& row : std::as_const(rows)) {
            seal.add(row.entitlementId, row.beneficiaryId, row.amountMinorUnits, row.currency,
                     CycleSeal::payeeOf(program, row.registryId, row.payee));
            if (row.hasOpenPayment) {
                ++result.alreadyPaid;
                continue;
            }
            if (row.failedPayment > 0 && !approvedReissues->contains(row.failedPayment)) {
                ++result.awaitingReissue; // paying again is a checker's decision (PaymentReissue)
                continue;
            }
            QString reason;
            const PartyId payee = PayeeAddress::of(row.payee, program.payeeIdType, &reason);
            if (!payee.isValid()) {
                if (result.unpayable.size() < PreparationResult::kSampleSize) {
                    result.unpayable.append({row.registryId, reason});
                }
                ++result.unpayableCount;
                continue;
            }
            lines.append({requestIds.next(), payee, Money(row.amountMinorUnits, program.currency), paymentMode, note,
                          row.entitlementId, row.failedPayment});
        }
    }
}

// A cycle's first preparation under a pilot policy: a few payments, spread over the cycle, go
// first in their own batch; the rest is released once the pilot's results allow (PilotRelease).
QList<PaymentLine> takePilot(const ReleasePolicy& policy, QList<PaymentLine>& lines)
{
    QList<PaymentLine> pilotLines;
    const qsizetype step = std::max<qsizetype>(1, lines.size() / policy.pilotPayments);
    QList<PaymentLine> rest;
    rest.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        (i % step == 0 && pilotLines.size() < policy.pilotPayments ? pilotLines : rest).append(std::move(lines[i]));
    }
    lines = std::move(rest);
    return pilotLines;
}

} // namespace

PaymentPreparer::PaymentPreparer(Database& database) : m_database(database) {}

PreparationResult PaymentPreparer::prepare(qint64 cycleId, const Officer& officer)
{
    PreparationResult result;
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::Prepare)) {
        result.error = *refusal;
        return result;
    }
    const auto cycle = CycleService(m_database).find(cycleId, &result.error);
    const auto program = cycle ? ProgramRepository(m_database).find(cycle->programId, &result.error) : std::nullopt;
    if (!program) {
        return result;
    }
    if (cycle->state != CycleState::Approved) {
        result.error =
            tr("payments are prepared for an approved cycle; this one is %1").arg(cycleStateText(cycle->state));
        return result;
    }
    const auto policy = ReleasePolicyRepository(m_database).policyOf(program->id, &result.error);
    if (!policy) {
        return result;
    }
    m_database.reserveCacheForBulkWork();
    DbTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        result.error = transaction.errorString();
        return result;
    }
    const QString note = tr("%1, cycle %2").arg(program->name, cycle->name);
    QList<PaymentLine> lines;
    CycleSeal::Builder seal; // what the approval covered, as it stands now: checked before anything is written
    if (!collectLines(m_database, *program, cycleId, note, seal, lines, result)) {
        return result;
    }
    const CycleSeal current = seal.seal();
    const auto approved = CycleApprovals(m_database).approvedSeal(cycleId, &result.error);
    if (!result.error.isEmpty()) {
        return result;
    }
    if (approved && *approved != current) {
        // A change voids the approval: nothing of this preparation is kept, and the voiding is its
        // own transaction.
        transaction.rollback();
        if (CycleService(m_database).approvalHolds(cycleId, officer, &result.error, &current)) {
            result.error = tr("the approval of cycle %1 changed while it was prepared; prepare again").arg(cycleId);
        }
        return result;
    }
    QList<PaymentLine> pilotLines;
    if (policy->hasPilot() && !lines.isEmpty() && BatchRepository(m_database).batchesOf(cycleId).isEmpty()) {
        pilotLines = takePilot(*policy, lines);
    }
    qint64 grandTotal = 0;
    if (!storeBatches(*program, cycleId, officer, std::move(pilotLines), std::move(lines), result, &grandTotal)) {
        return result;
    }
    AuditEntry entry = preparationEntry(cycleId, officer, *program, grandTotal, result);
    QString error;
    if (!closeReissues(cycleId, &result.error) || !AuditLog(m_database).append(entry, &error) ||
        !transaction.commit()) {
        if (result.error.isEmpty()) {
            result.error =
                error.isEmpty() ? tr("cannot commit the payments: %1").arg(transaction.errorString()) : error;
        }
        return result;
    }
    result.succeeded = true;
    return result;
}

// The approved re-issues this preparation paid again are done.
bool PaymentPreparer::closeReissues(qint64 cycleId, QString* error)
{
    QSqlQuery reissued(m_database.connection());
    reissued.prepare(
        QStringLiteral("UPDATE payment_reissue SET state = 'done' WHERE cycle_id = ? AND state = 'approved'"));
    reissued.addBindValue(cycleId);
    if (!reissued.exec()) {
        *error = tr("cannot close the approved re-issues: %1").arg(reissued.lastError().text());
        return false;
    }
    return true;
}

AuditEntry PaymentPreparer::preparationEntry(qint64 cycleId, const Officer& officer, const Program& program,
                                             qint64 grandTotal, const PreparationResult& result)
{
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("cycle.prepare_payments"), QStringLiteral("cycle"),
                                       QString::number(cycleId));
    entry.after =
        AuditEntry::state(QJsonObject{{QStringLiteral("payments"), result.paymentsCreated},
                                      {QStringLiteral("reissued"), result.reissued},
                                      {QStringLiteral("awaiting_reissue"), result.awaitingReissue},
                                      {QStringLiteral("batches"), result.batchesCreated},
                                      {QStringLiteral("pilot_payments"), result.pilotPayments},
                                      {QStringLiteral("unpayable"), result.unpayableCount},
                                      {QStringLiteral("total"), Money(grandTotal, program.currency).toDecimalString()},
                                      {QStringLiteral("currency"), program.currency.code()}});
    return entry;
}

// Two threads: a planner cuts the batches and writes, hashes and freezes their files while this
// thread, which owns the connection, stores the batches already cut.
bool PaymentPreparer::storeBatches(const Program& program, qint64 cycleId, const Officer& officer,
                                   QList<PaymentLine>&& pilotLines, QList<PaymentLine>&& lines,
                                   PreparationResult& result, qint64* grandTotal)
{
    QSqlQuery insertBatch(m_database.connection());
    insertBatch.prepare(QStringLiteral("INSERT INTO payment_batch (cycle_id, correlation_id, state, payment_mode, "
                                       "row_count, total_minor_units, currency, "
                                       "file_bytes, file_sha256, created_by, frozen_at, pilot) VALUES (?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString paymentColumns = QStringLiteral("payment (request_id, entitlement_id, cycle_id, payee_type, "
                                                  "payee_address, amount_minor_units, currency, state, batch_id, "
                                                  "reissue_of)");
    BulkStatement insertPayment(
        m_database, QStringLiteral("INSERT INTO %1 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(paymentColumns),
        {paymentColumns, {}, {}});
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    BoundedQueue<FrozenBatch> frozen(kQueuedBatches);
    QString planError; // both read once the planner has finished
    QString fileError;
    std::unique_ptr<QThread> planner(QThread::create([&] {
        const BatchPlanner::Policy limits{program.maxBatchRows, program.maxFileBytes,
                                          paysWholeMajorUnitsOnly(program.backend)};
        const auto freezeInto = [&](bool pilot) {
            return [&, pilot](BatchPlanner::Batch&& batch) {
                FrozenBatch next = freeze(std::move(batch), program);
                next.pilot = pilot;
                if (!next.error.isEmpty()) {
                    fileError = next.error;
                    return false;
                }
                return frozen.push(std::move(next));
            };
        };
        if (!pilotLines.isEmpty()) {
            planError = BatchPlanner::plan(std::move(pilotLines), program.payer, limits, freezeInto(true));
        }
        if (planError.isEmpty() && !lines.isEmpty()) {
            planError = BatchPlanner::plan(std::move(lines), program.payer, limits, freezeInto(false));
        }
        frozen.close();
    }));
    planner->start();
    const auto stopPlanner = [&frozen, &planner] {
        frozen.close();
        planner->wait();
    };
    FrozenBatch batch;
    while (frozen.pop(batch)) {
        for (const QVariant& value :
             {QVariant(cycleId), QVariant(batch.correlationId), QVariant(batchStateName(BatchState::Ready)),
              QVariant(batch.payments.first().paymentMode), QVariant(int(batch.payments.size())), QVariant(batch.total),
              QVariant(program.currency.code()), QVariant(batch.file), QVariant(batch.sha256), QVariant(officer.id),
              QVariant(now), QVariant(batch.pilot ? 1 : 0)}) {
            insertBatch.addBindValue(value);
        }
        if (!insertBatch.exec() || !insertBatch.next()) {
            stopPlanner();
            result.error = tr("cannot write a batch: %1").arg(insertBatch.lastError().text());
            return false;
        }
        const qint64 batchId = insertBatch.value(0).toLongLong();
        insertBatch.finish();
        if (!writePayments(insertPayment, batch, cycleId, batchId, &result.error)) {
            stopPlanner();
            return false;
        }
        result.reissued += std::count_if(batch.payments.cbegin(), batch.payments.cend(),
                                         [](const PaymentLine& line) { return line.reissueOf > 0; });
        *grandTotal += batch.total; // cannot overflow: the cycle's total passed the budget check
        ++result.batchesCreated;
        result.paymentsCreated += batch.payments.size();
        result.pilotPayments += batch.pilot ? batch.payments.size() : 0;
    }
    planner->wait();
    if (!insertPayment.finish()) {
        result.error = tr("cannot write the payments: %1").arg(insertPayment.errorString());
        return false;
    }
    if (!planError.isEmpty()) {
        result.error = fileError.isEmpty() ? planError : fileError;
        return false;
    }
    return true;
}

QString PaymentPreparer::summary(const PreparationResult& result)
{
    return tr("%1 payments (%2 of them paying again what failed) in %3 ready batches; %4 already had a payment; %5 "
              "failed and wait for an approved re-issue; %6 cannot be paid as the registry stands.")
               .arg(result.paymentsCreated)
               .arg(result.reissued)
               .arg(result.batchesCreated)
               .arg(result.alreadyPaid)
               .arg(result.awaitingReissue)
               .arg(result.unpayableCount) +
           (result.pilotPayments > 0
                ? u' ' + tr("%1 of the payments form the pilot batch, sent first; the rest waits for its results.")
                             .arg(result.pilotPayments)
                : QString());
}
