#include "BatchSender.h"

#include "DisbursementChannel.h"

#include "audit/AuditLog.h"
#include "batching/BatchRepository.h"
#include "officers/MakerChecker.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"

#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

// Between a desktop's clock and a hub's, when looking back through a hub's list sorted by start.
constexpr qint64 kClockMarginSeconds = 86400;
// A POST that got no answer reached the hub, if at all, before its deadline plus this margin,
// counted from the hub's time of the lookup before it: that lookup may be a listing up to a minute
// old (Freshness::WithinAMinute), and the claim's commit comes between the two.
constexpr qint64 kPostMarginSeconds = 180;
constexpr int kRecordAttempts = 5;
// SQL: hub_posted_at takes the hub time bound twice after it, unless that is empty (not known).
const QString kBetterHubTime = QStringLiteral("hub_posted_at = CASE WHEN ? = '' THEN hub_posted_at ELSE ? END");

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Empty, never null, for a time not known: the columns are NOT NULL.
QString stamp(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime parsed(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

// The first error among the steps of a write, for the officer: never an empty reason.
QString firstError(std::initializer_list<QString> errors)
{
    for (const QString& error : errors) {
        if (!error.trimmed().isEmpty()) {
            return error;
        }
    }
    return QCoreApplication::translate("BatchSender", "the database refused the change without saying why");
}

} // namespace

BatchSender::BatchSender(Database& database, DisbursementChannel& channel, Options options)
    : m_database(database), m_channel(channel), m_options(std::move(options)), m_gate(database)
{
    m_options.graceSeconds = qMax(kMinimumGraceSeconds, m_options.graceSeconds);
}

qint64 BatchSender::uncertainSibling(const PaymentBatch& batch)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT MIN(id) FROM payment_batch WHERE cycle_id = ? AND state = ? AND id <> ?"));
    query.addBindValue(batch.cycleId);
    query.addBindValue(batchStateName(BatchState::Sending));
    query.addBindValue(batch.id);
    if (!query.exec() || !query.next()) {
        return -1; // cannot tell: treated as stopped
    }
    return query.value(0).isNull() ? 0 : query.value(0).toLongLong();
}

