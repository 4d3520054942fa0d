#pragma once

#include "PilotStatus.h"

#include <QCoreApplication>

#include <optional>

class Database;

// The pilot of a cycle: the first few payments the preparation put in their own batch(es) when the
// program's release policy asks for one. The rest of the cycle is released (ReleaseGate) only once
// the pilot's results are final and its failure rate is within the policy's threshold; otherwise
// the status says why, with the most common failure reasons.
class PilotRelease
{
    Q_DECLARE_TR_FUNCTIONS(PilotRelease)

public:
    static std::optional<PilotStatus> status(Database& database, qint64 cycleId, int maxFailedPerMille, QString* error);
};
