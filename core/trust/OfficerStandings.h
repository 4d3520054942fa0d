#pragma once

#include "Certificate.h"
#include "OfficerStanding.h"

#include <QCoreApplication>
#include <QHash>

struct AuditEntry;

// Who may act, replayed from the audit log: each administrator's act (trust.anchor_installed,
// officer.add, officer.role, officer.deactivate, officer.certify, officer.revoke_key) counts only
// when its hash and signature check and its signer's certificate is an administrator's, issued by
// the anchor. Every other entry is checked against the standing its officer had at that moment.
// The same replay serves the running application (OfficerRepository) and an auditor's
// verification against an anchor they bring (AuditVerifier).
class OfficerStandings
{
    Q_DECLARE_TR_FUNCTIONS(OfficerStandings)

public:
    OfficerStandings(Certificate anchor, QHash<QString, Certificate> certificates);

    // Checks one entry, oldest first: its hash, its signature by a certificate that chains to the
    // anchor, names the entry's officer and was certified and not revoked then; that the officer
    // held a role allowing the act; and applies an administrator's act. A problem (translated), or
    // empty when the entry stands.
    QString check(const AuditEntry& entry);

    const QHash<QString, OfficerStanding>& standings() const { return m_standings; }
    // An administrator's act, by action name.
    static bool isAdministratorAct(const QString& action);

private:
    QString checkSigner(const AuditEntry& entry, const Certificate** signer);
    QString checkRole(const AuditEntry& entry) const;
    QString apply(const AuditEntry& entry);

    Certificate m_anchor;
    QHash<QString, Certificate> m_certificates;
    QHash<QString, OfficerStanding> m_standings;
};
