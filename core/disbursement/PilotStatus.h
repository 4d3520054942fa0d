#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Where a cycle's pilot stands: its batches' payments by outcome, whether every pilot batch has its
// final results, and whether the failures stay within the program's threshold.
struct PilotStatus
{
    bool hasPilot = false; // the cycle was prepared with a pilot
    QList<qint64> batches;
    qint64 payments = 0;
    qint64 paid = 0;
    qint64 failed = 0;
    qint64 inFlight = 0;
    bool final = false; // every pilot batch completed
    int maxFailedPerMille = 0;
    QStringList commonReasons; // "reason (count)", the most frequent first
    QString summary;           // translated

    bool withinThreshold() const { return failed * 1000 <= qint64(maxFailedPerMille) * payments; }
    bool passed() const { return final && withinThreshold(); }
};
