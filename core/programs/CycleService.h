#pragma once

#include "Cycle.h"
#include "CycleTotals.h"
#include "EntitlementRow.h"
#include "GenerationResult.h"

#include "approvals/ApprovalStatus.h"
#include "officers/MakerChecker.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <atomic>
#include <optional>

class Database;
struct CycleSeal;
struct Officer;

// Everything that happens to a cycle, each step checked against the cycle lifecycle and the
// maker-checker rule, done in one transaction with its audit entry:
// create (maker) -> generate entitlements (maker) -> submit (maker) -> approve or send back
// (checkers other than its maker, as many as the program's tiers ask for its total; approval refuses
// a cycle the budget cannot cover, and one whose findings against the previous cycle (CycleDiff) that
// checker has not acknowledged; a change to what it covered voids it) ->
// cancel (maker or checker, before money moves).
// A state change is a compare-and-set on the stored state, so two officers on a shared database
// cannot both move the same cycle.
class CycleService : public QObject
{
    Q_OBJECT

public:
    explicit CycleService(Database& database, QObject* parent = nullptr);

    std::optional<Cycle> create(qint64 programId, const QString& name, const QDate& start, const QDate& end,
                                const Officer& officer, QString* error);
    // One entitlement per enrolled beneficiary who has none in this cycle yet. Long: reports
    // progress, and cancel() from another thread stops it with nothing written.
    GenerationResult generate(qint64 cycleId, const Officer& officer);
    void cancelGeneration() { m_cancelled.store(true); }
    bool submit(qint64 cycleId, const Officer& officer, QString* error);
    // A checker's approval of the cycle as it stands (sealed: CycleSeal). The cycle becomes approved
    // once as many distinct checkers as its total needs (the program's approval tiers) approved it;
    // until then each approval is recorded and the cycle stays to approve. The maker who made or
    // submitted it cannot approve it.
    bool approve(qint64 cycleId, const Officer& officer, QString* error);
    std::optional<ApprovalStatus> approvalStatus(qint64 cycleId, QString* error);
    // True when the approved cycle still matches what its approvals covered. When it does not (an
    // entitlement or a payee account changed since), the approvals are voided, the cycle goes back
    // to to_approve (audited as found by the officer) and error says what changed. current: the
    // cycle's seal when the caller has just built it (the preparation does, as it reads).
    bool approvalHolds(qint64 cycleId, const Officer& officer, QString* error, const CycleSeal* current = nullptr);
    bool sendBack(qint64 cycleId, const Officer& officer, QString* error);
    bool cancel(qint64 cycleId, const Officer& officer, QString* error);

    // The cycle, or nullopt with error saying why: there is no such cycle, or it could not be read
    // (a database failure is never reported as "no cycle").
    std::optional<Cycle> find(qint64 cycleId, QString* error);
    QList<Cycle> cyclesOf(qint64 programId);
    std::optional<CycleTotals> totals(qint64 cycleId);
    // A page of a cycle's entitlements in registry id order, optionally of one state only.
    QList<EntitlementRow> entitlements(qint64 cycleId, std::optional<EntitlementState> state, int limit, int offset);

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);

private:
    bool findingsAcknowledged(qint64 cycleId, const Officer& officer, QString* error);
    // The cycle, when the officer may take the MakerChecker::Action on it.
    std::optional<Cycle> cycleFor(qint64 cycleId, const Officer& officer, MakerChecker::Action action, QString* error);
    bool moveCycle(const Cycle& cycle, CycleState to, const QString& officerColumn, const QString& officerId,
                   QString* error);
    bool moveEntitlements(qint64 cycleId, const QList<EntitlementState>& from, EntitlementState to, QString* error);
    bool audit(const Officer& officer, const QString& action, const Cycle& cycle, const QJsonObject& before,
               const QJsonObject& after, QString* error);
    std::optional<QString> budgetShortfall(const Cycle& cycle);

    Database& m_database;
    std::atomic_bool m_cancelled{false};
};
