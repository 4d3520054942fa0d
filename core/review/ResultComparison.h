#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// A batch file set against what the hub reports for it: the batch detail export (JSON, rows matched
// by clientCorrelationId, its quotes stripped, or by transactionId, as closed-loop rows carry it) or
// the hub's result CSV (no header: transactionId,status,payeeDfspId,payeePartyId,payerDfspId,
// payerPartyId,amount,currency,errorInformation,startedAt,completedAt; rows matched by payee, amount
// and currency, which a batch never repeats) or, for a G2P Connect batch, the txn/status answer
// (statuses matched by reference_id: succ paid, rjct failed with its reason code and message,
// pdng and rcvd in flight). The batch file is either backend's (BatchFileRows). Statuses are
// matched exactly (DESIGN.md §1 rule 9): COMPLETED, SUCCESS, SUCC are paid; FAILED, EXCEPTION,
// REJECTED, ABORTED, ERROR, RJCT failed, with the reason (Mojaloop's error JSON read as "CODE
// description"); anything else ("UNSUCCESSFUL" included) is still in flight. A final row's
// completedAt (epoch milliseconds, or ISO 8601) is kept. Batch rows the results never mention are
// missing; rows the results report twice with different statuses, or with another payee or amount
// than the frozen file, are disputed: they settle nothing, and a checker is shown why.
class ResultComparison
{
    Q_DECLARE_TR_FUNCTIONS(ResultComparison)

public:
    enum class Outcome
    {
        Paid,
        Failed,
        InFlight,
        Missing,
        Disputed,
    };
    struct Line
    {
        QString requestId;
        QString payee;
        QString amount;
        Outcome outcome = Outcome::Missing;
        QString reason;
        QString settledAt; // the hub's completedAt of a final row, ISO 8601 UTC; empty when it gave none
    };

    static ResultComparison compare(const QByteArray& batchFile, const QByteArray& results);
    static QString outcomeName(Outcome outcome);

    bool readable = false;
    QString error;
    QList<Line> lines;        // one per batch row, in file order
    int unmatchedResults = 0; // result rows that match no batch row
    int count(Outcome outcome) const;
};
