#pragma once

#include <QString>

// What AuditLog::verify found.
struct AuditVerification
{
    bool intact = false;
    qint64 entriesChecked = 0;
    qint64 brokenAtSequence = 0; // the first entry that does not fit the chain, when not intact
    QString problem;             // translated: what does not fit, or why the log could not be read
    QString headHash;            // the hash of the last entry checked
};
