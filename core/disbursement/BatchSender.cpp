#include "BatchSender.h"

#include "DisbursementChannel.h"

#include "audit/AuditLog.h"
#include "batching/BatchRepository.h"
#include "officers/MakerChecker.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

BatchSender::BatchSender(Database& database, DisbursementChannel& channel, Options options)
    : m_database(database)
    , m_channel(channel)
    , m_options(options)
    , m_gate(database)
{
}

QList<qint64> BatchSender::uncertainBatches(qint64 cycleId)
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM payment_batch WHERE state = ? AND (? = 0 OR cycle_id = ?) ORDER BY id"));
    query.addBindValue(batchStateName(BatchState::Sending));
    query.addBindValue(cycleId);
    query.addBindValue(cycleId);
    if (query.exec()) {
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    return ids;
}

std::optional<PaymentBatch> BatchSender::load(qint64 batchId, const Officer& officer, SendOutcome& outcome)
{
    outcome.batchId = batchId;
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::Send)) {
        outcome.message = *refusal;
        return std::nullopt;
    }
    auto batch = BatchRepository(m_database).find(batchId);
    if (!batch) {
        outcome.message = tr("there is no batch %1").arg(batchId);
        return std::nullopt;
    }
    outcome.state = batch->state;
    return batch;
}

SendOutcome BatchSender::send(qint64 batchId, const Officer& officer)
{
    SendOutcome outcome;
    const auto batch = load(batchId, officer, outcome);
    if (!batch) {
        return outcome;
    }
    if (batch->state == BatchState::Sending) {
        return resolve(batchId, officer); // never a second POST before the first is accounted for
    }
    if (batch->state != BatchState::Ready && batch->state != BatchState::Rejected) {
        outcome.message = tr("batch %1 is %2: only ready batches are sent").arg(batchId).arg(batchStateName(batch->state));
        return outcome;
    }
    if (const auto refusal = m_gate.refusal(*batch, officer)) {
        outcome.message = *refusal;
        return outcome;
    }
    return post(*batch, officer, false);
}

SendOutcome BatchSender::post(const PaymentBatch& batch, const Officer& officer, bool repost)
{
    SendOutcome outcome;
    outcome.batchId = batch.id;
    outcome.state = batch.state;
    if (const QString blocker = m_channel.postingBlocker(); !blocker.isEmpty()) {
        outcome.message = tr("batch %1 cannot be posted: %2").arg(batch.id).arg(blocker);
        return outcome;
    }
    // The compare-and-set: this officer, this process, this attempt, or nobody.
    {
        DbTransaction transaction(m_database.connection());
        QSqlQuery claim(m_database.connection());
        claim.prepare(QStringLiteral(
            "UPDATE payment_batch SET state = ?, send_attempts = send_attempts + 1, last_posted_at = ?, "
            "sending_since = CASE WHEN sending_since = '' THEN ? ELSE sending_since END, sent_by = ?, failure_reason = '' "
            "WHERE id = ? AND state = ? AND send_attempts = ?"));
        const QString now = nowUtc();
        for (const QVariant& value : {QVariant(batchStateName(BatchState::Sending)), QVariant(now), QVariant(now), QVariant(officer.id),
                                      QVariant(batch.id), QVariant(batchStateName(batch.state)), QVariant(batch.sendAttempts)}) {
            claim.addBindValue(value);
        }
        if (!transaction.isActive() || !claim.exec()) {
            outcome.message = tr("cannot mark batch %1 as sending: %2").arg(batch.id).arg(claim.lastError().text());
            return outcome;
        }
        if (claim.numRowsAffected() != 1) {
            outcome.message = tr("batch %1 is being sent by another officer or process").arg(batch.id);
            return outcome;
        }
        // Released by someone else than whoever last changed the payer account: that rule is met.
        QSqlQuery payerReleased(m_database.connection());
        payerReleased.prepare(QStringLiteral("UPDATE program SET payer_changed_by = '' WHERE id = (SELECT program_id FROM cycle WHERE id = ?)"));
        payerReleased.addBindValue(batch.cycleId);
        if (!payerReleased.exec()) {
            outcome.message = tr("cannot mark batch %1 as sending: %2").arg(batch.id).arg(payerReleased.lastError().text());
            return outcome;
        }
        AuditEntry entry = AuditEntry::now(officer.id, repost ? QStringLiteral("batch.repost") : QStringLiteral("batch.send"),
                                           QStringLiteral("batch"), QString::number(batch.id));
        entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("correlation_id"), batch.correlationId},
                                                    {QStringLiteral("attempt"), batch.sendAttempts + 1},
                                                    {QStringLiteral("file_sha256"), batch.fileSha256}});
        QString error;
        if (!AuditLog(m_database).append(entry, &error) || !transaction.commit()) {
            outcome.message = error.isEmpty() ? transaction.errorString() : error;
            return outcome;
        }
    }
    const auto answer = m_channel.submit(batch);
    if (const QString* hubBatchId = std::get_if<QString>(&answer)) {
        SendOutcome sent = markSent(batch, *hubBatchId, officer, QStringLiteral("accepted"));
        sent.posted = true;
        return sent;
    }
    const HubError& hubError = std::get<HubError>(answer);
    SendOutcome result = hubError.isDefinitive() ? markRejected(batch, hubError.message, officer)
                                                 : keepUncertain(batch, hubError.message, true, false);
    result.posted = true;
    return result;
}

