#pragma once

#include "DisbursementChannel.h"

#include "hub/G2pConnectClient.h"

#include <QCoreApplication>

// G2P Connect as a DisbursementChannel: the frozen disburse request (transaction_id = the batch's
// correlation id, one reference_id per payment) posted as it is; the receiver refuses a
// reference_id it holds already, so a second post of a batch it took moves nothing and is read as
// "sent". Found again by asking the status of the batch's reference ids. When the program signs its
// requests (HubEndpoint::signingKeyId), every request is signed with the Ed25519 key given.
class G2pConnectChannel : public DisbursementChannel
{
    Q_DECLARE_TR_FUNCTIONS(G2pConnectChannel)

public:
    // key: the program's Ed25519 key when it signs its requests; may be null otherwise.
    G2pConnectChannel(const HubEndpoint& endpoint, const SigningKey* key);

    QString postingBlocker() const override;
    std::variant<QString, HubError> submit(const PaymentBatch& batch) override;
    std::variant<HubLookup, HubError> find(const PaymentBatch& batch, const QDateTime& since,
                                           Freshness freshness) override;
    QDateTime lastAnswerTime() const override { return m_answerTime; }
    int postDeadlineMs() const override { return m_timeoutMs; }

private:
    G2pConnectClient m_client;
    QDateTime m_answerTime;
    int m_timeoutMs;
    QString m_blocker;
};