QList<qint64> BatchSender::uncertainBatches(qint64 cycleId)
{
    QList<qint64> ids;
    for (const PaymentBatch& batch : BatchRepository(m_database).batchesOf(cycleId)) {
        if (batch.state == BatchState::Sending) {
            ids.append(batch.id);
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
    auto batch = BatchRepository(m_database).find(batchId, &outcome.message);
    if (!batch) {
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
    if (batch->state == BatchState::HandedOver) {
        if (!m_options.handOverConfirmed.contains(batchId)) {
            outcome.message =
                tr("batch %1 was exported for hand-carry: it is sent from here only after an officer confirms it was "
                   "not uploaded anywhere else, and the hub is then shown not to have it")
                    .arg(batchId);
            return outcome;
        }
        return takeOver(*batch, officer);
    }
    if (batch->state != BatchState::Ready && batch->state != BatchState::Rejected) {
        outcome.message =
            tr("batch %1 is %2: only ready batches are sent").arg(batchId).arg(batchStateText(batch->state));
        return outcome;
    }
    if (const qint64 sibling = uncertainSibling(*batch); sibling != 0) {
        outcome.message =
            sibling > 0 ? tr("batch %1 is not sent: batch %2 of the same cycle is uncertain, and nothing more of the "
                             "cycle leaves until it is resolved")
                              .arg(batchId)
                              .arg(sibling)
                        : tr("batch %1 is not sent: PayDesk cannot read whether another batch of its cycle is "
                             "uncertain")
                              .arg(batchId);
        return outcome;
    }
    if (const auto refusal = m_gate.refusal(*batch, officer)) {
        outcome.message = *refusal;
        return outcome;
    }
    // Ask first (rule 3): a restored backup, a lost commit or an upload by hand all look ready.
    const QDateTime frozen = parsed(batch->frozenAt);
    const auto found = m_channel.find(*batch, frozen.isValid() ? frozen.addSecs(-kClockMarginSeconds) : QDateTime(),
                                      DisbursementChannel::Freshness::WithinAMinute);
    if (const HubError* error = std::get_if<HubError>(&found)) {
        outcome.message = tr("batch %1 was not posted: the hub could not say whether it already has it (%2)")
                              .arg(batchId)
                              .arg(error->message);
        return outcome;
    }
    const HubLookup& lookup = std::get<HubLookup>(found);
    if (lookup.found()) {
        return markSent(*batch, lookup.hubBatchId, officer, QStringLiteral("found_before_post"), QDateTime());
    }
    return post(*batch, officer, false, lookup.hubTime);
}

std::optional<QString> BatchSender::claim(const PaymentBatch& batch, const Officer& officer, bool repost,
                                          const QDateTime& askedAt)
{
    // The latest the hub can receive this POST, on its clock: when it was last asked, plus the
    // deadline of the exchange and a margin. The hub's answer, when one comes, replaces it.
    const QDateTime latestArrival =
        askedAt.isValid() ? askedAt.addSecs(kPostMarginSeconds).addMSecs(m_channel.postDeadlineMs()) : QDateTime();
    // The compare-and-set: this officer, this process, this attempt, or nobody; on disk before the POST.
    m_database.setDurableCommits(true);
    const auto restoreSpeed = qScopeGuard([this] { m_database.setDurableCommits(false); });
    DbTransaction transaction(m_database.connection());
    QSqlQuery claim(m_database.connection());
    claim.prepare(QStringLiteral(
        "UPDATE payment_batch SET state = ?, send_attempts = send_attempts + 1, last_posted_at = ?, "
        "sending_since = CASE WHEN sending_since = '' THEN ? ELSE sending_since END, sent_by = ?, failure_reason = '', "
        "hub_posted_at = ? WHERE id = ? AND state = ? AND send_attempts = ?"));
    const QString now = nowUtc();
    for (const QVariant& value : {QVariant(batchStateName(BatchState::Sending)), QVariant(now), QVariant(now),
                                  QVariant(officer.id), QVariant(stamp(latestArrival)), QVariant(batch.id),
                                  QVariant(batchStateName(batch.state)), QVariant(batch.sendAttempts)}) {
        claim.addBindValue(value);
    }
    if (!transaction.isActive() || !claim.exec()) {
        return tr("cannot mark batch %1 as sending: %2")
            .arg(batch.id)
            .arg(firstError({claim.lastError().text(), transaction.errorString()}));
    }
    if (claim.numRowsAffected() != 1) {
        return tr("batch %1 is being sent by another officer or process").arg(batch.id);
    }
    // Released by someone else than whoever last changed the payer account: that rule is met.
    QSqlQuery payerReleased(m_database.connection());
    payerReleased.prepare(QStringLiteral(
        "UPDATE program SET payer_changed_by = '' WHERE id = (SELECT program_id FROM cycle WHERE id = ?)"));
    payerReleased.addBindValue(batch.cycleId);
    if (!payerReleased.exec()) {
        return tr("cannot mark batch %1 as sending: %2")
            .arg(batch.id)
            .arg(firstError({payerReleased.lastError().text()}));
    }
    AuditEntry entry =
        AuditEntry::now(officer.id, repost ? QStringLiteral("batch.repost") : QStringLiteral("batch.send"),
                        QStringLiteral("batch"), QString::number(batch.id));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("correlation_id"), batch.correlationId},
                                                {QStringLiteral("attempt"), batch.sendAttempts + 1},
                                                {QStringLiteral("file_sha256"), batch.fileSha256},
                                                {QStringLiteral("hub_time_asked"), stamp(askedAt)}});
    QString error;
    if (!AuditLog(m_database).append(entry, &error) || !transaction.commit()) {
        return tr("cannot mark batch %1 as sending: %2")
            .arg(batch.id)
            .arg(firstError({error, transaction.errorString()}));
    }
    return std::nullopt;
}

