#pragma once

#include "GenerationResult.h"
#include "Program.h"
#include "ProgramRuleSql.h"

#include <QCoreApplication>

#include <optional>

class Database;

// Writes a cycle's draft entitlements from its program's enrolment, a keyset range of enrolled
// beneficiaries at a time, by set: one INSERT ... SELECT per range with the rule as SQL
// (ProgramRuleSql) — a draft entitlement for each the cycle does not entitle yet and the rule
// gives an amount — counted in the GenerationResult from what the range held before and after.
// The caller holds the transaction (CycleService::generate).
class EntitlementWriter
{
    Q_DECLARE_TR_FUNCTIONS(EntitlementWriter)

public:
    EntitlementWriter(Database& database, qint64 cycleId, const Program& program);

    // Reads what the rule needs from the registry; false, with error set, when it cannot.
    bool prepare(QString* error);
    // The next range: how many enrolled beneficiaries it held (0 once there are no more), or
    // nothing, with result.error set.
    std::optional<qsizetype> writeNextBatch(GenerationResult& result);

private:
    bool nextRange(qint64* upper, qsizetype* rows, QString* error);
    // How many of the range's enrolled beneficiaries the cycle entitles, and to how much.
    bool entitled(qint64 upper, qint64* count, qint64* minorUnits, QString* error);
    bool insert(qint64 upper, QString* error);

    Database& m_database;
    qint64 m_cycleId;
    Program m_program;
    ProgramRuleSql m_rule;
    qint64 m_lastId = 0;
};
