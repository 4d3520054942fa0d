#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// An evidence pack: one folder an auditor can take away and check offline (EvidencePackVerifier,
// paydesk-cli review FOLDER) — for a cycle, or for one batch of it:
//   cycle.json          the program, the cycle and who made it, the approval tiers and release policy
//   approvals.json      every approval with the seal it covered, voided ones with why
//   findings.json       the findings against the previous cycle as they stand, and each acknowledgement
//   audit.json          every audit entry about the cycle, its batches and its program, with its hash
//                       and its officer's signature
//   trust.json          the officers' certificates, the administrator's signed acts (who held which
//                       role when) and a checkpoint of the whole log signed by the officer making the
//                       pack (paydesk-cli audit verify --checkpoint takes this file)
//   reconciliation.json each batch's payments by outcome
//   payments.csv        every payment of the cycle (the report's CSV)
//   batches/            each batch's bundle: file, manifest, officers' sign-off
//   pack.json           the index: every file's SHA-256 and size (written last, by seal())
// Further files (the PDF report) may be added before sealing.
class EvidencePack
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePack)

public:
    // Writes the pack into folder (created; must be empty). batchId 0: the whole cycle. officerId
    // makes the pack and signs its checkpoint: they must be signed in.
    static bool write(Database& database, qint64 cycleId, qint64 batchId, const QString& folder,
                      const QString& officerId, QString* error);
    // Writes pack.json over every file in folder.
    static bool seal(const QString& folder, QString* error);
};