SendOutcome BatchSender::markSent(const PaymentBatch& batch, const QString& hubBatchId, const Officer& officer, const QString& how)
{
    SendOutcome outcome;
    outcome.batchId = batch.id;
    outcome.state = BatchState::Sending;
    DbTransaction transaction(m_database.connection());
    QSqlQuery sent(m_database.connection());
    sent.prepare(QStringLiteral("UPDATE payment_batch SET state = ?, hub_batch_id = ?, failure_reason = '' WHERE id = ? AND state = ?"));
    sent.addBindValue(batchStateName(BatchState::Sent));
    sent.addBindValue(hubBatchId);
    sent.addBindValue(batch.id);
    sent.addBindValue(batchStateName(BatchState::Sending));
    QSqlQuery payments(m_database.connection());
    payments.prepare(QStringLiteral("UPDATE payment SET state = 'sent' WHERE batch_id = ? AND state = 'issued'"));
    payments.addBindValue(batch.id);
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("batch.sent"), QStringLiteral("batch"), QString::number(batch.id));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("hub_batch_id"), hubBatchId}, {QStringLiteral("how"), how}});
    QString error;
    if (!transaction.isActive() || !sent.exec() || sent.numRowsAffected() != 1 || !payments.exec()
        || !AuditLog(m_database).append(entry, &error) || !transaction.commit()) {
        // The hub has it; PayDesk will find it again when it resolves the batch.
        outcome.message = tr("the hub took batch %1 as %2, but PayDesk could not record it (%3): it stays uncertain until resolved")
                              .arg(batch.id)
                              .arg(hubBatchId, error.isEmpty() ? sent.lastError().text() : error);
        return outcome;
    }
    outcome.state = BatchState::Sent;
    outcome.message = how == u"accepted" ? tr("batch %1 sent: the hub's batch %2").arg(batch.id).arg(hubBatchId)
                                         : tr("batch %1 found on the hub as %2: sent").arg(batch.id).arg(hubBatchId);
    return outcome;
}

SendOutcome BatchSender::markRejected(const PaymentBatch& batch, const QString& reason, const Officer& officer)
{
    SendOutcome outcome;
    outcome.batchId = batch.id;
    outcome.state = BatchState::Sending;
    DbTransaction transaction(m_database.connection());
    QSqlQuery rejected(m_database.connection());
    rejected.prepare(QStringLiteral("UPDATE payment_batch SET state = ?, failure_reason = ? WHERE id = ? AND state = ?"));
    rejected.addBindValue(batchStateName(BatchState::Rejected));
    rejected.addBindValue(reason);
    rejected.addBindValue(batch.id);
    rejected.addBindValue(batchStateName(BatchState::Sending));
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("batch.rejected"), QStringLiteral("batch"), QString::number(batch.id));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("reason"), reason}});
    QString error;
    if (!transaction.isActive() || !rejected.exec() || !AuditLog(m_database).append(entry, &error) || !transaction.commit()) {
        outcome.message = tr("batch %1 was refused (%2), but PayDesk could not record it: %3")
                              .arg(batch.id)
                              .arg(reason, error.isEmpty() ? rejected.lastError().text() : error);
        return outcome;
    }
    outcome.state = BatchState::Rejected;
    outcome.message = tr("batch %1 refused, nothing was paid: %2").arg(batch.id).arg(reason);
    return outcome;
}

SendOutcome BatchSender::keepUncertain(const PaymentBatch& batch, const QString& reason, bool posted, bool mayRepost)
{
    QSqlQuery note(m_database.connection());
    note.prepare(QStringLiteral("UPDATE payment_batch SET failure_reason = ? WHERE id = ? AND state = ?"));
    note.addBindValue(reason);
    note.addBindValue(batch.id);
    note.addBindValue(batchStateName(BatchState::Sending));
    note.exec(); // only a note: the state is what matters, and it is sending already
    SendOutcome outcome;
    outcome.batchId = batch.id;
    outcome.state = BatchState::Sending;
    outcome.posted = posted;
    outcome.mayRepost = mayRepost;
    outcome.message = tr("batch %1 is uncertain: %2").arg(batch.id).arg(reason);
    return outcome;
}

SendOutcome BatchSender::resolve(qint64 batchId, const Officer& officer)
{
    SendOutcome outcome;
    const auto batch = load(batchId, officer, outcome);
    if (!batch) {
        return outcome;
    }
    if (batch->state != BatchState::Sending) {
        outcome.message = tr("batch %1 is not waiting to be resolved").arg(batchId);
        return outcome;
    }
    const QDateTime since = QDateTime::fromString(batch->sendingSince, Qt::ISODateWithMs);
    // An hour's margin for the hub's clock.
    const auto found = m_channel.find(*batch, since.isValid() ? since.addSecs(-3600) : QDateTime());
    if (const HubError* error = std::get_if<HubError>(&found)) {
        return keepUncertain(*batch, tr("the hub could not say whether it has the batch: %1").arg(error->message),
                             false, false);
    }
    const QString hubBatchId = std::get<QString>(found);
    if (!hubBatchId.isEmpty()) {
        return markSent(*batch, hubBatchId, officer, QStringLiteral("found"));
    }
    const QDateTime lastPost = QDateTime::fromString(batch->lastPostedAt, Qt::ISODateWithMs);
    const qint64 waited = lastPost.isValid() ? lastPost.secsTo(QDateTime::currentDateTimeUtc()) : m_options.graceSeconds;
    if (waited < m_options.graceSeconds) {
        return keepUncertain(*batch,
                             tr("not on the hub yet; it may still appear (%1 s of the %2 s grace period have passed)")
                                 .arg(waited)
                                 .arg(m_options.graceSeconds),
                             false, false);
    }
    if (!m_options.repostConfirmed) {
        return keepUncertain(*batch,
                             tr("not on the hub %1 s after it was posted: it can be posted again, with the same correlation id "
                                "and file, once an officer confirms")
                                 .arg(waited),
                             false, true);
    }
    return post(*batch, officer, true);
}
