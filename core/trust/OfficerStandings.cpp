#include "OfficerStandings.h"

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "batching/PublicKey.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject stateOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The role an act needs, when one role alone may do it.
std::optional<OfficerRole> roleRequiredFor(const QString& action)
{
    static const QSet<QString> checkers{QStringLiteral("cycle.approve"),
                                        QStringLiteral("cycle.approval_recorded"),
                                        QStringLiteral("cycle.send_back"),
                                        QStringLiteral("batch.send"),
                                        QStringLiteral("batch.repost"),
                                        QStringLiteral("batch.countersign"),
                                        QStringLiteral("batch.results_applied"),
                                        QStringLiteral("batch.hand_over_confirmed"),
                                        QStringLiteral("payments.reissue_approved"),
                                        QStringLiteral("payments.reissue_rejected")};
    static const QSet<QString> makers{QStringLiteral("cycle.create"),   QStringLiteral("cycle.generate"),
                                      QStringLiteral("cycle.submit"),   QStringLiteral("cycle.prepare_payments"),
                                      QStringLiteral("batch.sign_off"), QStringLiteral("payments.reissue_requested"),
                                      QStringLiteral("program.create"), QStringLiteral("program.update")};
    if (checkers.contains(action)) {
        return OfficerRole::Checker;
    }
    if (makers.contains(action)) {
        return OfficerRole::Maker;
    }
    return std::nullopt;
}

} // namespace

OfficerStandings::OfficerStandings(Certificate anchor, QHash<QString, Certificate> certificates)
    : m_anchor(std::move(anchor)), m_certificates(std::move(certificates))
{
}

bool OfficerStandings::isAdministratorAct(const QString& action)
{
    return action.startsWith(u"officer.") || action == u"trust.anchor_installed";
}

QString OfficerStandings::check(const AuditEntry& entry)
{
    const QString when = entry.occurredAt.toUTC().toString(Qt::ISODate);
    if (AuditLog::hashOf(entry) != entry.hash) {
        return tr("entry %1 (%2 by %3 on %4) was changed after it was written")
            .arg(entry.sequence)
            .arg(entry.action, entry.officer, when);
    }
    const Certificate* signer = nullptr;
    if (QString problem = checkSigner(entry, &signer); !problem.isEmpty()) {
        return tr("entry %1 (%2 by %3 on %4): %5").arg(entry.sequence).arg(entry.action, entry.officer, when, problem);
    }
    if (QString problem = checkRole(entry); !problem.isEmpty()) {
        return tr("entry %1 (%2 by %3 on %4): %5").arg(entry.sequence).arg(entry.action, entry.officer, when, problem);
    }
    if (isAdministratorAct(entry.action)) {
        if (QString problem = apply(entry); !problem.isEmpty()) {
            return tr("entry %1 (%2 by %3 on %4): %5")
                .arg(entry.sequence)
                .arg(entry.action, entry.officer, when, problem);
        }
    }
    return {};
}

QString OfficerStandings::checkSigner(const AuditEntry& entry, const Certificate** signer)
{
    if (entry.signature.isEmpty()) {
        return tr("it is not signed");
    }
    const auto found = m_certificates.constFind(entry.signerCertificate);
    if (found == m_certificates.constEnd()) {
        return tr("it is signed with a certificate PayDesk does not hold (%1)").arg(entry.signerCertificate.left(16));
    }
    const Certificate& certificate = found.value();
    QString reason;
    if (!certificate.isIssuedBy(m_anchor, entry.occurredAt, &reason)) {
        return reason;
    }
    if (certificate.commonName() != entry.officer) {
        return tr("it is signed with the certificate of %1, not of %2").arg(certificate.commonName(), entry.officer);
    }
    const auto key = certificate.publicKey();
    if (!key || !key->verify(AuditLog::signedMessage(entry.hash), entry.signature.toLatin1(), &reason)) {
        return tr("its signature does not verify with the certificate of %1").arg(entry.officer);
    }
    *signer = &certificate;
    if (entry.action == u"trust.anchor_installed") {
        return {}; // the first administrator: their certificate alone admits them (apply checks it)
    }
    const OfficerStanding standing = m_standings.value(entry.officer);
    if (!standing.certifiedCertificates.contains(certificate.fingerprint())) {
        return tr("no administrator had certified the key of %1 it is signed with").arg(entry.officer);
    }
    if (standing.revokedCertificates.contains(certificate.fingerprint())) {
        return tr("the key of %1 it is signed with had been revoked").arg(entry.officer);
    }
    return {};
}

