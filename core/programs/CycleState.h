#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The life of a payment cycle (OpenG2P's model):
//   draft -> to_approve -> approved -> distributed -> ended
//   to_approve -> draft (sent back); draft, to_approve, approved -> cancelled;
//   distributed -> approved (reopened when a checker approves paying failed payments again);
//   approved -> to_approve (the approval voided: something it covered changed)
enum class CycleState
{
    Draft,
    ToApprove,
    Approved,
    Distributed,
    Ended,
    Cancelled,
};

// The stable names ("draft", "to_approve"...) used in the database, files and the CLI.
QString cycleStateName(CycleState state);
std::optional<CycleState> cycleStateFromName(QStringView name);
// The state in the officer's words ("awaiting approval"), translated.
QString cycleStateText(CycleState state);

// Why a cycle may not move from one state to another, or nullopt when it may.
class CycleTransition
{
    Q_DECLARE_TR_FUNCTIONS(CycleTransition)

public:
    static std::optional<QString> refusal(CycleState from, CycleState to);
};
