#pragma once

#include "ReconcileOutcome.h"

#include <QByteArray>
#include <QCoreApplication>

class Database;
class PaymentHubClient;
struct Officer;

// Closes the loop on sent batches (reference payment-hub-ee.md §5-6): the hub's per-transfer rows
// are matched to the batch's payments by request id (ResultComparison); COMPLETED is paid,
// FAILED/EXCEPTION/REJECTED/ABORTED failed with the reason, anything else in flight. A batch is
// complete only when every payment has a final row; the batch status string and counters are not
// trusted. A final state never changes back, so running it again changes nothing.
class PaymentReconciler
{
    Q_DECLARE_TR_FUNCTIONS(PaymentReconciler)

public:
    explicit PaymentReconciler(Database& database);

    // Polls the hub: the aggregate (which makes the hub recompute), then every detail page.
    ReconcileOutcome poll(qint64 batchId, PaymentHubClient& hub, const Officer& officer);
    // Applies a result file instead (the batch detail export or the hub's result CSV), offline.
    ReconcileOutcome apply(qint64 batchId, const QByteArray& results, const Officer& officer);
    // A cycle whose batches are all complete is distributed: true when this call or an earlier one
    // made it so.
    bool closeCycleIfDone(qint64 cycleId, const Officer& officer, QString* error);

private:
    Database& m_database;
};
