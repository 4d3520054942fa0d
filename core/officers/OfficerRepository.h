#pragma once

#include "Officer.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// The officers of this PayDesk database. Adding one, or changing a role, is recorded in the audit log.
class OfficerRepository
{
    Q_DECLARE_TR_FUNCTIONS(OfficerRepository)

public:
    explicit OfficerRepository(Database& database);

    // Adds an officer; `addedBy` is who did it (the first officer adds themself). Fails on an id
    // that is taken or not a plain identifier.
    bool add(const Officer& officer, const QString& addedBy, QString* error);
    // Gives an officer another role (a maker promoted to checker...); `changedBy` is who did it,
    // recorded. What the officer did in the former role still binds them: the approval and the
    // release refuse whoever made the cycle or batch (CycleService, ReleaseGate).
    bool changeRole(const QString& id, OfficerRole role, const QString& changedBy, QString* error);
    std::optional<Officer> find(const QString& id);
    QList<Officer> all();

private:
    Database& m_database;
};
