#include "PaymentReconciler.h"

#include "audit/AuditLog.h"
#include "batching/BatchRepository.h"
#include "concurrency/BoundedQueue.h"
#include "hub/G2pConnectClient.h"
#include "hub/HubListReader.h"
#include "hub/PaymentHubClient.h"
#include "officers/MakerChecker.h"
#include "officers/Officer.h"
#include "programs/CycleState.h"
#include "programs/ProgramRepository.h"
#include "review/BatchFileRows.h"
#include "review/ResultComparison.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"
#include "storage/SqlText.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <memory>
#include <optional>

namespace {

constexpr int kPageSize = 1000;
constexpr int kReadAhead = 4;         // batches read and matched ahead of the one being recorded
constexpr int kBatchesPerCommit = 16; // so a long reconciliation never keeps other writers out for long
constexpr int kFlaggedInAudit = 200;  // disputed or contradicted rows listed in the audit entry (all are counted)

} // namespace

PaymentReconciler::PaymentReconciler(Database& database) : m_database(database) {}

ReconcileOutcome PaymentReconciler::poll(qint64 batchId, PaymentHubClient& hub, const Officer& officer)
{
    ReconcileOutcome outcome;
    outcome.batchId = batchId;
    const auto batch = BatchRepository(m_database).find(batchId, &outcome.message);
    if (!batch) {
        return outcome;
    }
    const Results results = fetch(*batch, hub);
    if (const QString* error = std::get_if<QString>(&results)) {
        outcome.message = *error;
        return outcome;
    }
    return record(*batch, ResultComparison::compare(batch->file, std::get<QByteArray>(results)), officer);
}

PaymentReconciler::Results PaymentReconciler::fetch(const PaymentBatch& batch, PaymentHubClient& hub)
{
    if (batch.hubBatchId.isEmpty()) {
        return tr("batch %1 has not been sent: nothing to reconcile").arg(batch.id);
    }
    // The aggregate refreshes the hub's own counters; its answer is not what decides.
    const auto aggregate = hub.get(QStringLiteral("/api/v1/batch/") + batch.hubBatchId);
    if (const HubError* error = std::get_if<HubError>(&aggregate)) {
        return tr("batch %1: the hub's operations API: %2").arg(batch.id).arg(error->message);
    }
    // Every row, to the end of the list by what the hub returned (a capped page is not the end).
    HubListReader::Query query;
    query.path = QStringLiteral("/api/v1/batch/detail");
    query.filter = QStringLiteral("batchId=") + batch.hubBatchId;
    query.pageName = QStringLiteral("pageNo");
    query.sizeName = QStringLiteral("pageSize");
    query.pageSize = kPageSize;
    const auto list = HubListReader::read(hub, query);
    if (const HubError* error = std::get_if<HubError>(&list)) {
        return tr("batch %1: the hub's transfer rows: %2").arg(batch.id).arg(error->message);
    }
    const QJsonArray rows = std::get<HubListReader::List>(list).rows;
    return QJsonDocument(QJsonObject{{QStringLiteral("content"), rows}}).toJson(QJsonDocument::Compact);
}

