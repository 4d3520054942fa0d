// HubSimulator's snapshot and restore: the sandbox's state as JSON, so that a restarted sandbox
// (the demo's) still knows what it accepted and paid. Kept apart from HubSimulator.cpp, which holds
// the hub's behaviour.
#include "HubSimulator.h"

#include <QJsonArray>
#include <QMutexLocker>

namespace {

constexpr int kFormat = 1;

QJsonArray toJson(const HubTransfer& t)
{
    return {t.id,
            t.workflowInstanceKey,
            t.transactionId,
            t.clientCorrelationId,
            t.requestId,
            t.tenant,
            t.batchId,
            t.parentBatchId,
            t.paymentMode,
            t.payerType,
            t.payerId,
            t.payeeType,
            t.payeeId,
            t.amount,
            t.currency,
            t.note,
            t.startsAt,
            t.completesAt,
            int(t.outcome),
            t.errorInformation,
            t.awaitingSwitch};
}

HubTransfer transferFrom(const QJsonArray& a)
{
    HubTransfer t;
    t.id = a.at(0).toInteger();
    t.workflowInstanceKey = a.at(1).toString();
    t.transactionId = a.at(2).toString();
    t.clientCorrelationId = a.at(3).toString();
    t.requestId = a.at(4).toString();
    t.tenant = a.at(5).toString();
    t.batchId = a.at(6).toString();
    t.parentBatchId = a.at(7).toString();
    t.paymentMode = a.at(8).toString();
    t.payerType = a.at(9).toString();
    t.payerId = a.at(10).toString();
    t.payeeType = a.at(11).toString();
    t.payeeId = a.at(12).toString();
    t.amount = a.at(13).toString();
    t.currency = a.at(14).toString();
    t.note = a.at(15).toString();
    t.startsAt = a.at(16).toInteger();
    t.completesAt = a.at(17).toInteger();
    t.outcome = HubTransfer::Outcome(qBound(0, a.at(18).toInt(), int(HubTransfer::Outcome::Exception)));
    t.errorInformation = a.at(19).toString();
    t.awaitingSwitch = a.at(20).toBool();
    return t;
}

QJsonObject toJson(const HubBatch& b)
{
    QJsonArray transfers;
    for (const qint64 index : b.transferIndexes) {
        transfers.append(index);
    }
    return {{QStringLiteral("batch_id"), b.batchId},
            {QStringLiteral("tenant"), b.tenant},
            {QStringLiteral("correlation_id"), b.correlationId},
            {QStringLiteral("request_file"), b.requestFile},
            {QStringLiteral("purpose"), b.purpose},
            {QStringLiteral("registering_institution_id"), b.registeringInstitutionId},
            {QStringLiteral("payment_mode"), b.paymentMode},
            {QStringLiteral("notes"), b.notes},
            {QStringLiteral("sub_batches"), QJsonArray::fromStringList(b.subBatchIds)},
            {QStringLiteral("transfers"), transfers},
            {QStringLiteral("workflow_instance_key"), b.workflowInstanceKey},
            {QStringLiteral("accepted_at"), b.acceptedAt},
            {QStringLiteral("database_id"), b.databaseId},
            {QStringLiteral("stored"),
             b.stored ? QJsonArray{b.storedTotal, b.storedOngoing, b.storedFailed, b.storedCompleted,
                                   b.storedTotalAmount, b.storedOngoingAmount, b.storedFailedAmount,
                                   b.storedCompletedAmount, b.resultGeneratedAt, b.completedAt}
                      : QJsonArray()}};
}

HubBatch batchFrom(const QJsonObject& o)
{
    HubBatch b;
    b.batchId = o.value(QStringLiteral("batch_id")).toString();
    b.tenant = o.value(QStringLiteral("tenant")).toString();
    b.correlationId = o.value(QStringLiteral("correlation_id")).toString();
    b.requestFile = o.value(QStringLiteral("request_file")).toString();
    b.purpose = o.value(QStringLiteral("purpose")).toString();
    b.registeringInstitutionId = o.value(QStringLiteral("registering_institution_id")).toString();
    b.paymentMode = o.value(QStringLiteral("payment_mode")).toString();
    b.notes = o.value(QStringLiteral("notes")).toString();
    for (const QJsonValue& id : o.value(QStringLiteral("sub_batches")).toArray()) {
        b.subBatchIds.append(id.toString());
    }
    for (const QJsonValue& index : o.value(QStringLiteral("transfers")).toArray()) {
        b.transferIndexes.append(index.toInteger());
    }
    b.workflowInstanceKey = o.value(QStringLiteral("workflow_instance_key")).toInteger();
    b.acceptedAt = o.value(QStringLiteral("accepted_at")).toInteger();
    b.databaseId = o.value(QStringLiteral("database_id")).toInteger();
    const QJsonArray stored = o.value(QStringLiteral("stored")).toArray();
    b.stored = stored.size() == 10;
    if (b.stored) {
        b.storedTotal = stored.at(0).toInteger();
        b.storedOngoing = stored.at(1).toInteger();
        b.storedFailed = stored.at(2).toInteger();
        b.storedCompleted = stored.at(3).toInteger();
        b.storedTotalAmount = stored.at(4).toInteger();
        b.storedOngoingAmount = stored.at(5).toInteger();
        b.storedFailedAmount = stored.at(6).toInteger();
        b.storedCompletedAmount = stored.at(7).toInteger();
        b.resultGeneratedAt = stored.at(8).toInteger();
        b.completedAt = stored.at(9).toInteger();
    }
    return b;
}

} // namespace

