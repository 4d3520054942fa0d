#pragma once

#include "DisbursementChannel.h"

#include "hub/PaymentHubClient.h"

#include <QCoreApplication>

// Payment Hub EE as a DisbursementChannel: the batch's CSV uploaded with its X-SIGNATURE (the
// tenant's signing key) and correlation id; found again on the operations API's batch list.
class PaymentHubChannel : public DisbursementChannel
{
    Q_DECLARE_TR_FUNCTIONS(PaymentHubChannel)

public:
    // key: the tenant's signing key; without one (nullptr) batches can be found but not posted.
    PaymentHubChannel(const HubEndpoint& endpoint, const SigningKey* key);

    QString postingBlocker() const override;
    std::variant<QString, HubError> submit(const PaymentBatch& batch) override;
    std::variant<QString, HubError> find(const PaymentBatch& batch, const QDateTime& since) override;

private:
    PaymentHubClient m_hub;
    const SigningKey* m_key;
    QString m_tenant;
};
