#pragma once

#include "EvidenceCheck.h"

#include <QCoreApplication>

class QJsonObject;

// Checks an evidence pack (EvidencePack) with its folder and the administrator's certificate the
// auditor trusts (the anchor; never one the pack carries): every file is the one the index lists,
// byte for byte, and nothing was added; every audit entry's hash matches its fields, and its
// signature checks against a certificate the anchor issued to an officer who held a role allowing
// the act then (replayed from the administrator's signed acts the pack carries); the pack's
// checkpoint is signed likewise and no entry is newer than it;
// the approvals are enough for the tiers, by distinct checkers none of whom made the cycle, each
// on record in signed audit entries; each acknowledgement is a genuine audit entry; every batch
// bundle reviews clean (file against manifest, officers' sign-off, complete when the policy asks)
// and its payments add up to its rows.
class EvidencePackVerifier
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePackVerifier)

public:
    static bool isPack(const QString& path);
    // trustAnchor: the anchor's PEM certificate; without it nothing signed is counted as proven.
    static EvidenceCheck verify(const QString& folder, const QByteArray& trustAnchor);

private:
    struct Reading; // the pack being read: its folder, documents, anchor and what was found so far

    static void checkFiles(Reading& pack, const QJsonObject& index);
    static void checkAuditEntries(Reading& pack);
    static void checkCheckpoint(Reading& pack);
    static void checkApprovals(Reading& pack);
    static void checkAcknowledgements(Reading& pack);
    static void checkBundles(Reading& pack);
};