PaymentReconciler::Results PaymentReconciler::fetch(const PaymentBatch& batch, G2pConnectClient& client)
{
    if (batch.hubBatchId.isEmpty()) {
        return tr("batch %1 has not been sent: nothing to reconcile").arg(batch.id);
    }
    QString error;
    const QList<BatchFileRows::Row> rows = BatchFileRows::read(batch.file, &error);
    if (rows.isEmpty()) {
        return tr("batch %1's file: %2").arg(batch.id).arg(error);
    }
    QJsonArray statuses;
    for (qsizetype from = 0; from < rows.size(); from += G2pConnectClient::kMaxReferencesPerRequest) {
        QStringList references;
        for (qsizetype i = from; i < rows.size() && i < from + G2pConnectClient::kMaxReferencesPerRequest; ++i) {
            references.append(rows.at(i).requestId);
        }
        const auto answer = client.status(references);
        if (const HubError* failure = std::get_if<HubError>(&answer)) {
            return tr("batch %1: the receiver's statuses: %2").arg(batch.id).arg(failure->message);
        }
        for (const QJsonValue& status : G2pConnectClient::statusesOf(std::get<QJsonObject>(answer))) {
            statuses.append(status);
        }
    }
    const QJsonObject status{{QStringLiteral("transaction_id"), batch.correlationId},
                             {QStringLiteral("disbursements_status"), statuses}};
    const QJsonObject message{
        {QStringLiteral("txnstatus_response"), QJsonObject{{QStringLiteral("txn_type"), QStringLiteral("disburse")},
                                                           {QStringLiteral("txn_status"), status}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}).toJson(QJsonDocument::Compact);
}

QList<ReconcileOutcome> PaymentReconciler::pollAll(const QList<qint64>& batchIds, PaymentBackend backend,
                                                   const HubEndpoint& endpoint, const Officer& officer)
{
    // Made on the reading thread, which uses them.
    std::unique_ptr<PaymentHubClient> hub;
    std::unique_ptr<G2pConnectClient> g2pConnect;
    return reconcile(
        batchIds,
        [&](const PaymentBatch& batch) {
            if (backend == PaymentBackend::G2pConnect) {
                if (!g2pConnect) {
                    g2pConnect = std::make_unique<G2pConnectClient>(endpoint);
                }
                return fetch(batch, *g2pConnect);
            }
            if (!hub) {
                hub = std::make_unique<PaymentHubClient>(endpoint);
            }
            return fetch(batch, *hub);
        },
        officer);
}

QList<ReconcileOutcome> PaymentReconciler::pollCycle(qint64 cycleId, const HubEndpoint& endpoint,
                                                     const Officer& officer, bool* distributed, QString* error)
{
    const auto program = ProgramRepository(m_database).findOfCycle(cycleId, error);
    if (!program) {
        *distributed = false;
        return {};
    }
    QList<qint64> sent;
    for (const PaymentBatch& batch : BatchRepository(m_database).batchesOf(cycleId)) {
        if (batch.state == BatchState::Sent) {
            sent.append(batch.id);
        }
    }
    const QList<ReconcileOutcome> outcomes =
        sent.isEmpty() ? QList<ReconcileOutcome>() : pollAll(sent, program->backend, endpoint, officer);
    *distributed = closeCycleIfDone(cycleId, officer, error);
    return outcomes;
}

QList<ReconcileOutcome> PaymentReconciler::reconcile(const QList<qint64>& batchIds, const Reader& read,
                                                     const Officer& officer)
{
    struct Reading
    {
        qint64 batchId = 0;
        std::optional<PaymentBatch> batch; // without its file
        ResultComparison comparison;
        QString error;
    };
    m_database.reserveCacheForBulkWork(); // a cycle's payments and their indexes stay in memory while written
    BoundedQueue<Reading> readings(kReadAhead);
    const QString location = m_database.location();
    std::unique_ptr<QThread> reader(QThread::create([&] {
        QString error;
        const auto database = Database::open(location, &error);
        for (const qint64 batchId : batchIds) {
            Reading reading;
            reading.batchId = batchId;
            reading.batch = database ? BatchRepository(*database).find(batchId, &error) : std::nullopt;
            if (!reading.batch) {
                reading.error = error;
            } else if (const Results results = read(*reading.batch);
                       const QString* failed = std::get_if<QString>(&results)) {
                reading.error = *failed;
            } else {
                reading.comparison = ResultComparison::compare(reading.batch->file, std::get<QByteArray>(results));
                reading.batch->file.clear();
            }
            if (!readings.push(std::move(reading))) {
                break;
            }
        }
        readings.close();
    }));
    reader->start();
    // The batches read so far are recorded in one transaction, a savepoint each: one commit for
    // up to kBatchesPerCommit batches, never held open while the reader waits (on the hub).
    QList<ReconcileOutcome> outcomes;
    std::unique_ptr<DbTransaction> group;
    qsizetype groupStart = 0;
    const auto commitGroup = [&] {
        if (group && !group->commit()) {
            const QString error = group->errorString();
            for (qsizetype i = groupStart; i < outcomes.size(); ++i) {
                if (!outcomes.at(i).succeeded) {
                    continue; // failed on its own already, with its own reason
                }
                outcomes[i].succeeded = false;
                outcomes[i].changed = 0;
                outcomes[i].message = tr("batch %1: cannot commit: %2").arg(outcomes.at(i).batchId).arg(error);
            }
        }
        group.reset();
    };
    Reading reading;
    for (;;) {
        if (outcomes.size() - groupStart >= kBatchesPerCommit) {
            commitGroup();
        }
        if (!readings.tryPop(reading)) {
            commitGroup();
            if (!readings.pop(reading)) {
                break;
            }
        }
        if (!reading.error.isEmpty()) {
            ReconcileOutcome failed;
            failed.batchId = reading.batchId;
            failed.message = reading.error;
            outcomes.append(failed);
            continue;
        }
        if (!group) {
            group = std::make_unique<DbTransaction>(m_database.connection());
            groupStart = outcomes.size();
        }
        outcomes.append(record(*reading.batch, reading.comparison, officer, QStringLiteral("reconcile_batch")));
    }
    reader->wait();
    return outcomes;
}

ReconcileOutcome PaymentReconciler::apply(qint64 batchId, const QByteArray& results, const Officer& officer)
{
    ReconcileOutcome outcome;
    outcome.batchId = batchId;
    // A file that says who was paid decides re-issues: a checker's act, recorded with its hash.
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::Approve)) {
        outcome.message = tr("a result file is applied by a checker: %1").arg(*refusal);
        return outcome;
    }
    const auto batch = BatchRepository(m_database).find(batchId, &outcome.message);
    if (!batch) {
        return outcome;
    }
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(results, QCryptographicHash::Sha256).toHex());
    return record(*batch, ResultComparison::compare(batch->file, results), officer, QString(), sha256);
}

