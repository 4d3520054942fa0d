#pragma once

#include "DisbursementChannel.h"

#include "hub/PaymentHubClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <optional>

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
    std::variant<HubLookup, HubError> find(const PaymentBatch& batch, const QDateTime& since,
                                           Freshness freshness) override;
    QDateTime lastAnswerTime() const override { return m_answerTime; }
    int postDeadlineMs() const override { return m_timeoutMs; }

private:
    PaymentHubClient m_hub;
    QDateTime m_answerTime;
    // The latest complete listing, for lookups that may be a minute old.
    std::optional<HubBatchList> m_recent;
    QDateTime m_recentSince;
    QElapsedTimer m_recentAge;
    const SigningKey* m_key;
    QString m_tenant;
    int m_timeoutMs;
};
