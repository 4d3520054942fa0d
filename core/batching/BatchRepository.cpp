#include "BatchRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kColumns =
    QStringLiteral("id, cycle_id, correlation_id, state, payment_mode, row_count, total_minor_units, "
                   "currency, file_sha256, created_by, frozen_at, hub_batch_id, send_attempts, sending_since, "
                   "last_posted_at, sent_by, failure_reason, pilot, hub_posted_at");

PaymentBatch fromQuery(const QSqlQuery& query)
{
    PaymentBatch batch;
    batch.id = query.value(0).toLongLong();
    batch.cycleId = query.value(1).toLongLong();
    batch.correlationId = query.value(2).toString();
    batch.state = batchStateFromName(query.value(3).toString()).value_or(BatchState::Draft);
    batch.paymentMode = query.value(4).toString();
    batch.rowCount = query.value(5).toInt();
    batch.total = Money(query.value(6).toLongLong(), Currency::fromCode(query.value(7).toString()));
    batch.fileSha256 = query.value(8).toString();
    batch.createdBy = query.value(9).toString();
    batch.frozenAt = query.value(10).toString();
    batch.hubBatchId = query.value(11).toString();
    batch.sendAttempts = query.value(12).toInt();
    batch.sendingSince = query.value(13).toString();
    batch.lastPostedAt = query.value(14).toString();
    batch.sentBy = query.value(15).toString();
    batch.failureReason = query.value(16).toString();
    batch.pilot = query.value(17).toInt() != 0;
    batch.hubPostedAt = query.value(18).toString();
    return batch;
}

} // namespace

BatchRepository::BatchRepository(Database& database) : m_database(database) {}

QList<PaymentBatch> BatchRepository::batchesOf(qint64 cycleId)
{
    QList<PaymentBatch> batches;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM payment_batch WHERE cycle_id = ? ORDER BY id").arg(kColumns));
    query.addBindValue(cycleId);
    if (query.exec()) {
        while (query.next()) {
            batches.append(fromQuery(query));
        }
    }
    return batches;
}

QList<PaymentBatch> BatchRepository::inState(BatchState state)
{
    QList<PaymentBatch> batches;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM payment_batch WHERE state = ? ORDER BY id").arg(kColumns));
    query.addBindValue(batchStateName(state));
    if (query.exec()) {
        while (query.next()) {
            batches.append(fromQuery(query));
        }
    }
    return batches;
}

std::optional<PaymentBatch> BatchRepository::find(qint64 batchId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1, file_bytes FROM payment_batch WHERE id = ?").arg(kColumns));
    query.addBindValue(batchId);
    if (!query.exec() || (!query.next() && query.lastError().isValid())) {
        *error = tr("batch %1 could not be read: %2").arg(batchId).arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.isValid()) {
        *error = tr("there is no batch %1").arg(batchId);
        return std::nullopt;
    }
    PaymentBatch batch = fromQuery(query);
    batch.file = query.value(19).toByteArray();
    return batch;
}
