#pragma once

#include <QString>

// One payment as the sandbox hub carries it, and what its transfers table would say of it.
struct HubTransfer
{
    enum class Outcome
    {
        Completed,
        Failed,
        Exception
    };

    qint64 id = 0;
    QString workflowInstanceKey;
    QString transactionId;
    QString clientCorrelationId; // as stored: quoted for MOJALOOP and GSMA
    QString requestId;
    QString tenant;  // the payer tenant (payerDfspId)
    QString batchId; // the sub-batch's id when the batch was split
    QString parentBatchId;
    QString paymentMode;
    QString payerType;
    QString payerId;
    QString payeeType;
    QString payeeId;
    QString amount; // as in the file
    QString currency;
    QString note;
    qint64 startsAt = 0;    // simulated epoch ms: the row appears then
    qint64 completesAt = 0; // simulated epoch ms
    Outcome outcome = Outcome::Completed;
    QString errorInformation;    // when it fails
    bool awaitingSwitch = false; // carried by a real Mojaloop switch: in progress until it answers
};
