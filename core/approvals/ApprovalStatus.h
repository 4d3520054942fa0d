#pragma once

#include "domain/Money.h"

#include <QStringList>

#include <algorithm>

// Where a cycle's approval stands: the checkers its total needs under the program's tiers, and the
// checkers whose approval of the cycle as it stands is on record.
struct ApprovalStatus
{
    Money total;
    int required = 1;
    QStringList approvers; // in the order they approved

    int missing() const { return std::max(0, required - int(approvers.size())); }
};
