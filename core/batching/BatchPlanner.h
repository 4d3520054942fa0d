#pragma once

#include "PaymentLine.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

// Cuts payments into batches Payment Hub EE will accept whole (reference payment-hub-ee.md §4.4):
// at most maxRows rows and maxBytes bytes of file each; one payment mode per batch; never two
// rows with the same payee id, type, amount and currency in one batch (the hub drops the second
// as a duplicate), so such a payment moves to another batch. The same input gives the same batches.
class BatchPlanner
{
    Q_DECLARE_TR_FUNCTIONS(BatchPlanner)

public:
    struct Policy
    {
        int maxRows = 500;
        qint64 maxBytes = 100000;        // measured on the Payment Hub EE CSV, whatever the backend
        bool wholeMajorUnitsOnly = true; // Payment Hub EE's rule; G2P Connect pays decimals
    };
    struct Plan
    {
        QList<QList<PaymentLine>> batches;
        QList<QByteArray> pheeFiles; // each batch's PH-EE CSV, built as the batch was measured
        QString error;               // set (and batches empty) when a payment cannot go into any file
    };
    struct Batch
    {
        QList<PaymentLine> payments;
        QByteArray pheeFile;
    };
    // Takes a batch; false stops the planning.
    using BatchHandler = std::function<bool(Batch&& batch)>;

    static Plan plan(QList<PaymentLine> payments, const PartyId& payer, const Policy& policy);
    // The same plan, each batch handed over as soon as it can take no more payments, in order, so
    // that another thread can store it while the rest is planned. Returns why planning stopped
    // (a payment that cannot go into any file, or the handler), empty when every payment is placed.
    static QString plan(QList<PaymentLine> payments, const PartyId& payer, const Policy& policy,
                        const BatchHandler& handle);
};
