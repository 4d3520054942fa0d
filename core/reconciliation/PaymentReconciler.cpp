#include "PaymentReconciler.h"

#include "audit/AuditLog.h"
#include "concurrency/BoundedQueue.h"
#include "batching/BatchRepository.h"
#include "hub/G2pConnectClient.h"
#include "hub/PaymentHubClient.h"
#include "officers/Officer.h"
#include "programs/CycleState.h"
#include "programs/ProgramRepository.h"
#include "review/BatchFileRows.h"
#include "review/ResultComparison.h"
#include "storage/Database.h"
#include "storage/BulkStatement.h"
#include "storage/DbTransaction.h"
#include "storage/SqlText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <memory>
#include <optional>

namespace {

constexpr int kPageSize = 1000;
constexpr int kReadAhead = 4; // batches read and matched ahead of the one being recorded
constexpr int kBatchesPerCommit = 16; // so a long reconciliation never keeps other writers out for long

} // namespace

PaymentReconciler::PaymentReconciler(Database& database)
    : m_database(database)
{
}

ReconcileOutcome PaymentReconciler::poll(qint64 batchId, PaymentHubClient& hub, const Officer& officer)
{
    ReconcileOutcome outcome;
    outcome.batchId = batchId;
    const auto batch = BatchRepository(m_database).find(batchId);
    if (!batch) {
        outcome.message = tr("there is no batch %1").arg(batchId);
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
    QJsonArray rows;
    for (int page = 0;; ++page) {
        const auto detail = hub.get(QStringLiteral("/api/v1/batch/detail?batchId=%1&pageNo=%2&pageSize=%3")
                                        .arg(batch.hubBatchId)
                                        .arg(page)
                                        .arg(kPageSize));
        if (const HubError* error = std::get_if<HubError>(&detail)) {
            return tr("batch %1: the hub's transfer rows: %2").arg(batch.id).arg(error->message);
        }
        const QJsonObject object = std::get<QJsonDocument>(detail).object();
        const QJsonArray content = object.value(QStringLiteral("content")).toArray();
        for (const QJsonValue& row : content) {
            rows.append(row);
        }
        if (content.size() < kPageSize || page + 1 >= object.value(QStringLiteral("totalPages")).toInt()) {
            break;
        }
    }
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
    const QJsonObject status{{QStringLiteral("transaction_id"), batch.correlationId}, {QStringLiteral("disbursements_status"), statuses}};
    const QJsonObject message{{QStringLiteral("txnstatus_response"),
                               QJsonObject{{QStringLiteral("txn_type"), QStringLiteral("disburse")}, {QStringLiteral("txn_status"), status}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}).toJson(QJsonDocument::Compact);
}

QList<ReconcileOutcome> PaymentReconciler::pollAll(const QList<qint64>& batchIds, PaymentBackend backend, const HubEndpoint& endpoint,
                                                   const Officer& officer)
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

QList<ReconcileOutcome> PaymentReconciler::pollCycle(qint64 cycleId, const HubEndpoint& endpoint, const Officer& officer,
                                                     bool* distributed, QString* error)
{
    const auto program = ProgramRepository(m_database).findOfCycle(cycleId);
    if (!program) {
        *error = tr("there is no cycle %1").arg(cycleId);
        *distributed = false;
        return {};
    }
    QList<qint64> sent;
    for (const PaymentBatch& batch : BatchRepository(m_database).batchesOf(cycleId)) {
        if (batch.state == BatchState::Sent) {
            sent.append(batch.id);
        }
    }
    const QList<ReconcileOutcome> outcomes = sent.isEmpty() ? QList<ReconcileOutcome>() : pollAll(sent, program->backend, endpoint, officer);
    *distributed = closeCycleIfDone(cycleId, officer, error);
    return outcomes;
}

QList<ReconcileOutcome> PaymentReconciler::reconcile(const QList<qint64>& batchIds, const Reader& read, const Officer& officer)
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
            reading.batch = database ? BatchRepository(*database).find(batchId) : std::nullopt;
            if (!reading.batch) {
                reading.error = database ? tr("there is no batch %1").arg(batchId) : error;
            } else if (const Results results = read(*reading.batch); const QString* failed = std::get_if<QString>(&results)) {
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
    const auto batch = BatchRepository(m_database).find(batchId);
    if (!batch) {
        outcome.message = tr("there is no batch %1").arg(batchId);
        return outcome;
    }
    return record(*batch, ResultComparison::compare(batch->file, results), officer);
}

ReconcileOutcome PaymentReconciler::record(const PaymentBatch& batch, const ResultComparison& comparison, const Officer& officer,
                                           const QString& savepoint)
{
    ReconcileOutcome outcome;
    const qint64 batchId = batch.id;
    outcome.batchId = batchId;
    outcome.state = batch.state;
    if (batch.state != BatchState::Sent && batch.state != BatchState::Completed && batch.state != BatchState::CompletedWithFailures) {
        outcome.message = tr("batch %1 has not been sent: nothing to reconcile").arg(batchId);
        return outcome;
    }
    if (!comparison.readable) {
        outcome.message = tr("batch %1: the hub's answer cannot be read: %2").arg(batchId).arg(comparison.error);
        return outcome;
    }
    DbTransaction transaction(m_database.connection(), savepoint);
    // Only payments not final yet move, and only to a final state: running twice changes nothing.
    // A payment settles when the hub says it completed, or failing that when PayDesk learnt it.
    const QString learntAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    BulkStatement update(m_database, QStringLiteral("UPDATE payment SET state = ?, failure_reason = ?, settled_at = ? WHERE "
                                                    "batch_id = ? AND request_id = ? AND state NOT IN ('paid', 'failed')"));
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
        }
        if (state.isEmpty()) {
            continue;
        }
        if (!transaction.isActive() || !update.run({state, sqlText(line.reason), line.settledAt.isEmpty() ? learntAt : line.settledAt, batchId,
                                                    line.requestId})) {
            outcome.message = tr("batch %1: cannot record payment %2: %3").arg(batchId).arg(line.requestId, update.errorString());
            return outcome;
        }
        outcome.changed += update.rowsAffected();
    }
    const bool complete = outcome.inFlight == 0 && outcome.missing == 0 && !comparison.lines.isEmpty();
    const BatchState finalState = outcome.failed > 0 ? BatchState::CompletedWithFailures : BatchState::Completed;
    QString error;
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
    if (outcome.changed > 0 || outcome.state != batch.state) {
        AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("batch.reconciled"), QStringLiteral("batch"), QString::number(batchId));
        entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("paid"), outcome.paid},
                                                    {QStringLiteral("failed"), outcome.failed},
                                                    {QStringLiteral("in_flight"), outcome.inFlight},
                                                    {QStringLiteral("missing"), outcome.missing},
                                                    {QStringLiteral("changed"), outcome.changed},
                                                    {QStringLiteral("state"), batchStateName(outcome.state)}});
        if (!AuditLog(m_database).append(entry, &error)) {
            outcome.message = error;
            return outcome;
        }
    }
    if (!transaction.commit()) {
        outcome.message = tr("batch %1: cannot commit: %2").arg(batchId).arg(transaction.errorString());
        return outcome;
    }
    outcome.succeeded = true;
    outcome.message = tr("batch %1: %2 paid, %3 failed, %4 in flight, %5 not on the hub yet; %6")
                          .arg(batchId)
                          .arg(outcome.paid)
                          .arg(outcome.failed)
                          .arg(outcome.inFlight)
                          .arg(outcome.missing)
                          .arg(complete ? tr("complete (%1)").arg(batchStateName(outcome.state)) : tr("not complete yet"));
    return outcome;
}

bool PaymentReconciler::closeCycleIfDone(qint64 cycleId, const Officer& officer, QString* error)
{
    // Done when every batch is complete and no approved re-issue waits for its new payments.
    QSqlQuery open(m_database.connection());
    open.prepare(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN state IN (?, ?) THEN 1 ELSE 0 END), (SELECT COUNT(*) FROM "
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
        AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("cycle.distributed"), QStringLiteral("cycle"), QString::number(cycleId));
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
