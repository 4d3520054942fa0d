#include "PaymentReissue.h"

#include "audit/AuditLog.h"
#include "officers/MakerChecker.h"
#include "officers/Officer.h"
#include "programs/CycleService.h"
#include "programs/CycleState.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"
#include "storage/SqlText.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kToApprove = QStringLiteral("to_approve");
const QString kApproved = QStringLiteral("approved");
const QString kRejected = QStringLiteral("rejected");

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

ReissueRequest requestFrom(const QSqlQuery& query)
{
    ReissueRequest request;
    request.id = query.value(0).toLongLong();
    request.cycleId = query.value(1).toLongLong();
    request.state = query.value(2).toString();
    request.requestedBy = query.value(3).toString();
    request.requestedAt = query.value(4).toString();
    request.decidedBy = query.value(5).toString();
    request.decidedAt = query.value(6).toString();
    request.decisionNote = query.value(7).toString();
    request.payments = query.value(8).toLongLong();
    request.amountMinorUnits = query.value(9).toLongLong();
    request.currency = query.value(10).toString();
    return request;
}

const QString kRequestColumns = QStringLiteral(
    "SELECT r.id, r.cycle_id, r.state, r.requested_by, r.requested_at, r.decided_by, r.decided_at, r.decision_note, "
    "COUNT(p.id), COALESCE(SUM(p.amount_minor_units), 0), COALESCE(MAX(p.currency), '') FROM payment_reissue r "
    "LEFT JOIN payment_reissue_item i ON i.reissue_id = r.id LEFT JOIN payment p ON p.id = i.payment_id ");

} // namespace

PaymentReissue::PaymentReissue(Database& database) : m_database(database) {}

QList<qint64> PaymentReissue::reissuable(qint64 cycleId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT p.id FROM payment p WHERE p.batch_id IN (SELECT id FROM payment_batch WHERE cycle_id = ?) AND p.state "
        "= 'failed' "
        "AND NOT EXISTS (SELECT 1 FROM payment n WHERE n.reissue_of = p.id) "
        "AND NOT EXISTS (SELECT 1 FROM payment_reissue_item i JOIN payment_reissue r ON r.id = i.reissue_id "
        "WHERE i.payment_id = p.id AND r.state IN (?, ?)) ORDER BY p.id"));
    query.addBindValue(cycleId);
    query.addBindValue(kToApprove);
    query.addBindValue(kApproved);
    QList<qint64> ids;
    if (!query.exec()) {
        *error = tr("cannot read the failed payments: %1").arg(query.lastError().text());
        return ids;
    }
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