SendOutcome BatchSender::post(const PaymentBatch& batch, const Officer& officer, bool repost, const QDateTime& askedAt)
{
    SendOutcome outcome;
    outcome.batchId = batch.id;
    outcome.state = batch.state;
    // Every POST, a first one or a confirmed re-post, needs what the channel signs with.
    if (const QString blocker = m_channel.postingBlocker(); !blocker.isEmpty()) {
        outcome.message = tr("batch %1 cannot be posted: %2").arg(batch.id).arg(blocker);
        return outcome;
    }
    if (const auto refusal = claim(batch, officer, repost, askedAt)) {
        outcome.message = *refusal;
        return outcome;
    }
    PaymentBatch claimed = batch;
    claimed.state = BatchState::Sending;
    ++claimed.sendAttempts;
    const auto answer = m_channel.submit(claimed);
    const QDateTime answeredAt = m_channel.lastAnswerTime(); // the hub had the POST by then, if at all
    if (const QString* hubBatchId = std::get_if<QString>(&answer)) {
        SendOutcome sent = markSent(claimed, *hubBatchId, officer, QStringLiteral("accepted"), answeredAt);
        sent.posted = true;
        return sent;
    }
    const HubError& hubError = std::get<HubError>(answer);
    SendOutcome result = hubError.isDefinitive() ? markRejected(claimed, hubError.message, officer)
                                                 : keepUncertain(claimed, hubError.message, true, false, answeredAt);
    result.posted = true;
    return result;
}

SendOutcome BatchSender::takeOver(const PaymentBatch& batch, const Officer& officer)
{
    // Handed over, confirmed not uploaded elsewhere: uncertain from now on, with no POST of ours
    // and no hub time yet, so that it is posted only once the hub is shown not to have it (rule 8).
    SendOutcome outcome;
    outcome.batchId = batch.id;
    outcome.state = batch.state;
    DbTransaction transaction(m_database.connection());
    QSqlQuery take(m_database.connection());
    take.prepare(
        QStringLiteral("UPDATE payment_batch SET state = ?, sending_since = ?, hub_posted_at = '', sent_by = ? "
                       "WHERE id = ? AND state = ?"));
    for (const QVariant& value :
         {QVariant(batchStateName(BatchState::Sending)), QVariant(nowUtc()), QVariant(officer.id), QVariant(batch.id),
          QVariant(batchStateName(BatchState::HandedOver))}) {
        take.addBindValue(value);
    }
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("batch.hand_over_confirmed"), QStringLiteral("batch"),
                                       QString::number(batch.id));
    entry.after =
        AuditEntry::state(QJsonObject{{QStringLiteral("confirmed"), QStringLiteral("not uploaded elsewhere")}});
    QString error;
    if (!transaction.isActive() || !take.exec() || take.numRowsAffected() != 1 ||
        !AuditLog(m_database).append(entry, &error) || !transaction.commit()) {
        outcome.message = tr("batch %1 stays handed over: %2")
                              .arg(batch.id)
                              .arg(firstError({error, take.lastError().text(), transaction.errorString(),
                                               tr("another officer or process changed it first")}));
        return outcome;
    }
    return resolve(batch.id, officer);
}

