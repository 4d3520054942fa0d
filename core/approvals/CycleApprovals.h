#pragma once

#include "ApprovalStatus.h"
#include "CycleSeal.h"

#include <QCoreApplication>

class Database;

// The approvals given to one cycle, each with the seal of what it covered (CycleSeal): recorded,
// counted against the program's tiers (ApprovalTierRepository), and voided when the cycle no longer
// matches them. Used inside the caller's transaction; CycleService decides what the cycle becomes.
class CycleApprovals
{
    Q_DECLARE_TR_FUNCTIONS(CycleApprovals)

public:
    explicit CycleApprovals(Database& database);

    // The live approvals and how many the cycle's live total needs.
    std::optional<ApprovalStatus> status(qint64 cycleId, QString* error);
    // The seal the live approvals covered; nullopt when there are none (or on a read error: see error).
    std::optional<CycleSeal> approvedSeal(qint64 cycleId, QString* error);
    bool record(qint64 cycleId, const CycleSeal& seal, const QString& officerId, QString* error);
    // Voids the live approvals whose seal differs from this one, with the reason; how many it voided, or -1.
    int voidOtherThan(qint64 cycleId, const CycleSeal& seal, const QString& reason, QString* error);

private:
    Database& m_database;
};
