#pragma once

#include "EntitlementState.h"

#include "domain/Money.h"

#include <QString>

// One entitlement as an officer reads it: whose, how much, in which state.
struct EntitlementRow
{
    qint64 id = 0;
    QString registryId;
    QString name;
    QString region;
    Money amount;
    EntitlementState state = EntitlementState::Draft;
};
