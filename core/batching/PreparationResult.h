#pragma once

#include <QList>
#include <QString>

// What preparing a cycle's payments did.
struct PreparationResult
{
    struct Unpayable
    {
        QString registryId;
        QString reason;
    };
    static constexpr int kSampleSize = 100;

    bool succeeded = false;
    QString error;
    qint64 paymentsCreated = 0;
    qint64 reissued = 0;        // of paymentsCreated: new payments for entitlements whose payment failed
    qint64 alreadyPaid = 0;     // approved entitlements that have an open payment already
    qint64 awaitingReissue = 0; // entitlements whose payment failed, not (yet) approved for paying again
    qint64 batchesCreated = 0;
    qint64 pilotPayments = 0; // of paymentsCreated: in the cycle's pilot batch, released first
    qint64 unpayableCount = 0;
    QList<Unpayable> unpayable; // the first kSampleSize
};
