#pragma once

#include "Program.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;
struct Officer;

// Stores programs. Creating or changing one is a maker's work and is audited: the whole program
// on creation; on a change, the fields before and after (payer account, backend, rule and budget
// all touch money).
class ProgramRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRepository)

public:
    explicit ProgramRepository(Database& database);

    // Validates, checks the officer may prepare, and inserts (id 0) or updates. Sets program.id.
    bool save(Program& program, const Officer& officer, QString* error);
    std::optional<Program> find(qint64 id);
    // The program a cycle belongs to; nothing when there is no such cycle.
    std::optional<Program> findOfCycle(qint64 cycleId);
    QList<Program> all();

    static QJsonObject toJson(const Program& program);

private:
    Database& m_database;
};
