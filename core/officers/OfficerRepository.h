#pragma once

#include "Officer.h"
#include "trust/OfficerStandings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class Database;

// The officers of this PayDesk database. The table keeps each officer's id and name; their role
// and whether they are active come from administrators' signed acts in the audit log, replayed and
// checked against the database's trust anchor (OfficerStandings). An act that does not check —
// a grant written behind PayDesk's back — counts for nothing, and problems() names it.
class OfficerRepository
{
    Q_DECLARE_TR_FUNCTIONS(OfficerRepository)

public:
    explicit OfficerRepository(Database& database);

    std::optional<Officer> find(const QString& id);
    QList<Officer> all();
    // Administrators' acts that did not check, as the last replay found them (translated).
    const QStringList& problems() const { return m_problems; }

    // Every officer's standing as administrators' signed acts made it, replayed now; nothing when
    // the database has no anchor.
    std::optional<OfficerStandings> standings();

    // Inserts the officer's row (id and name) inside the caller's transaction; the signed act that
    // gives them a role is OfficerAdministration's.
    bool insertRow(const QString& id, const QString& displayName, QString* error);

private:
    Database& m_database;
    QStringList m_problems;
};
