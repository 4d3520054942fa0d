#pragma once

#include "DisbursementTotals.h"
#include "UnpaidBeneficiaries.h"

#include "domain/Money.h"
#include "trust/AuditCheckpoint.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;
class QIODevice;

// A cycle's disbursement report, as an auditor reads it: the program and cycle, who made the report
// and when, who was not paid and why, entitled against paid per state and currency, the settlements over time, the
// failures with their reasons, the batches, and the audit trail of the cycle (submission, approval, preparation,
// re-issues, distribution). Reads the whole cycle: build it off the GUI thread. CycleReportPdf draws it;
// writePaymentsCsv gives every payment of the cycle, one row each.
class CycleReport
{
    Q_DECLARE_TR_FUNCTIONS(CycleReport)

public:
    struct Failure
    {
        QString requestId;
        QString registryId;
        QString region;
        QString payee;
        Money amount;
        QString reason;
        bool paidAgain = false; // a re-issue of it exists
    };
    struct Batch
    {
        QString correlationId;
        QString state;
        int rows = 0;
        Money total;
        QString sentBy;
        QString hubBatchId;
    };
    struct Step
    {
        QDateTime when;
        QString officer;
        QString action;
        QString sentence; // what happened, in words (AuditWording)
    };
    static constexpr int kListedFailures = 200;
    static constexpr int kListedBatches = 200;
    static constexpr int kListedUnpaid = 20;

    static std::optional<CycleReport> of(Database& database, qint64 cycleId, const QString& generatedBy,
                                         QString* error);
    // Every payment of the cycle: request id, beneficiary, region, batch, payee, amount, state,
    // failure reason, when it settled, the payment it pays again.
    static bool writePaymentsCsv(Database& database, qint64 cycleId, QIODevice* device, QString* error);

    QString programName;
    QString cycleName;
    QDate start;
    QDate end;
    QString cycleState;
    QString generatedBy;
    QDateTime generatedAt; // UTC
    Money entitled;        // approved entitlements
    qint64 entitledCount = 0;
    DisbursementTotals totals;
    UnpaidBeneficiaries::Listing unpaid; // the first kListedUnpaid listed
    qint64 failureCount = 0;
    QList<Failure> failures; // the first kListedFailures
    qint64 batchCount = 0;
    QList<Batch> batches; // the first kListedBatches
    QList<Step> trail;
    // The latest signed checkpoint of the audit log when the report was made: an auditor holds the
    // log to it (paydesk-cli audit verify --checkpoint).
    std::optional<AuditCheckpoint> checkpoint;

    Money amountIn(const QString& state) const; // the program's currency

private:
    static bool readTrail(Database& database, qint64 cycleId, CycleReport& report, QString* error);
};