ReconcileOutcome PaymentReconciler::record(const PaymentBatch& batch, const ResultComparison& comparison,
                                           const Officer& officer, const QString& savepoint,
                                           const QString& resultFileSha256)
{
    ReconcileOutcome outcome;
    const qint64 batchId = batch.id;
    outcome.batchId = batchId;
    outcome.state = batch.state;
    if (batch.state != BatchState::Sent && batch.state != BatchState::Completed &&
        batch.state != BatchState::CompletedWithFailures) {
        outcome.message = tr("batch %1 has not been sent: nothing to reconcile").arg(batchId);
        return outcome;
    }
    if (!comparison.readable) {
        outcome.message = tr("batch %1: the hub's answer cannot be read: %2").arg(batchId).arg(comparison.error);
        return outcome;
    }
    DbTransaction transaction(m_database.connection(), savepoint);
    if (!transaction.isActive()) {
        outcome.message = tr("batch %1: cannot read its payments: %2").arg(batchId).arg(transaction.errorString());
        return outcome;
    }
    QJsonArray flagged;   // request id, what was final, what the results said, why
    int disputedOpen = 0; // disputed rows of payments not final yet: the batch cannot complete
    if (!applyLines(batchId, comparison, outcome, flagged, disputedOpen)) {
        return outcome;
    }
    const bool complete =
        outcome.inFlight == 0 && outcome.missing == 0 && disputedOpen == 0 && !comparison.lines.isEmpty();
    const BatchState finalState = outcome.failed > 0 ? BatchState::CompletedWithFailures : BatchState::Completed;
    if (complete && batch.state == BatchState::Sent) {
        QSqlQuery close(m_database.connection());
        close.prepare(QStringLiteral("UPDATE payment_batch SET state = ? WHERE id = ? AND state = ?"));
        close.addBindValue(batchStateName(finalState));
        close.addBindValue(batchId);
        close.addBindValue(batchStateName(BatchState::Sent));
        if (!close.exec()) {
            outcome.message = tr("batch %1: cannot close it: %2").arg(batchId).arg(close.lastError().text());
            return outcome;
        }
        outcome.state = finalState;
    }
    if (!auditRecord(batch.state, outcome, flagged, officer, resultFileSha256, &outcome.message)) {
        return outcome;
    }
    if (!transaction.commit()) {
        outcome.message = tr("batch %1: cannot commit: %2").arg(batchId).arg(transaction.errorString());
        return outcome;
    }
    outcome.succeeded = true;
    outcome.message =
        tr("batch %1: %2 paid, %3 failed, %4 in flight, %5 not on the hub yet; %6")
            .arg(batchId)
            .arg(outcome.paid)
            .arg(outcome.failed)
            .arg(outcome.inFlight)
            .arg(outcome.missing)
            .arg(complete ? tr("complete (%1)").arg(batchStateText(outcome.state)) : tr("not complete yet"));
    if (outcome.disputed > 0 || outcome.contradicted > 0) {
        outcome.message += u' ' + tr("A checker must look at %1 disputed result(s) (contradicting rows, or another "
                                     "payee or amount than the frozen "
                                     "file) and %2 that contradict what the hub reported final before: none of them "
                                     "was applied (see the audit log, "
                                     "batch.results_disputed).")
                                      .arg(outcome.disputed)
                                      .arg(outcome.contradicted);
    }
    return outcome;
}

