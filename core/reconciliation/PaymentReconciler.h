#pragma once

#include "ReconcileOutcome.h"

#include "batching/PaymentBatch.h"
#include "hub/HubEndpoint.h"
#include "programs/PaymentBackend.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <variant>

class Database;
class G2pConnectClient;
class PaymentHubClient;
class QJsonArray;
class ResultComparison;
struct Officer;

// Closes the loop on sent batches (reference payment-hub-ee.md §5-6; on G2P Connect, the txn/status
// of the batch's reference ids, openg2p-payments.md §4): the hub's per-transfer rows are matched to the batch's
// payments by request id (ResultComparison); COMPLETED is paid, FAILED/EXCEPTION/REJECTED/ABORTED failed with the
// reason, anything else in flight. A batch is complete only when every payment has a final row; the batch status string
// and counters are not trusted. A final state never changes back, so running it again changes nothing. Many batches at
// once are read (fetched, matched to their files) on a second thread while this one records the
// batches already read, in one transaction (a savepoint each).
class PaymentReconciler
{
    Q_DECLARE_TR_FUNCTIONS(PaymentReconciler)

public:
    explicit PaymentReconciler(Database& database);

    // Polls the hub: the aggregate (which makes the hub recompute), then every detail page.
    ReconcileOutcome poll(qint64 batchId, PaymentHubClient& hub, const Officer& officer);
    // Applies a result file instead (the batch detail export or the hub's result CSV), offline: a
    // checker's act, audited with the file's SHA-256 (DESIGN.md §1 rule 9).
    ReconcileOutcome apply(qint64 batchId, const QByteArray& results, const Officer& officer);
    // What the hub says about a batch (its detail rows), or why it could not be read.
    using Results = std::variant<QByteArray, QString>;
    using Reader = std::function<Results(const PaymentBatch& batch)>;
    // Reconciles the batches in order; read runs on a second thread, with its own connection to
    // the database, and may block (on the hub).
    QList<ReconcileOutcome> reconcile(const QList<qint64>& batchIds, const Reader& read, const Officer& officer);
    // reconcile() asking the hub at endpoint, the way the backend tells statuses.
    QList<ReconcileOutcome> pollAll(const QList<qint64>& batchIds, PaymentBackend backend, const HubEndpoint& endpoint,
                                    const Officer& officer);
    static Results fetch(const PaymentBatch& batch, PaymentHubClient& hub);
    // The statuses of every payment of a G2P Connect batch, as one txn/status answer.
    static Results fetch(const PaymentBatch& batch, G2pConnectClient& client);
    // Polls every sent batch of the cycle (pollAll, the way its program pays), then closes the cycle if all is final
    // (*distributed); *error when that could not be decided.
    QList<ReconcileOutcome> pollCycle(qint64 cycleId, const HubEndpoint& endpoint, const Officer& officer,
                                      bool* distributed, QString* error);
    // A cycle whose batches are all complete is distributed: true when this call or an earlier one
    // made it so.
    bool closeCycleIfDone(qint64 cycleId, const Officer& officer, QString* error);

private:
    // Records what the comparison found for a batch that was sent: one transaction, or one savepoint
    // (named savepoint) inside a transaction the caller holds.
    // resultFileSha256: an offline result file's, recorded in the audit entry with what it changed.
    ReconcileOutcome record(const PaymentBatch& batch, const ResultComparison& comparison, const Officer& officer,
                            const QString& savepoint = QString(), const QString& resultFileSha256 = QString());
    bool applyLines(qint64 batchId, const ResultComparison& comparison, ReconcileOutcome& outcome, QJsonArray& flagged,
                    int& disputedOpen);
    bool auditRecord(BatchState stateBefore, const ReconcileOutcome& outcome, const QJsonArray& flagged,
                     const Officer& officer, const QString& resultFileSha256, QString* error);

    Database& m_database;
};
