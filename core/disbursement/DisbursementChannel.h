#pragma once

#include "batching/PaymentBatch.h"
#include "hub/HubError.h"
#include "hub/HubLookup.h"

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

    // How recent the receiver's answer must be: read now (resolving an uncertain batch), or a
    // complete listing read within the last minute will do (asking before a first post, so that
    // a cycle of 2,000 batches reads the hub's list once a minute, not 2,000 times).
    enum class Freshness
    {
        Now,
        WithinAMinute
    };
    // Whether the receiver holds the batch, looking back to batches started since `since`: its
    // id for it (empty when it has none) and the evidence; the error when it could not say whole.
    virtual std::variant<HubLookup, HubError> find(const PaymentBatch& batch, const QDateTime& since,
                                                   Freshness freshness) = 0;
    // How long a POST may take before it is given up: it reached the receiver by then, if at all.
    virtual int postDeadlineMs() const = 0;
    // The receiver's clock at its last answer (its Date header); invalid when it gave none or did not answer.
    virtual QDateTime lastAnswerTime() const = 0;

    // Whether endpoint names every address the program's backend needs to send and reconcile.
    static bool isComplete(const Program& program, const HubEndpoint& endpoint);
    // The channel a program pays through (key signs Payment Hub EE uploads with RSA, or G2P Connect
    // requests with Ed25519; may be null).
    static std::unique_ptr<DisbursementChannel> forProgram(const Program& program, const HubEndpoint& endpoint,
                                                           const SigningKey* key);
};
