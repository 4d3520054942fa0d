#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

class Database;
struct Officer;
struct PaymentBatch;

// Whether an officer may release a batch for its first send, past the maker-checker rule: the
// batch's bytes are still the ones frozen and approved, the cycle's approval still holds (a change
// voids it: CycleService::approvalHolds), the program's release policy is met (the maker's sign-off
// and a checker's countersignature over the batch's manifest as it is now; a batch after the
// cycle's pilot waits for the pilot's final results within the threshold), and the officer holds
// no role that conflicts — prepared the batch, made or submitted the cycle, or was the last to
// change the program's payer account.
// The cycle's seal is read once per gate: a sender keeps one gate for a run of sends, so a cycle of
// thousands of batches is not read again for each.
class ReleaseGate
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseGate)

public:
    explicit ReleaseGate(Database& database);

    // Why the batch may not be released by this officer, or nullopt when it may.
    std::optional<QString> refusal(const PaymentBatch& batch, const Officer& officer);

private:
    Database& m_database;
    QSet<qint64> m_approvalConfirmed; // cycles whose approval this gate found holding
};
