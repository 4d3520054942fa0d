#pragma once

#include "AuditCheckpoint.h"
#include "AuditTrustReport.h"
#include "Certificate.h"

#include <QCoreApplication>
#include <QList>

class Database;

// An auditor's check of the audit log against the anchor they trust (paydesk-cli audit verify
// --trust, the Audit page): the hash chain; every entry after the anchor's installation signed
// by its officer with a certificate that chains to that anchor, was certified and not revoked,
// by an officer who held a role allowing the act then; and every checkpoint — those kept in the
// database and those brought from artifacts — signed likewise and matching the log, so a removed
// tail or a rewritten chain is caught. Never trusts a key carried next to a signature.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    AuditVerifier(Database& database, Certificate anchor);

    AuditTrustReport verify(const QList<AuditCheckpoint>& broughtCheckpoints = {});
    // Why a checkpoint's signature does not stand against the anchor, or empty when it does.
    static QString checkpointSignatureProblem(const AuditCheckpoint& checkpoint, const Certificate& anchor);

private:
    Database& m_database;
    Certificate m_anchor;
};
