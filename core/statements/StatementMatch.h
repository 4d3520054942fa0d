#pragma once

#include "domain/Money.h"

#include <QList>
#include <QString>

// What setting a bank statement against a cycle's payments found: the three-way reconciliation of
// what PayDesk sent, what the hub says it paid and what the bank debited.
struct StatementMatch
{
    static constexpr int kSampleSize = 100;

    struct Finding
    {
        qint64 statementLine = 0; // 0: not about an entry
        QString requestId;        // the payment, when one is concerned
        QString batchCorrelationId;
        Money amount;
        QString what; // translated
    };

    bool succeeded = false;
    QString error;
    qint64 debits = 0;              // debit entries read
    qint64 debitedPayments = 0;     // payments the hub paid and the bank debited, one by one or by their batch
    qint64 paidNotDebitedCount = 0; // the hub says paid, the statement has no debit for it
    qint64 notYetDue = 0;           // paid after the statement's last day: not looked for
    QList<Finding> paidNotDebited;  // the first kSampleSize
    QList<Finding> debitedNotPaid;  // a debit for a payment the hub did not pay (failed, in flight)
    QList<Finding> debitedTwice;
    QList<Finding> amountDiffers;
    QList<Finding> reversed;  // money the bank brought back
    QList<Finding> unmatched; // debits that name nothing of this cycle

    bool clean() const
    {
        return succeeded && paidNotDebitedCount == 0 && debitedNotPaid.isEmpty() && debitedTwice.isEmpty() &&
               amountDiffers.isEmpty() && reversed.isEmpty() && unmatched.isEmpty();
    }
};
