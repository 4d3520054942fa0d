#pragma once

#include "GenerationResult.h"
#include "Program.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>
#include <vector>

class Database;

// Writes a cycle's draft entitlements from its program's enrolment, a keyset batch of enrolled
// beneficiaries at a time: one for each the cycle does not entitle yet and the program's rule
// gives an amount, counted in the GenerationResult. Each read is finished before the writes
// (PostgreSQL's driver cannot write while a forward-only read still streams on the connection).
// The caller holds the transaction (CycleService::generate).
class EntitlementWriter
{
    Q_DECLARE_TR_FUNCTIONS(EntitlementWriter)

public:
    EntitlementWriter(Database& database, qint64 cycleId, const Program& program);

    // The next batch: how many enrolled beneficiaries it read (0 once there are no more), or
    // nothing, with result.error set.
    std::optional<qsizetype> writeNextBatch(GenerationResult& result);

private:
    struct EnrolledRow
    {
        qint64 id;
        int householdSize;
        QString region;
        bool hasEntitlement;
    };

    bool readBatch(std::vector<EnrolledRow>* rows, QString* error);
    bool entitle(const std::vector<EnrolledRow>& rows, GenerationResult& result);

    Database& m_database;
    qint64 m_cycleId;
    Program m_program;
    QSqlQuery m_insert;
    qint64 m_lastId = 0;
};