SendOutcome BatchSender::markSent(const PaymentBatch& batch, const QString& hubBatchId, const Officer& officer,
                                  const QString& how, const QDateTime& hubPostedAt)
{
    SendOutcome outcome;
    outcome.batchId = batch.id;
    outcome.state = batch.state;
    // The hub has the batch: recording it is tried again (a busy or conflicting database), and a
    // reason is always given when it cannot be; the batch is then found again when resolved.
    QString reason;
    for (int attempt = 0; attempt < kRecordAttempts; ++attempt) {
        if (attempt > 0) {
            QThread::msleep(ulong(100 * attempt));
        }
        DbTransaction transaction(m_database.connection());
        QSqlQuery sent(m_database.connection());
        sent.prepare(QStringLiteral("UPDATE payment_batch SET state = ?, hub_batch_id = ?, failure_reason = '', %1 "
                                    "WHERE id = ? AND state = ?")
                         .arg(kBetterHubTime));
        for (const QVariant& value :
             {QVariant(batchStateName(BatchState::Sent)), QVariant(hubBatchId), QVariant(stamp(hubPostedAt)),
              QVariant(stamp(hubPostedAt)), QVariant(batch.id), QVariant(batchStateName(batch.state))}) {
            sent.addBindValue(value);
        }
        QSqlQuery payments(m_database.connection());
        payments.prepare(QStringLiteral("UPDATE payment SET state = 'sent' WHERE batch_id = ? AND state = 'issued'"));
        payments.addBindValue(batch.id);
        AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("batch.sent"), QStringLiteral("batch"),
                                           QString::number(batch.id));
        entry.after =
            AuditEntry::state(QJsonObject{{QStringLiteral("hub_batch_id"), hubBatchId}, {QStringLiteral("how"), how}});
        QString error;
        if (transaction.isActive() && sent.exec() && sent.numRowsAffected() == 0) {
            transaction.rollback();
            // Someone else recorded it first: the same hub batch is as good as ours.
            QString unreadable;
            const auto now = BatchRepository(m_database).find(batch.id, &unreadable);
            if (now && now->state != BatchState::Sending && now->hubBatchId == hubBatchId) {
                outcome.state = now->state;
                outcome.message = tr("batch %1 sent: the hub's batch %2 (recorded by another officer or process)")
                                      .arg(batch.id)
                                      .arg(hubBatchId);
                return outcome;
            }
            reason = tr("the batch changed state meanwhile (%1)").arg(now ? batchStateText(now->state) : unreadable);
            continue;
        }
        if (transaction.isActive() && sent.lastError().type() == QSqlError::NoError && payments.exec() &&
            AuditLog(m_database).append(entry, &error) && transaction.commit()) {
            outcome.state = BatchState::Sent;
            outcome.message = how == u"accepted" ? tr("batch %1 sent: the hub's batch %2").arg(batch.id).arg(hubBatchId)
                              : how == u"found_before_post"
                                  ? tr("batch %1 was already on the hub as %2 (sent before, from a copy of this "
                                       "database or by hand): recorded as sent, not posted again")
                                        .arg(batch.id)
                                        .arg(hubBatchId)
                                  : tr("batch %1 found on the hub as %2: sent").arg(batch.id).arg(hubBatchId);
            return outcome;
        }
        reason = firstError({error, sent.lastError().text(), payments.lastError().text(), transaction.errorString()});
    }
    outcome.message =
        tr("the hub took batch %1 as %2, but PayDesk could not record it (%3): it stays uncertain until resolved")
            .arg(batch.id)
            .arg(hubBatchId, reason);
    return outcome;
}

SendOutcome BatchSender::markRejected(const PaymentBatch& batch, const QString& reason, const Officer& officer)
{
    SendOutcome outcome;
    outcome.batchId = batch.id;
    outcome.state = BatchState::Sending;
    DbTransaction transaction(m_database.connection());
    QSqlQuery rejected(m_database.connection());
    rejected.prepare(
        QStringLiteral("UPDATE payment_batch SET state = ?, failure_reason = ? WHERE id = ? AND state = ?"));
    for (const QVariant& value : {QVariant(batchStateName(BatchState::Rejected)), QVariant(reason), QVariant(batch.id),
                                  QVariant(batchStateName(BatchState::Sending))}) {
        rejected.addBindValue(value);
    }
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("batch.rejected"), QStringLiteral("batch"),
                                       QString::number(batch.id));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("reason"), reason}});
    QString error;
    if (!transaction.isActive() || !rejected.exec() || !AuditLog(m_database).append(entry, &error) ||
        !transaction.commit()) {
        outcome.message = tr("batch %1 was refused (%2), but PayDesk could not record it: %3")
                              .arg(batch.id)
                              .arg(reason, firstError({error, rejected.lastError().text(), transaction.errorString()}));
        return outcome;
    }
    outcome.state = BatchState::Rejected;
    outcome.message = tr("batch %1 refused, nothing was paid: %2").arg(batch.id).arg(reason);
    return outcome;
}