// The payments a request names (all the cycle's reissuable ones when it names none), each a failed
// payment of the cycle that waits to be paid again; nothing, with why, otherwise.
std::optional<QList<qint64>> PaymentReissue::choosePayments(qint64 cycleId, const QList<qint64>& paymentIds,
                                                            QString* error)
{
    QString readError;
    const QList<qint64> open = reissuable(cycleId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    QList<qint64> chosen = paymentIds.isEmpty() ? open : paymentIds;
    const QSet<qint64> allowed(open.cbegin(), open.cend());
    for (const qint64 id : std::as_const(chosen)) {
        if (!allowed.contains(id)) {
            *error =
                tr("payment %1 is not a failed payment of cycle %2 that waits to be paid again (it may be paid again "
                   "already, or asked for)")
                    .arg(id)
                    .arg(cycleId);
            return std::nullopt;
        }
    }
    chosen = QSet<qint64>(chosen.cbegin(), chosen.cend()).values();
    if (chosen.isEmpty()) {
        *error = tr("no failed payment of cycle %1 waits to be paid again").arg(cycleId);
        return std::nullopt;
    }
    return chosen;
}

std::optional<qint64> PaymentReissue::request(qint64 cycleId, const QList<qint64>& paymentIds, const Officer& maker,
                                              QString* error)
{
    if (const auto refusal = MakerChecker::refusal(maker, MakerChecker::Action::Prepare)) {
        *error = *refusal;
        return std::nullopt;
    }
    const auto cycle = CycleService(m_database).find(cycleId, error);
    if (!cycle) {
        return std::nullopt;
    }
    if (cycle->state != CycleState::Approved && cycle->state != CycleState::Distributed) {
        *error = tr("failed payments are paid again in an approved or distributed cycle; this one is %1")
                     .arg(cycleStateName(cycle->state));
        return std::nullopt;
    }
    DbTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return std::nullopt;
    }
    // Two makers asking at once would both find the same payments reissuable.
    if (const QString lock = m_database.dialect().serializeWriters(QStringLiteral("payment_reissue"));
        !lock.isEmpty()) {
        QSqlQuery(m_database.connection()).exec(lock);
    }
    const auto chosen = choosePayments(cycleId, paymentIds, error);
    if (!chosen) {
        return std::nullopt;
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO payment_reissue (cycle_id, state, requested_by, requested_at) VALUES (?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(cycleId);
    insert.addBindValue(kToApprove);
    insert.addBindValue(maker.id);
    insert.addBindValue(nowText());
    if (!insert.exec() || !insert.next()) {
        *error = tr("cannot record the request: %1").arg(insert.lastError().text());
        return std::nullopt;
    }
    const qint64 requestId = insert.value(0).toLongLong();
    insert.finish();
    BulkStatement item(m_database,
                       QStringLiteral("INSERT INTO payment_reissue_item (reissue_id, payment_id) VALUES (?, ?)"));
    for (const qint64 paymentId : *chosen) {
        if (!item.run({requestId, paymentId})) {
            *error = tr("cannot record payment %1 in the request: %2").arg(paymentId).arg(item.errorString());
            return std::nullopt;
        }
    }
    const auto stored = find(requestId);
    AuditEntry entry = AuditEntry::now(maker.id, QStringLiteral("payments.reissue_requested"), QStringLiteral("cycle"),
                                       QString::number(cycleId));
    entry.after =
        AuditEntry::state(QJsonObject{{QStringLiteral("request"), requestId},
                                      {QStringLiteral("payments"), stored ? stored->payments : 0},
                                      {QStringLiteral("total_minor_units"), stored ? stored->amountMinorUnits : 0},
                                      {QStringLiteral("currency"), stored ? stored->currency : QString()}});
    if (!AuditLog(m_database).append(entry, error)) {
        return std::nullopt;
    }
    if (!transaction.commit()) {
        *error = tr("cannot commit the request: %1").arg(transaction.errorString());
        return std::nullopt;
    }
    return requestId;
}

bool PaymentReissue::approve(qint64 requestId, const Officer& checker, QString* error)
{
    return decide(requestId, checker, true, QString(), error);
}

bool PaymentReissue::reject(qint64 requestId, const Officer& checker, const QString& why, QString* error)
{
    return decide(requestId, checker, false, why, error);
}

bool PaymentReissue::decide(qint64 requestId, const Officer& checker, bool approved, const QString& why, QString* error)
{
    const auto request = find(requestId);
    if (!request) {
        *error = tr("there is no re-issue request %1").arg(requestId);
        return false;
    }
    if (request->state != kToApprove) {
        *error = tr("re-issue request %1 is %2 already").arg(requestId).arg(request->state);
        return false;
    }
    if (const auto refusal = MakerChecker::refusal(checker, MakerChecker::Action::Approve, request->requestedBy)) {
        *error = *refusal;
        return false;
    }
    DbTransaction transaction(m_database.connection());
    QSqlQuery update(m_database.connection());
    update.prepare(
        QStringLiteral("UPDATE payment_reissue SET state = ?, decided_by = ?, decided_at = ?, decision_note = ? "
                       "WHERE id = ? AND state = ?"));
    update.addBindValue(approved ? kApproved : kRejected);
    update.addBindValue(checker.id);
    update.addBindValue(nowText());
    update.addBindValue(sqlText(why));
    update.addBindValue(requestId);
    update.addBindValue(kToApprove);
    if (!transaction.isActive() || !update.exec()) {
        *error = tr("cannot record the decision: %1").arg(update.lastError().text());
        return false;
    }
    if (update.numRowsAffected() != 1) {
        *error = tr("someone else decided re-issue request %1 meanwhile").arg(requestId);
        return false;
    }
    AuditEntry entry = AuditEntry::now(checker.id,
                                       approved ? QStringLiteral("payments.reissue_approved")
                                                : QStringLiteral("payments.reissue_rejected"),
                                       QStringLiteral("cycle"), QString::number(request->cycleId));
    entry.before =
        AuditEntry::state(QJsonObject{{QStringLiteral("request"), requestId}, {QStringLiteral("state"), kToApprove}});
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("request"), requestId},
                                                {QStringLiteral("state"), approved ? kApproved : kRejected},
                                                {QStringLiteral("payments"), request->payments},
                                                {QStringLiteral("note"), why}});
    if (!AuditLog(m_database).append(entry, error)) {
        return false;
    }
    if (approved && !reopenIfDistributed(request->cycleId, checker, requestId, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("cannot commit the decision: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

// The money is not all paid any more: a distributed cycle opens again for the new payments.
bool PaymentReissue::reopenIfDistributed(qint64 cycleId, const Officer& checker, qint64 requestId, QString* error)
{
    const auto cycle = CycleService(m_database).find(cycleId, error);
    if (!cycle) {
        return false;
    }
    if (cycle->state == CycleState::Distributed) {
        if (const auto refusal = CycleTransition::refusal(cycle->state, CycleState::Approved)) {
            *error = *refusal;
            return false;
        }
        QSqlQuery reopen(m_database.connection());
        reopen.prepare(QStringLiteral("UPDATE cycle SET state = ? WHERE id = ? AND state = ?"));
        reopen.addBindValue(cycleStateName(CycleState::Approved));
        reopen.addBindValue(cycle->id);
        reopen.addBindValue(cycleStateName(CycleState::Distributed));
        AuditEntry reopened = AuditEntry::now(checker.id, QStringLiteral("cycle.reopened"), QStringLiteral("cycle"),
                                              QString::number(cycle->id));
        reopened.before =
            AuditEntry::state(QJsonObject{{QStringLiteral("state"), cycleStateName(CycleState::Distributed)}});
        reopened.after = AuditEntry::state(QJsonObject{{QStringLiteral("state"), cycleStateName(CycleState::Approved)},
                                                       {QStringLiteral("reissue_request"), requestId}});
        if (!reopen.exec() || reopen.numRowsAffected() != 1) {
            *error = tr("cannot reopen cycle %1: %2").arg(cycle->id).arg(reopen.lastError().text());
            return false;
        }
        if (!AuditLog(m_database).append(reopened, error)) {
            return false;
        }
    }
    return true;
}

QList<ReissueRequest> PaymentReissue::requestsOf(qint64 cycleId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(kRequestColumns + QStringLiteral("WHERE r.cycle_id = ? GROUP BY r.id ORDER BY r.id"));
    query.addBindValue(cycleId);
    QList<ReissueRequest> requests;
    if (query.exec()) {
        while (query.next()) {
            requests.append(requestFrom(query));
        }
    }
    return requests;
}

std::optional<ReissueRequest> PaymentReissue::find(qint64 requestId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(kRequestColumns + QStringLiteral("WHERE r.id = ? GROUP BY r.id"));
    query.addBindValue(requestId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return requestFrom(query);
}
