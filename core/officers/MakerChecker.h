#pragma once

#include "Officer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The four-eyes rule, in one place: who may do what. Enforced by the services that change state,
// whatever front end calls them.
class MakerChecker
{
    Q_DECLARE_TR_FUNCTIONS(MakerChecker)

public:
    enum class Action
    {
        Prepare, // create or change programs, cycles, batches; submit them for approval
        Approve, // approve or reject what a maker submitted
        Cancel,  // stop a cycle or batch before money moves
        Send,    // send batches to the payment hub: money moves, so a checker's work
        LookUp,  // ask a mapper or the payment backend where beneficiaries are paid: a maker or a checker
    };

    // Why the officer may not take the action, or nullopt when they may. submittedBy is the
    // officer who submitted the thing for approval (for Approve).
    static std::optional<QString> refusal(const Officer& officer, Action action,
                                          const QString& submittedBy = QString());
};
