#pragma once

#include "ApprovalTiers.h"

#include <QCoreApplication>

class Database;
struct Officer;

// A program's approval tiers, per currency: read by the approval, set by a maker (audited).
class ApprovalTierRepository
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalTierRepository)

public:
    explicit ApprovalTierRepository(Database& database);

    // The tiers, or empty tiers (one checker) when none are set; nullopt with error on a read failure.
    std::optional<ApprovalTiers> tiersOf(qint64 programId, const Currency& currency, QString* error);
    // Replaces the program's tiers in the tiers' currency with these (none: back to one checker).
    bool save(qint64 programId, const Currency& currency, const ApprovalTiers& tiers, const Officer& officer,
              QString* error);

private:
    Database& m_database;
};
