#include "PaymentHubChannel.h"

#include "batching/SigningKey.h"
#include "batching/XSignature.h"

PaymentHubChannel::PaymentHubChannel(const HubEndpoint& endpoint, const SigningKey* key)
    : m_hub(endpoint)
    , m_key(key)
    , m_tenant(endpoint.tenant)
{
}

QString PaymentHubChannel::postingBlocker() const
{
    if (!m_key) {
        return tr("Payment Hub EE batches need the tenant's signing key to be posted");
    }
    return m_key->kind() == SigningKey::Kind::Rsa ? QString() : tr("Payment Hub EE signs with RSA: the key given is an Ed25519 key");
}

std::variant<QString, HubError> PaymentHubChannel::submit(const PaymentBatch& batch)
{
    QString error;
    const QByteArray signature =
        m_key->sign(XSignature::sha3HexDigest(XSignature::dataToSign(batch.correlationId, m_tenant, XSignature::hubPayload(batch.file))), &error);
    if (signature.isEmpty()) {
        // Nothing left PayDesk: refused, so it can be sent once the key is right.
        return HubError{HubError::Kind::Definitive, tr("the batch could not be signed: %1").arg(error), 0};
    }
    return m_hub.submit(batch.correlationId, batch.file, signature);
}

std::variant<QString, HubError> PaymentHubChannel::find(const PaymentBatch& batch, const QDateTime& since)
{
    return m_hub.findBatch(batch.correlationId, since);
}