QJsonObject HubSimulator::snapshot() const
{
    QMutexLocker locker(&m_mutex);
    advance(); // the ledger up to now, so that what is pending is what completes later
    QJsonArray batches;
    for (const HubBatch& batch : m_batches) {
        batches.append(toJson(batch));
    }
    QJsonArray transfers;
    for (const HubTransfer& transfer : m_transfers) {
        transfers.append(toJson(transfer));
    }
    QJsonObject ledger;
    for (auto it = m_ledger.cbegin(); it != m_ledger.cend(); ++it) {
        ledger.insert(it.key(), it.value());
    }
    QJsonObject disbursements;
    for (auto it = m_disbursements.cbegin(); it != m_disbursements.cend(); ++it) {
        disbursements.insert(it.key(), it.value());
    }
    QJsonObject files;
    for (auto it = m_resultFiles.cbegin(); it != m_resultFiles.cend(); ++it) {
        files.insert(it.key(), QString::fromUtf8(it.value()));
    }
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("now"), now()},
            {QStringLiteral("next_workflow_key"), m_nextWorkflowKey},
            {QStringLiteral("batches"), batches},
            {QStringLiteral("transfers"), transfers},
            {QStringLiteral("ledger"), ledger},
            {QStringLiteral("disbursements"), disbursements},
            {QStringLiteral("result_files"), files}};
}

bool HubSimulator::restore(const QJsonObject& state, QString* error)
{
    QMutexLocker locker(&m_mutex);
    if (state.value(QStringLiteral("format")).toInt() != kFormat) {
        *error = tr("it is not a sandbox hub's state (format %1)").arg(kFormat);
        return false;
    }
    if (!m_batches.isEmpty() || !m_transfers.empty()) {
        *error = tr("the sandbox hub has accepted work already");
        return false;
    }
    const QJsonArray transfers = state.value(QStringLiteral("transfers")).toArray();
    for (const QJsonValue& transfer : transfers) {
        m_transfers.push_back(transferFrom(transfer.toArray()));
        if (m_transfers.back().id != qint64(m_transfers.size())) {
            *error = tr("transfer %1 is out of place").arg(m_transfers.size());
            m_transfers.clear();
            return false;
        }
    }
    for (const QJsonValue& batch : state.value(QStringLiteral("batches")).toArray()) {
        m_batchIndex.insert(batch.toObject().value(QStringLiteral("batch_id")).toString(), m_batches.size());
        m_batches.append(batchFrom(batch.toObject()));
    }
    const QJsonObject ledger = state.value(QStringLiteral("ledger")).toObject();
    for (auto it = ledger.constBegin(); it != ledger.constEnd(); ++it) {
        m_ledger.insert(it.key(), it.value().toInt());
    }
    const QJsonObject disbursements = state.value(QStringLiteral("disbursements")).toObject();
    for (auto it = disbursements.constBegin(); it != disbursements.constEnd(); ++it) {
        m_disbursements.insert(it.key(), it.value().toInteger());
    }
    const QJsonObject files = state.value(QStringLiteral("result_files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        m_resultFiles.insert(it.key(), it.value().toString().toUtf8());
    }
    m_nextWorkflowKey = state.value(QStringLiteral("next_workflow_key")).toInteger(m_nextWorkflowKey);
    // The time goes on from where it was; what had not completed then completes later, once.
    const qint64 then = state.value(QStringLiteral("now")).toInteger();
    m_epochStart = qMax(m_epochStart, then);
    m_clock.restart();
    for (const HubTransfer& transfer : m_transfers) {
        if (transfer.awaitingSwitch) {
            m_switchQueue.push_back(transfer.id - 1);
        } else if (transfer.outcome == HubTransfer::Outcome::Completed && transfer.completesAt > then) {
            m_pending.push({transfer.completesAt, transfer.id - 1});
        }
    }
    return true;
}

quint64 HubSimulator::revision() const
{
    QMutexLocker locker(&m_mutex);
    return m_revision;
}
