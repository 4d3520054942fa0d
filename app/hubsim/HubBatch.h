#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A batch the sandbox hub accepted, and the counters its operations app last stored.
struct HubBatch
{
    QString batchId;
    QString tenant;
    QString correlationId;
    QString requestFile;
    QString purpose;
    QString registeringInstitutionId;
    QString paymentMode;
    QString notes;
    QStringList subBatchIds;
    QList<qint64> transferIndexes; // into the hub's transfers, in file order
    qint64 workflowInstanceKey = 0;
    qint64 acceptedAt = 0;   // simulated epoch ms
    qint64 visibleAfter = 0; // real ms since the hub started
    qint64 databaseId = 0;
    // What the last aggregate stored (GET /api/v1/batch/{id}); never aggregated: stored = false.
    bool stored = false;
    qint64 storedTotal = 0;
    qint64 storedOngoing = 0;
    qint64 storedFailed = 0;
    qint64 storedCompleted = 0;
    qint64 storedTotalAmount = 0;
    qint64 storedOngoingAmount = 0;
    qint64 storedFailedAmount = 0;
    qint64 storedCompletedAmount = 0;
    qint64 resultGeneratedAt = 0;
    qint64 completedAt = 0;
};
