#pragma once

#include "domain/Money.h"

#include <QList>
#include <QString>

class Database;

// Paid against entitled, for each cycle of a program whose money moved (approved, distributed or
// ended), in date order: what the "paid vs entitled" chart draws.
struct ProgramCycleFigures
{
    struct Cycle
    {
        qint64 cycleId = 0;
        QString name;
        qint64 entitlements = 0; // approved
        Money entitled;          // their amount
        Money paid;              // payments the hub completed
    };

    static ProgramCycleFigures of(Database& database, qint64 programId);

    QList<Cycle> cycles;
};
