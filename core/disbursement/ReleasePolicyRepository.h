#pragma once

#include "ReleasePolicy.h"

#include <QCoreApplication>

#include <optional>

class Database;
struct Officer;

// Each program's release policy: read by the preparation and the release, set by a maker (audited).
class ReleasePolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReleasePolicyRepository)

public:
    explicit ReleasePolicyRepository(Database& database);

    // The program's policy (the default one when none was set); nullopt with error on a read failure.
    std::optional<ReleasePolicy> policyOf(qint64 programId, QString* error);
    bool save(qint64 programId, const ReleasePolicy& policy, const Officer& officer, QString* error);

private:
    Database& m_database;
};
