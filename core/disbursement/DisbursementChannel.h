#pragma once

#include "batching/PaymentBatch.h"
#include "hub/HubError.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <variant>

struct HubEndpoint;
struct Program;
class SigningKey;

// Where BatchSender posts a frozen batch and asks whether it arrived: Payment Hub EE's bulk
// upload and operations API (PaymentHubChannel) or G2P Connect's disburse and txn/status
// (G2pConnectChannel). Both keep BatchSender's exactly-once protocol: the batch's correlation id
// and file never change between attempts.
class DisbursementChannel
{
public:
    virtual ~DisbursementChannel() = default;

    // Why batches cannot be posted through this channel (no signing key, say); empty when they can.
    virtual QString postingBlocker() const = 0;
    // Posts the batch: the receiver's id for it, or the error (definitive: nothing moved).
    virtual std::variant<QString, HubError> submit(const PaymentBatch& batch) = 0;
    // The receiver's id for a batch posted since `since`; empty when it has no such batch; the
    // error when it could not say.
    virtual std::variant<QString, HubError> find(const PaymentBatch& batch, const QDateTime& since) = 0;

    // Whether endpoint names every address the program's backend needs to send and reconcile.
    static bool isComplete(const Program& program, const HubEndpoint& endpoint);
    // The channel a program pays through (key signs Payment Hub EE uploads with RSA, or G2P Connect
    // requests with Ed25519; may be null).
    static std::unique_ptr<DisbursementChannel> forProgram(const Program& program, const HubEndpoint& endpoint, const SigningKey* key);
};
