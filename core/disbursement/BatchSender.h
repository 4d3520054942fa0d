#pragma once

#include "ReleaseGate.h"
#include "SendOutcome.h"

#include "batching/PaymentBatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

class Database;
class DisbursementChannel;
struct HubLookup;
struct Officer;

// Sends ready batches through one channel (a Payment Hub EE tenant, a G2P Connect receiver)
// exactly once (DESIGN.md §1). Before the first POST of a batch the receiver is asked whether it
// holds it already (a restored backup, a lost commit, a hand-carried upload): when it cannot say,
// nothing is posted. Before every POST the batch is committed, durably, as sending by a
// compare-and-set that only one officer or process can win; a 202 makes it sent, the hub's own
// refusal rejected (nothing moved), anything else leaves it sending: uncertain, and its cycle sends
// nothing more until it is resolved. An uncertain batch is resolved only by finding it on the
// receiver; "absent" needs a list read whole, at least the grace period after the post on the
// receiver's own clock (its Date header), never a desktop's; only then, and only for the batches
// an officer confirmed after seeing that evidence, is it posted again, with the same correlation
// id and the same frozen file.
class BatchSender
{
    Q_DECLARE_TR_FUNCTIONS(BatchSender)

public:
    static constexpr qint64 kMinimumGraceSeconds = 600;

    struct Options
    {
        // How long the hub may take to show an accepted batch, on its own clock; less than
        // kMinimumGraceSeconds is raised to it.
        qint64 graceSeconds = kMinimumGraceSeconds;
        // Batches an officer confirmed may be posted again, having seen the evidence of absence.
        QSet<qint64> repostConfirmed;
        // Handed-over batches an officer says were not uploaded anywhere else (rule 8).
        QSet<qint64> handOverConfirmed;
    };

    BatchSender(Database& database, DisbursementChannel& channel, Options options);

    // Sends a ready (or refused) batch, asking the hub first; a sending one is resolved instead; a
    // handed-over one, once confirmed, becomes uncertain and is resolved.
    SendOutcome send(qint64 batchId, const Officer& officer);
    // Resolves a sending batch: found on the hub -> sent; otherwise it stays sending, or is posted
    // again when the grace period is over on the hub's clock and the officer confirmed it.
    SendOutcome resolve(qint64 batchId, const Officer& officer);
    // The cycle's sending batches.
    QList<qint64> uncertainBatches(qint64 cycleId);

private:
    // The batch, when the officer may send and it exists; else outcome says why.
    std::optional<PaymentBatch> load(qint64 batchId, const Officer& officer, SendOutcome& outcome);
    SendOutcome post(const PaymentBatch& batch, const Officer& officer, bool repost, const QDateTime& askedAt);
    std::optional<QString> claim(const PaymentBatch& batch, const Officer& officer, bool repost,
                                 const QDateTime& askedAt);
    SendOutcome takeOver(const PaymentBatch& batch, const Officer& officer);
    SendOutcome markSent(const PaymentBatch& batch, const QString& hubBatchId, const Officer& officer,
                         const QString& how, const QDateTime& hubPostedAt);
    SendOutcome markRejected(const PaymentBatch& batch, const QString& reason, const Officer& officer);
    SendOutcome keepUncertain(const PaymentBatch& batch, const QString& reason, bool posted, bool mayRepost,
                              const QDateTime& hubPostedAt = {});
    // The other uncertain batch of the same cycle that stops this one, if any.
    qint64 uncertainSibling(const PaymentBatch& batch);

    Database& m_database;
    DisbursementChannel& m_channel;
    Options m_options;
    ReleaseGate m_gate;
};