SendOutcome BatchSender::keepUncertain(const PaymentBatch& batch, const QString& reason, bool posted, bool mayRepost,
                                       const QDateTime& hubPostedAt)
{
    QSqlQuery note(m_database.connection());
    note.prepare(QStringLiteral("UPDATE payment_batch SET failure_reason = ?, %1 WHERE id = ? AND state = ?")
                     .arg(kBetterHubTime));
    for (const QVariant& value : {QVariant(reason), QVariant(stamp(hubPostedAt)), QVariant(stamp(hubPostedAt)),
                                  QVariant(batch.id), QVariant(batchStateName(BatchState::Sending))}) {
        note.addBindValue(value);
    }
    note.exec(); // a note and a better hub time: the state is what matters, and it is sending already
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
    const QDateTime hubPostedAt = parsed(batch->hubPostedAt);
    const QDateTime sendingSince = parsed(batch->sendingSince);
    const QDateTime since = hubPostedAt.isValid()    ? hubPostedAt.addSecs(-kClockMarginSeconds)
                            : sendingSince.isValid() ? sendingSince.addSecs(-kClockMarginSeconds)
                                                     : QDateTime();
    const auto found = m_channel.find(*batch, since, DisbursementChannel::Freshness::Now);
    if (const HubError* error = std::get_if<HubError>(&found)) {
        return keepUncertain(*batch, tr("the hub could not say whether it has the batch: %1").arg(error->message),
                             false, false);
    }
    const HubLookup& lookup = std::get<HubLookup>(found);
    if (lookup.found()) {
        return markSent(*batch, lookup.hubBatchId, officer, QStringLiteral("found"), QDateTime());
    }
    // Absent from a complete list: proven only after the grace period, on the hub's own clock.
    if (!lookup.hubTime.isValid()) {
        return keepUncertain(
            *batch,
            tr("not on the hub, but the hub's answers carry no time (Date header), so PayDesk cannot tell "
               "whether it may still appear: ask the hub's operators whether batch %1 (correlation id %2) arrived")
                .arg(batch->id)
                .arg(batch->correlationId),
            false, false);
    }
    if (!hubPostedAt.isValid()) {
        // When the POST reached the hub is unknown (a hand-carried file, a crash before the hub's
        // time was kept): the grace period starts now, on the hub's clock.
        return keepUncertain(
            *batch,
            tr("not on the hub; its grace period of %1 s starts now, by the hub's clock").arg(m_options.graceSeconds),
            false, false, lookup.hubTime);
    }
    const qint64 waited = hubPostedAt.secsTo(lookup.hubTime);
    if (waited < m_options.graceSeconds) {
        return keepUncertain(
            *batch,
            tr("not on the hub yet; it may still appear (%1 s of the %2 s grace period have passed by the hub's clock)")
                .arg(qMax<qint64>(0, waited))
                .arg(m_options.graceSeconds),
            false, false);
    }
    if (!m_options.repostConfirmed.contains(batch->id)) {
        SendOutcome waiting =
            keepUncertain(*batch,
                          tr("not on the hub %1 s after it was posted, by the hub's clock (%2): it can be posted "
                             "again, with the same correlation id and file, once an officer confirms")
                              .arg(waited)
                              .arg(lookup.evidence()),
                          false, true);
        waiting.evidence = lookup.evidence();
        return waiting;
    }
    return post(*batch, officer, true, lookup.hubTime);
}
