#include "PaymentHubChannel.h"

#include "batching/SigningKey.h"
#include "batching/XSignature.h"

PaymentHubChannel::PaymentHubChannel(const HubEndpoint& endpoint, const SigningKey* key)
    : m_hub(endpoint), m_key(key), m_tenant(endpoint.tenant), m_timeoutMs(endpoint.timeoutMs)
{
}

QString PaymentHubChannel::postingBlocker() const
{
    if (!m_key) {
        return tr("Payment Hub EE batches need the tenant's signing key to be posted");
    }
    return m_key->kind() == SigningKey::Kind::Rsa
               ? QString()
               : tr("Payment Hub EE signs with RSA: the key given is an Ed25519 key");
}

std::variant<QString, HubError> PaymentHubChannel::submit(const PaymentBatch& batch)
{
    QString error;
    const QByteArray signature = m_key->sign(XSignature::sha3HexDigest(XSignature::dataToSign(
                                                 batch.correlationId, m_tenant, XSignature::hubPayload(batch.file))),
                                             &error);
    if (signature.isEmpty()) {
        // Nothing left PayDesk: refused, so it can be sent once the key is right.
        return HubError{HubError::Kind::Definitive, tr("the batch could not be signed: %1").arg(error), 0};
    }
    const auto answer = m_hub.submit(batch.correlationId, batch.file, signature);
    m_answerTime = m_hub.lastAnswerTime();
    return answer; // the listing kept still serves: what this channel posts is recorded, never asked about again
}

std::variant<HubLookup, HubError> PaymentHubChannel::find(const PaymentBatch& batch, const QDateTime& since,
                                                          Freshness freshness)
{
    constexpr qint64 kFreshMs = 60000;
    const bool recentDoes = freshness == Freshness::WithinAMinute && m_recent && m_recentAge.isValid() &&
                            m_recentAge.elapsed() < kFreshMs &&
                            (!m_recentSince.isValid() || (since.isValid() && m_recentSince <= since));
    if (!recentDoes) {
        m_recent.reset();
        auto list = m_hub.listBatches(since);
        m_answerTime = m_hub.lastAnswerTime();
        if (const HubError* error = std::get_if<HubError>(&list)) {
            return *error;
        }
        m_recent = std::get<HubBatchList>(std::move(list));
        m_recentSince = since;
        m_recentAge.start();
    }
    HubLookup lookup;
    lookup.hubBatchId = m_recent->hubIdByCorrelation.value(batch.correlationId);
    lookup.hubTime = m_recent->hubTime;
    lookup.listed = m_recent->listed;
    lookup.oldest = m_recent->oldest;
    lookup.newest = m_recent->newest;
    return lookup;
}
