#include "G2pConnectChannel.h"

#include "batching/SigningKey.h"
#include "review/BatchFileRows.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

constexpr int kProbedReferences = 100; // enough to tell whether the receiver took a batch

} // namespace

G2pConnectChannel::G2pConnectChannel(const HubEndpoint& endpoint, const SigningKey* key)
    : m_client(endpoint), m_timeoutMs(endpoint.timeoutMs)
{
    if (endpoint.signingKeyId.isEmpty()) {
        return;
    }
    if (!key || key->kind() != SigningKey::Kind::Ed25519) {
        m_blocker = tr("this program signs its G2P Connect requests (key id %1): they need its Ed25519 private key")
                        .arg(endpoint.signingKeyId);
        return;
    }
    m_client.setSigning(key, endpoint.signingKeyId);
}

QString G2pConnectChannel::postingBlocker() const
{
    return m_blocker;
}

std::variant<QString, HubError> G2pConnectChannel::submit(const PaymentBatch& batch)
{
    const auto answer = m_client.disburse(batch.file);
    m_answerTime = m_client.lastAnswerTime();
    if (const HubError* error = std::get_if<HubError>(&answer)) {
        return *error;
    }
    // The receiver names no batch of its own: the transaction id it echoes is the batch's.
    const QString transactionId = std::get<QJsonObject>(answer).value(QStringLiteral("transaction_id")).toString();
    return transactionId.isEmpty() ? batch.correlationId : transactionId;
}

std::variant<HubLookup, HubError> G2pConnectChannel::find(const PaymentBatch& batch, const QDateTime&, Freshness)
{
    // A receiver with no list of batches: its statuses for the batch's first payments, asked anew each time.
    QString error;
    const QList<BatchFileRows::Row> rows = BatchFileRows::read(batch.file, &error);
    if (rows.isEmpty()) {
        return HubError{HubError::Kind::Uncertain, tr("batch %1's file cannot be read: %2").arg(batch.id).arg(error),
                        0};
    }
    QStringList references;
    for (qsizetype i = 0; i < rows.size() && i < kProbedReferences; ++i) {
        references.append(rows.at(i).requestId);
    }
    const auto answer = m_client.status(references);
    m_answerTime = m_client.lastAnswerTime();
    if (const HubError* failure = std::get_if<HubError>(&answer)) {
        return *failure;
    }
    HubLookup lookup;
    lookup.hubTime = m_answerTime;
    lookup.listed = references.size();
    const QJsonArray statuses = G2pConnectClient::statusesOf(std::get<QJsonObject>(answer));
    if (statuses.size() != references.size()) {
        return HubError{
            HubError::Kind::Uncertain,
            tr("the receiver answered %1 statuses for %2 payments: PayDesk cannot tell whether it has batch %3")
                .arg(statuses.size())
                .arg(references.size())
                .arg(batch.id),
            0};
    }
    // One payment it knows (received, pending, paid or refused on its merits) means it took the request.
    for (const QJsonValue& status : statuses) {
        if (status.toObject().value(QStringLiteral("status_reason_code")).toString() != u"rjct.reference_id.invalid") {
            lookup.hubBatchId = batch.correlationId;
            return lookup;
        }
    }
    return lookup;
}
