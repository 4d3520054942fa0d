#pragma once

#include "EntitlementState.h"

#include "domain/Money.h"

#include <QMap>

// A cycle's entitlements counted and summed by state (one currency: the program's).
struct CycleTotals
{
    struct Line
    {
        qint64 count = 0;
        qint64 minorUnits = 0;
    };
    Currency currency;
    QMap<EntitlementState, Line> byState;

    qint64 count() const
    {
        qint64 total = 0;
        for (const Line& line : byState) {
            total += line.count;
        }
        return total;
    }
};