// Each line of the comparison counted, and applied where it makes a payment final. Only payments
// not final yet move, and only to a final state: running twice changes nothing. Final is final
// (rule 9): what the hub said before is kept; a later answer saying otherwise is a contradiction,
// flagged for a checker, never applied.
bool PaymentReconciler::applyLines(qint64 batchId, const ResultComparison& comparison, ReconcileOutcome& outcome,
                                   QJsonArray& flagged, int& disputedOpen)
{
    QHash<QString, QString> finalStates;
    QSqlQuery finals(m_database.connection());
    finals.prepare(
        QStringLiteral("SELECT request_id, state FROM payment WHERE batch_id = ? AND state IN ('paid', 'failed')"));
    finals.addBindValue(batchId);
    if (!finals.exec()) {
        outcome.message = tr("batch %1: cannot read its payments: %2").arg(batchId).arg(finals.lastError().text());
        return false;
    }
    while (finals.next()) {
        finalStates.insert(finals.value(0).toString(), finals.value(1).toString());
    }
    finals.finish();
    // A payment settles when the hub says it completed, or failing that when PayDesk learnt it.
    const QString learntAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // On PostgreSQL the statuses go by set: the first for each payment, as row by row.
    BulkStatement update(
        m_database,
        QStringLiteral("UPDATE payment SET state = ?, failure_reason = ?, settled_at = ? WHERE "
                       "batch_id = ? AND request_id = ? AND state NOT IN ('paid', 'failed')"),
        {QStringLiteral("payment_status_stage (seq, state, failure_reason, settled_at, batch_id, request_id)"),
         QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS payment_status_stage (seq BIGINT, state TEXT, "
                        "failure_reason TEXT, settled_at TEXT, batch_id BIGINT, request_id TEXT) ON COMMIT DROP"),
         QStringLiteral(
             "UPDATE payment SET state = s.state, failure_reason = s.failure_reason, "
             "settled_at = s.settled_at FROM (SELECT DISTINCT ON (batch_id, request_id) * FROM "
             "payment_status_stage ORDER BY batch_id, request_id, seq) s WHERE payment.batch_id = "
             "s.batch_id AND payment.request_id = s.request_id AND payment.state NOT IN ('paid', 'failed')")});
    const auto flag = [&flagged](QJsonObject row) {
        if (flagged.size() < kFlaggedInAudit) {
            flagged.append(row);
        }
    };
    for (const ResultComparison::Line& line : comparison.lines) {
        QString state;
        switch (line.outcome) {
        case ResultComparison::Outcome::Paid:
            ++outcome.paid;
            state = QStringLiteral("paid");
            break;
        case ResultComparison::Outcome::Failed:
            ++outcome.failed;
            state = QStringLiteral("failed");
            break;
        case ResultComparison::Outcome::InFlight:
            ++outcome.inFlight;
            break;
        case ResultComparison::Outcome::Missing:
            ++outcome.missing;
            break;
        case ResultComparison::Outcome::Disputed:
            ++outcome.disputed;
            disputedOpen += finalStates.contains(line.requestId) ? 0 : 1;
            flag({{QStringLiteral("request_id"), line.requestId}, {QStringLiteral("why"), line.reason}});
            break;
        }
        if (state.isEmpty()) {
            continue;
        }
        if (const QString was = finalStates.value(line.requestId); !was.isEmpty() && was != state) {
            ++outcome.contradicted;
            flag({{QStringLiteral("request_id"), line.requestId},
                  {QStringLiteral("final"), was},
                  {QStringLiteral("reported"), state}});
            continue;
        }
        if (!update.run({state, sqlText(line.reason), line.settledAt.isEmpty() ? learntAt : line.settledAt, batchId,
                         line.requestId})) {
            outcome.message =
                tr("batch %1: cannot record payment %2: %3").arg(batchId).arg(line.requestId, update.errorString());
            return false;
        }
    }
    if (!update.finish()) {
        outcome.message = tr("batch %1: cannot record its payments: %2").arg(batchId).arg(update.errorString());
        return false;
    }
    outcome.changed += update.rowsAffected();
    return true;
}

