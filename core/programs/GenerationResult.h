#pragma once

#include <QString>

// What generating a cycle's entitlements did.
struct GenerationResult
{
    bool succeeded = false;
    bool cancelled = false;
    QString error;
    qint64 created = 0;
    qint64 alreadyThere = 0;    // enrolled beneficiaries that had an entitlement in this cycle
    qint64 noAmount = 0;        // enrolled beneficiaries the rule gives nothing (e.g. a region not in the table)
    qint64 totalMinorUnits = 0; // of the entitlements created
};
