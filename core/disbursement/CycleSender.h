#pragma once

#include "BatchSender.h"
#include "SendOutcome.h"

#include "batching/PaymentBatch.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

class Database;
class DisbursementChannel;
struct Officer;

// The send policy of one cycle, once, for the window and the command line alike (DESIGN.md §1):
// its uncertain batches are resolved first; while any stays uncertain nothing else of the cycle
// leaves; then exactly the batches the officer confirmed (named, counted and totalled by plan())
// are sent, one by one, stopping at the first that becomes uncertain, or between two batches when
// asked to stop (the batch being posted is always finished and recorded). Nothing is ever posted
// that the request does not name.
class CycleSender
{
    Q_DECLARE_TR_FUNCTIONS(CycleSender)

public:
    // What a send of the cycle would do, for the officer to confirm.
    struct Plan
    {
        QList<PaymentBatch> uncertain; // resolved first
        QList<PaymentBatch> toSend;    // ready (or the one named: refused, or handed over)
        qint64 payments = 0;           // in toSend
        QMap<QString, qint64> totals;  // currency -> minor units, in toSend

        // "3 batches (12, 13, 14), 1,500 payments, total 15000.00 USD; 1 uncertain batch (11) is resolved first"
        QString summary() const;
    };
    // onlyBatch > 0: that batch alone (a refused or handed-over one is sent again only this way).
    static Plan plan(Database& database, qint64 cycleId, qint64 onlyBatch = 0);

    struct Request
    {
        qint64 cycleId = 0;
        QList<qint64> confirmed;  // the batches the officer confirmed, as plan() named them
        bool resolveOnly = false; // look up the uncertain batches; post nothing new
    };
    using Progress = std::function<void(const SendOutcome& outcome, int done, int total)>;

    CycleSender(Database& database, DisbursementChannel& channel, BatchSender::Options options);

    // Resolves, then sends what the request confirmed; every outcome, in order, also to progress.
    QList<SendOutcome> run(const Request& request, const Officer& officer, const Progress& progress = {},
                           const std::atomic_bool* stop = nullptr);

private:
    DisbursementChannel& m_channel;
    BatchSender m_sender;
};
