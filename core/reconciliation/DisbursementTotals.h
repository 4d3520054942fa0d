#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// Where a cycle's money stands, per payment state and currency: what was prepared (issued), is on
// its way (sent), arrived (paid) or did not (failed), with the failure reasons counted and the
// settlements per minute. Reads every
// payment of the cycle (through its batches): call it off the GUI thread.
class DisbursementTotals
{
    Q_DECLARE_TR_FUNCTIONS(DisbursementTotals)

public:
    struct Row
    {
        QString state; // issued, sent, paid, failed
        Currency currency;
        qint64 payments = 0;
        Money amount;
    };
    struct Reason
    {
        QString reason;
        qint64 payments = 0;
    };
    struct Completion
    {
        QDateTime minute; // UTC, the minute the payments settled in
        qint64 paid = 0;
        qint64 failed = 0;
    };

    static DisbursementTotals of(Database& database, qint64 cycleId);

    QList<Row> rows;
    QList<Reason> failureReasons;  // most frequent first
    QList<Completion> completions; // settled payments per minute, in time order
    qint64 payments(const QString& state) const;
};
