#pragma once

#include <QString>

// A maker's request to pay a cycle's failed payments again, and what a checker decided about it.
struct ReissueRequest
{
    qint64 id = 0;
    qint64 cycleId = 0;
    QString state; // to_approve, approved, rejected, done (the new payments are prepared)
    QString requestedBy;
    QString requestedAt; // ISO 8601 UTC
    QString decidedBy;
    QString decidedAt;
    QString decisionNote;
    qint64 payments = 0;
    qint64 amountMinorUnits = 0;
    QString currency;
};