// What the reconciliation changed, in the audit log; and the flagged rows, kept for a checker.
bool PaymentReconciler::auditRecord(BatchState stateBefore, const ReconcileOutcome& outcome, const QJsonArray& flagged,
                                    const Officer& officer, const QString& resultFileSha256, QString* error)
{
    const QString batchId = QString::number(outcome.batchId);
    if (outcome.changed > 0 || outcome.state != stateBefore || !resultFileSha256.isEmpty()) {
        AuditEntry entry = AuditEntry::now(officer.id,
                                           resultFileSha256.isEmpty() ? QStringLiteral("batch.reconciled")
                                                                      : QStringLiteral("batch.results_applied"),
                                           QStringLiteral("batch"), batchId);
        QJsonObject after{
            {QStringLiteral("paid"), outcome.paid},          {QStringLiteral("failed"), outcome.failed},
            {QStringLiteral("in_flight"), outcome.inFlight}, {QStringLiteral("missing"), outcome.missing},
            {QStringLiteral("disputed"), outcome.disputed},  {QStringLiteral("contradicted"), outcome.contradicted},
            {QStringLiteral("changed"), outcome.changed},    {QStringLiteral("state"), batchStateName(outcome.state)}};
        if (!resultFileSha256.isEmpty()) {
            after.insert(QStringLiteral("result_file_sha256"), resultFileSha256);
        }
        entry.after = AuditEntry::state(after);
        if (!AuditLog(m_database).append(entry, error)) {
            return false;
        }
    }
    if (!flagged.isEmpty()) {
        AuditEntry entry =
            AuditEntry::now(officer.id, QStringLiteral("batch.results_disputed"), QStringLiteral("batch"), batchId);
        entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("disputed"), outcome.disputed},
                                                    {QStringLiteral("contradicted"), outcome.contradicted},
                                                    {QStringLiteral("rows"), flagged}});
        if (!AuditLog(m_database).append(entry, error)) {
            return false;
        }
    }
    return true;
}

bool PaymentReconciler::closeCycleIfDone(qint64 cycleId, const Officer& officer, QString* error)
{
    // Done when every batch is complete and no approved re-issue waits for its new payments.
    QSqlQuery open(m_database.connection());
    open.prepare(QStringLiteral(
        "SELECT COUNT(*), SUM(CASE WHEN state IN (?, ?) THEN 1 ELSE 0 END), (SELECT COUNT(*) FROM "
        "payment_reissue WHERE cycle_id = ? AND state = 'approved') FROM payment_batch WHERE cycle_id = ?"));
    open.addBindValue(batchStateName(BatchState::Completed));
    open.addBindValue(batchStateName(BatchState::CompletedWithFailures));
    open.addBindValue(cycleId);
    open.addBindValue(cycleId);
    if (!open.exec() || !open.next()) {
        *error = open.lastError().text();
        return false;
    }
    const qint64 batches = open.value(0).toLongLong();
    if (batches == 0 || open.value(1).toLongLong() != batches || open.value(2).toLongLong() > 0) {
        return false;
    }
    open.finish();
    DbTransaction transaction(m_database.connection());
    QSqlQuery distributed(m_database.connection());
    distributed.prepare(QStringLiteral("UPDATE cycle SET state = ? WHERE id = ? AND state = ?"));
    distributed.addBindValue(cycleStateName(CycleState::Distributed));
    distributed.addBindValue(cycleId);
    distributed.addBindValue(cycleStateName(CycleState::Approved));
    if (!transaction.isActive() || !distributed.exec()) {
        *error = distributed.lastError().text();
        return false;
    }
    if (distributed.numRowsAffected() == 1) {
        AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("cycle.distributed"), QStringLiteral("cycle"),
                                           QString::number(cycleId));
        entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("batches"), batches}});
        if (!AuditLog(m_database).append(entry, error)) {
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}
