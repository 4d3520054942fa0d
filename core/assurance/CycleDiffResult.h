#pragma once

#include "CycleFinding.h"

#include <QList>
#include <QString>

// What CycleDiff found for a cycle: counts per kind, the first findings of each kind, and a
// fingerprint of the whole set, which an acknowledgement binds to.
struct CycleDiffResult
{
    static constexpr int kSamplePerKind = 200;

    bool succeeded = false;
    QString error;
    qint64 previousCycleId = 0; // 0: the program's first cycle
    QString previousCycleName;
    QList<qint64> counts = QList<qint64>(CycleFinding::kKinds, 0);
    QList<CycleFinding> findings; // up to kSamplePerKind of each kind
    QString fingerprint;          // SHA-256 over every finding, in a fixed order

    qint64 total() const
    {
        qint64 sum = 0;
        for (const qint64 count : counts) {
            sum += count;
        }
        return sum;
    }
};
