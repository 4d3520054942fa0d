#pragma once

#include "ReleaseGate.h"
#include "SendOutcome.h"

#include "batching/PaymentBatch.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;
class DisbursementChannel;
struct Officer;

// Sends ready batches through one channel (a Payment Hub EE tenant, a G2P Connect receiver)
// exactly once (DESIGN.md §1). Before every POST
// the batch is committed as sending, by a compare-and-set that only one officer or process can
// win; a 202 makes it sent, a refusal rejected (nothing moved), anything else leaves it sending:
// uncertain. An uncertain batch is resolved only by finding it on the receiver (DisbursementChannel::find); when
// it is not there after the grace period it may be posted again, with the same correlation id and
// the same frozen file, and only when the caller says the officer confirmed it.
class BatchSender
{
    Q_DECLARE_TR_FUNCTIONS(BatchSender)

public:
    struct Options
    {
        qint64 graceSeconds = 600; // longer than the hub can take to show an accepted batch
        bool repostConfirmed = false;
    };

    BatchSender(Database& database, DisbursementChannel& channel, Options options);

    // Sends a ready (or refused) batch; a sending one is resolved instead.
    SendOutcome send(qint64 batchId, const Officer& officer);
    // Resolves a sending batch: found on the hub -> sent; otherwise it stays sending, or is posted
    // again when the grace period is over and the repost was confirmed.
    SendOutcome resolve(qint64 batchId, const Officer& officer);
    // Sending batches: of a cycle, or of every cycle (0).
    QList<qint64> uncertainBatches(qint64 cycleId = 0);

private:
    // The batch, when the officer may send and it exists; else outcome says why.
    std::optional<PaymentBatch> load(qint64 batchId, const Officer& officer, SendOutcome& outcome);
    SendOutcome post(const PaymentBatch& batch, const Officer& officer, bool repost);
    SendOutcome markSent(const PaymentBatch& batch, const QString& hubBatchId, const Officer& officer, const QString& how);
    SendOutcome markRejected(const PaymentBatch& batch, const QString& reason, const Officer& officer);
    SendOutcome keepUncertain(const PaymentBatch& batch, const QString& reason, bool posted, bool mayRepost);

    Database& m_database;
    DisbursementChannel& m_channel;
    Options m_options;
    ReleaseGate m_gate;
};