QString OfficerStandings::checkRole(const AuditEntry& entry) const
{
    if (entry.action == u"trust.anchor_installed") {
        return {};
    }
    const auto found = m_standings.constFind(entry.officer);
    if (found == m_standings.constEnd() || !found->active) {
        return tr("%1 was not an active officer then").arg(entry.officer);
    }
    const OfficerRole role = found->role;
    if (isAdministratorAct(entry.action)) {
        return role == OfficerRole::Administrator
                   ? QString()
                   : tr("only an administrator may do this; %1 was a %2").arg(entry.officer, officerRoleName(role));
    }
    if (role == OfficerRole::Viewer || role == OfficerRole::Administrator) {
        return tr("%1 was a %2 then, and may change nothing").arg(entry.officer, officerRoleName(role));
    }
    if (const auto required = roleRequiredFor(entry.action); required && *required != role) {
        return tr("this is a %1's act, and %2 was a %3 then")
            .arg(officerRoleName(*required), entry.officer, officerRoleName(role));
    }
    return {};
}

QString OfficerStandings::apply(const AuditEntry& entry)
{
    const QJsonObject after = stateOf(entry.after);
    if (entry.action == u"trust.anchor_installed") {
        const Certificate& signer = *m_certificates.constFind(entry.signerCertificate); // checkSigner found it
        if (!signer.isAdministrator()) {
            return tr("the certificate of %1 is not an administrator's").arg(entry.officer);
        }
        for (const OfficerStanding& standing : std::as_const(m_standings)) {
            if (standing.role == OfficerRole::Administrator) {
                return tr("the anchor was installed already");
            }
        }
        OfficerStanding& administrator = m_standings[entry.officer];
        administrator.displayName = after.value(QStringLiteral("name")).toString();
        administrator.role = OfficerRole::Administrator;
        administrator.active = true;
        administrator.certifiedCertificates.insert(signer.fingerprint());
        return {};
    }
    const QString& officerId = entry.subjectId;
    if (entry.action == u"officer.add") {
        if (m_standings.contains(officerId)) {
            return tr("there was already an officer %1").arg(officerId);
        }
        const auto role = officerRoleFromName(after.value(QStringLiteral("role")).toString());
        if (!role) {
            return tr("the role granted is not one PayDesk knows");
        }
        m_standings.insert(officerId,
                           OfficerStanding{after.value(QStringLiteral("name")).toString(), *role, true, {}, {}});
        return {};
    }
    const auto found = m_standings.find(officerId);
    if (found == m_standings.end()) {
        return tr("there was no officer %1").arg(officerId);
    }
    if (entry.action == u"officer.role") {
        const auto role = officerRoleFromName(after.value(QStringLiteral("role")).toString());
        if (!role) {
            return tr("the role granted is not one PayDesk knows");
        }
        found->role = *role;
    } else if (entry.action == u"officer.deactivate") {
        found->active = false;
    } else if (entry.action == u"officer.certify" || entry.action == u"officer.revoke_key") {
        const QString fingerprint = after.value(QStringLiteral("certificate")).toString();
        const auto certificate = m_certificates.constFind(fingerprint);
        if (certificate == m_certificates.constEnd() || certificate->commonName() != officerId) {
            return tr("the certificate it names is not one of %1's").arg(officerId);
        }
        if (entry.action == u"officer.certify") {
            QString reason;
            if (!certificate->isIssuedBy(m_anchor, entry.occurredAt, &reason)) {
                return reason;
            }
            if (certificate->isAdministrator() != (found->role == OfficerRole::Administrator)) {
                return tr("an administrator's certificate is for administrators only");
            }
            found->certifiedCertificates.insert(fingerprint);
        } else {
            found->revokedCertificates.insert(fingerprint);
        }
    } else {
        return tr("an administrator's act PayDesk does not know");
    }
    return {};
}
