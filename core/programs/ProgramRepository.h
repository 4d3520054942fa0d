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
    // The program, or nullopt with error saying why: there is no such program, or it could not be
    // read (a database failure is never reported as "no program").
    std::optional<Program> find(qint64 id, QString* error);
    // The program a cycle belongs to; nothing when there is no such cycle.
    // The program of a cycle, or nullopt with error saying why, as find does.
    std::optional<Program> findOfCycle(qint64 cycleId, QString* error);
    QList<Program> all();

    static QJsonObject toJson(const Program& program);

private:
    bool auditChange(const Program& program, const std::optional<Program>& before, const Officer& officer,
                     QString* error);
    bool writeRow(Program& program, QString* error);
    Database& m_database;
};
