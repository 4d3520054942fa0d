#pragma once

#include "HubBatch.h"
#include "HubFaults.h"
#include "HubOptions.h"
#include "HubTransfer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>

#include <deque>
#include <optional>
#include <queue>
#include <vector>

// The sandbox hub's state: the batches it accepted, their transfers and how each one ends, the
// simulated clock, the faults in force, and the ledger of money moved per request_id. Thread-safe:
// the HTTP servers and a test may call it from different threads.
class HubSimulator
{
    Q_DECLARE_TR_FUNCTIONS(HubSimulator)

public:
    struct Submission
    {
        QString tenant;
        QString correlationId;
        QString purpose;
        QString fileName;
        QString registeringInstitutionId;
        QByteArray csv; // the payload as the hub saved it: LF lines, header first
    };
    enum class Status
    {
        Completed,
        Failed,
        InProgress,
        Exception
    };
    struct TransferView // a transfer row as the operations app would read it now
    {
        HubTransfer transfer;
        Status status;
        qint64 completedAt; // 0 while in progress
    };
    struct Counters
    {
        qint64 total = 0, ongoing = 0, failed = 0, completed = 0;
        qint64 totalAmount = 0, ongoingAmount = 0, failedAmount = 0, completedAmount = 0;
    };

    explicit HubSimulator(HubOptions options);

    HubOptions options() const;
    std::optional<HubTenant> tenant(const QString& name) const;
    bool isPaymentModeConfigured(const QString& mode) const;

    // Accepts a batch: its id. Rows are read, deduplicated, split and given their outcomes.
    QString accept(const Submission& submission);

    // Visible batches of a tenant (the lag fault hides new ones for a while).
    std::optional<HubBatch> batch(const QString& tenant, const QString& batchId) const;
    QList<HubBatch> batches(const QString& tenant) const;
    QList<TransferView> transfersOf(const QString& batchId) const; // rows that have appeared
    QList<TransferView> transfers(const QString& tenant) const;    // all of a tenant's rows that have appeared
    Counters count(const QList<TransferView>& rows) const;
    // The aggregate (GET /api/v1/batch/{id}): recomputes and stores the counters, writes the result file.
    std::optional<HubBatch> aggregate(const QString& tenant, const QString& batchId);
    QByteArray resultFile(const QString& name) const;
    // Where result files are served (the operations app's /sim/files/), for the batch's "file" URL.
    void setFileBaseUrl(const QString& url);
    QString fileUrl(const HubBatch& batch) const;

    HubFaults faults() const;
    void setFaults(const HubFaults& faults);
    // Uses up one fault of the kind, if any is left.
    bool takeServerError();
    bool takePreconditionFailure();
    bool takeDropAfterAccept();
    // The gateway status the next upload is answered with after the hub took it; 0: none.
    int takeGatewayError();
    // Whether this list page fails (HubFaults::listFailureAt).
    bool takeListFailure();
    // An upload's answer that could not be written: the client was gone (killed, or gave up).
    void countLostAnswer();
    qint64 lostAnswers() const;
    void setRules(const QList<OutcomeRule>& rules, double failShare);

    // G2P Connect: one disbursement of a disburse request, carried as a transfer of the sending
    // system (its sender_id stands for the tenant). Empty when accepted; the G2P Connect reason code
    // when refused (a reference_id already received is rjct.reference_id.duplicate: never paid twice).
    QString acceptDisbursement(const QString& sender, const QString& transactionId, const QString& referenceId,
                               const QString& payeeFa, const QString& amount, const QString& currency,
                               const QString& note);
    std::optional<TransferView> disbursement(const QString& sender, const QString& referenceId) const;

    // The transfers a real Mojaloop switch is to carry (options().mojaloopConnector) that have
    // started, up to max of them, each handed out once; settle() records how each ended.
    QList<HubTransfer> takeSwitchWork(int max);
    void settle(qint64 transferId, HubTransfer::Outcome outcome, const QString& errorInformation);
    static QString mojaloopError(const QString& code, const QString& description);

    // How many times each request_id's money moved, up to now.
    QHash<QString, int> ledger() const;
    int executions(const QString& requestId) const;
    qint64 transferCount() const;
    // What a restart must not forget (HubSimulatorState.cpp): the batches, their transfers and how
    // each ends, the disbursements, the result files, the ledger and the simulated time. restore()
    // takes a snapshot() into a hub that has accepted nothing yet; the time goes on from it.
    QJsonObject snapshot() const;
    bool restore(const QJsonObject& state, QString* error);
    // Counts the changes snapshot() would see: a new batch, disbursement, settlement or aggregate.
    quint64 revision() const;

    qint64 now() const; // simulated epoch ms
    static QString statusName(Status status);

private:
    struct SubmittedFile;

    void addTransfers(HubBatch& batch, const SubmittedFile& file); // m_mutex held
    void addTransfer(HubBatch& batch, const SubmittedFile& file, const QList<QByteArray>& row, const QString& batchId,
                     qint64 startsAt, HubTransfer::Outcome forced, const QString& forcedError);
    void advance() const; // moves the ledger up to now; m_mutex held
    TransferView view(const HubTransfer& transfer, qint64 now) const;
    bool visible(const HubBatch& batch) const;
    HubTransfer::Outcome decide(const QString& payeeId, QString* errorInformation);

    mutable QMutex m_mutex;
    HubOptions m_options;
    HubFaults m_faults;
    qint64 m_lostAnswers = 0;
    int m_listPagesSinceFaults = 0;
    QElapsedTimer m_clock;
    qint64 m_epochStart;
    QRandomGenerator m_random;
    QList<HubBatch> m_batches;
    QHash<QString, qsizetype> m_batchIndex;
    std::vector<HubTransfer> m_transfers;
    mutable QHash<QString, int> m_ledger;
    // Successful transfers not yet counted in the ledger, soonest completion first.
    using Pending = std::pair<qint64, qint64>; // completesAt, index
    mutable std::priority_queue<Pending, std::vector<Pending>, std::greater<>> m_pending;
    QHash<QString, qint64> m_disbursements; // sender + reference_id -> index in m_transfers
    std::deque<qint64> m_switchQueue;       // indexes of transfers waiting for the switch, in start order
    QHash<QString, QByteArray> m_resultFiles;
    QString m_fileBaseUrl;
    qint64 m_nextWorkflowKey = 2251799813685248;
    quint64 m_revision = 0;
};
