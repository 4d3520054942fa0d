#pragma once

#include "audit/AuditVerification.h"

#include <QList>
#include <QString>

// What verifying the audit log against a trust anchor found (AuditVerifier): the chain, each
// signature, who signed with which certificate and in which role, and the checkpoints.
struct AuditTrustReport
{
    struct Signer
    {
        QString officer;
        QString certificate; // fingerprint
        QString role;        // the role they held at their last entry
        qint64 entries = 0;
    };

    AuditVerification chain;     // intact only when every entry, signature and checkpoint checks
    qint64 beforeSignatures = 0; // entries made before the anchor was installed: chain-verified, unsigned
    qint64 checkpointsChecked = 0;
    QList<Signer> signers;
};
