#include "OfficerAdministration.h"

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "domain/PartyId.h"
#include "OfficerRepository.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"
#include "trust/Certificate.h"
#include "trust/OfficerKeyring.h"
#include "trust/TrustStore.h"

#include <QJsonObject>

OfficerAdministration::OfficerAdministration(Database& database, QString administratorId, const Clock& clock)
    : m_database(database), m_administratorId(std::move(administratorId)), m_clock(clock)
{
}

bool OfficerAdministration::initialize(Database& database, const QString& administratorId, const QString& displayName,
                                       const Certificate& anchor, QString* error, const Clock& clock)
{
    const OfficerCredential* administrator = database.keyring().find(administratorId);
    if (!administrator) {
        *error = tr("the administrator %1 has not signed in with their key").arg(administratorId);
        return false;
    }
    const Certificate& certificate = administrator->certificate;
    QString reason;
    if (!certificate.isAdministrator() || certificate.commonName() != administratorId ||
        !certificate.isIssuedBy(anchor, clock.now(), &reason)) {
        *error =
            reason.isEmpty() ? tr("the certificate given is not the administrator %1's").arg(administratorId) : reason;
        return false;
    }
    QString idError;
    if (!PartyId::create(PartyIdType::RegistryId, administratorId, &idError).isValid()) {
        *error = tr("\"%1\" is not an officer id: %2").arg(administratorId, idError);
        return false;
    }
    DbTransaction transaction(database.connection());
    TrustStore trust(database);
    if (!transaction.isActive() || !trust.installAnchor(anchor, error) ||
        !OfficerRepository(database).insertRow(administratorId, displayName.trimmed(), error) ||
        !trust.addCertificate(administratorId, certificate, error)) {
        return false;
    }
    AuditEntry entry = AuditEntry::now(administratorId, QStringLiteral("trust.anchor_installed"),
                                       QStringLiteral("trust"), anchor.fingerprint());
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("name"), displayName.trimmed()},
                                                {QStringLiteral("anchor"), anchor.fingerprint()},
                                                {QStringLiteral("certificate"), certificate.fingerprint()}});
    if (!AuditLog(database).append(entry, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("cannot install the trust anchor: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

bool OfficerAdministration::actingAdministrator(QString* error)
{
    const auto administrator = OfficerRepository(m_database).find(m_administratorId);
    if (!administrator || administrator->role != OfficerRole::Administrator || !administrator->active) {
        *error = tr("%1 is not an active administrator: only an administrator manages officers").arg(m_administratorId);
        return false;
    }
    return true;
}

bool OfficerAdministration::record(const QString& action, const QString& officerId, const QString& before,
                                   const QString& after, QString* error)
{
    AuditEntry entry = AuditEntry::now(m_administratorId, action, QStringLiteral("officer"), officerId);
    entry.before = before;
    entry.after = after;
    return AuditLog(m_database).append(entry, error);
}

bool OfficerAdministration::addOfficer(const Officer& officer, QString* error)
{
    QString idError;
    if (!PartyId::create(PartyIdType::RegistryId, officer.id, &idError).isValid()) {
        *error = tr("\"%1\" is not an officer id: %2").arg(officer.id, idError);
        return false;
    }
    if (officer.displayName.trimmed().isEmpty()) {
        *error = tr("an officer needs a name");
        return false;
    }
    if (!actingAdministrator(error)) {
        return false;
    }
    if (OfficerRepository(m_database).find(officer.id)) {
        *error = tr("there is already an officer %1").arg(officer.id);
        return false;
    }
    DbTransaction transaction(m_database.connection());
    if (!transaction.isActive() ||
        !OfficerRepository(m_database).insertRow(officer.id, officer.displayName.trimmed(), error) ||
        !record(QStringLiteral("officer.add"), officer.id, QString(),
                AuditEntry::state(QJsonObject{{QStringLiteral("name"), officer.displayName.trimmed()},
                                              {QStringLiteral("role"), officerRoleName(officer.role)}}),
                error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("cannot add the officer: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

bool OfficerAdministration::certify(const QString& officerId, const Certificate& certificate, QString* error)
{
    if (!actingAdministrator(error)) {
        return false;
    }
    const auto officer = OfficerRepository(m_database).find(officerId);
    if (!officer) {
        *error = tr("there is no officer %1").arg(officerId);
        return false;
    }
    const auto anchor = TrustStore(m_database).anchor(error);
    if (!anchor) {
        return false;
    }
    QString reason;
    if (!certificate.isIssuedBy(*anchor, m_clock.now(), &reason)) {
        *error = reason;
        return false;
    }
    if (certificate.commonName() != officerId) {
        *error = tr("the certificate names %1, not %2").arg(certificate.commonName(), officerId);
        return false;
    }
    if (certificate.isAdministrator() != (officer->role == OfficerRole::Administrator)) {
        *error = tr("an administrator's certificate is for administrators only");
        return false;
    }
    DbTransaction transaction(m_database.connection());
    if (!transaction.isActive() || !TrustStore(m_database).addCertificate(officerId, certificate, error) ||
        !record(
            QStringLiteral("officer.certify"), officerId, QString(),
            AuditEntry::state(QJsonObject{{QStringLiteral("certificate"), certificate.fingerprint()},
                                          {QStringLiteral("serial"), certificate.serialNumber()},
                                          {QStringLiteral("not_after"), certificate.notAfter().toString(Qt::ISODate)}}),
            error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("cannot certify the key: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

bool OfficerAdministration::changeRole(const QString& officerId, OfficerRole role, QString* error)
{
    if (!actingAdministrator(error)) {
        return false;
    }
    const auto officer = OfficerRepository(m_database).find(officerId);
    if (!officer) {
        *error = tr("there is no officer %1").arg(officerId);
        return false;
    }
    if (officer->role == role) {
        *error = tr("%1 is already a %2").arg(officerId, officerRoleName(role));
        return false;
    }
    if ((officer->role == OfficerRole::Administrator) != (role == OfficerRole::Administrator)) {
        *error = tr("an administrator is made with an administrator's certificate, not by a change of role");
        return false;
    }
    return record(QStringLiteral("officer.role"), officerId,
                  AuditEntry::state(QJsonObject{{QStringLiteral("role"), officerRoleName(officer->role)}}),
                  AuditEntry::state(QJsonObject{{QStringLiteral("role"), officerRoleName(role)}}), error);
}

bool OfficerAdministration::deactivate(const QString& officerId, QString* error)
{
    if (!actingAdministrator(error)) {
        return false;
    }
    const auto officer = OfficerRepository(m_database).find(officerId);
    if (!officer || !officer->active) {
        *error = tr("there is no active officer %1").arg(officerId);
        return false;
    }
    if (officerId == m_administratorId) {
        *error = tr("an administrator cannot deactivate themself");
        return false;
    }
    return record(QStringLiteral("officer.deactivate"), officerId, QString(),
                  AuditEntry::state(QJsonObject{{QStringLiteral("active"), false}}), error);
}

bool OfficerAdministration::revokeKey(const QString& officerId, const QString& certificateFingerprint, QString* error)
{
    if (!actingAdministrator(error)) {
        return false;
    }
    bool held = false;
    for (const Certificate& certificate : TrustStore(m_database).certificatesOf(officerId)) {
        held = held || certificate.fingerprint() == certificateFingerprint;
    }
    if (!held) {
        *error = tr("%1 has no certificate %2").arg(officerId, certificateFingerprint);
        return false;
    }
    return record(QStringLiteral("officer.revoke_key"), officerId, QString(),
                  AuditEntry::state(QJsonObject{{QStringLiteral("certificate"), certificateFingerprint}}), error);
}
