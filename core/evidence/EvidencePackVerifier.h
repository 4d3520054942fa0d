#pragma once

#include "EvidenceCheck.h"

#include <QCoreApplication>

// Checks an evidence pack (EvidencePack) with nothing but its folder: every file is the one the
// index lists, byte for byte, and nothing was added; every audit entry's hash matches its fields;
// the approvals are enough for the tiers, by distinct checkers none of whom made the cycle, each
// on record in the audit entries; each acknowledgement is a genuine audit entry; every batch
// bundle reviews clean (file against manifest, officers' sign-off, complete when the policy asks)
// and its payments add up to its rows.
class EvidencePackVerifier
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePackVerifier)

public:
    static bool isPack(const QString& path);
    static EvidenceCheck verify(const QString& folder);
};
