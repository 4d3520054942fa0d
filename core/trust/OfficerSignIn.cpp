#include "OfficerSignIn.h"

#include "AuditCheckpoints.h"
#include "batching/PublicKey.h"
#include "batching/SigningKey.h"
#include "OfficerKeyring.h"
#include "officers/OfficerRepository.h"
#include "storage/Database.h"
#include "TrustStore.h"

bool OfficerSignIn::signIn(Database& database, const QString& officerId, std::shared_ptr<const SigningKey> key,
                           QString* error, const Clock& clock)
{
    const auto officer = OfficerRepository(database).find(officerId);
    if (!officer) {
        *error = tr("there is no officer %1").arg(officerId);
        return false;
    }
    if (!officer->active) {
        *error = tr("%1 is not an active officer: an administrator must add them and certify their key").arg(officerId);
        return false;
    }
    QString keyError;
    const auto keyPublic = PublicKey::fromPem(key->publicKeyPem(), &keyError);
    if (!keyPublic) {
        *error = keyError;
        return false;
    }
    TrustStore trust(database);
    const auto anchor = trust.anchor(error);
    const auto standings = OfficerRepository(database).standings();
    if (!anchor || !standings) {
        return false;
    }
    // Which of the officer's certificates administrators certified, and which they revoked.
    const OfficerStanding standing = standings->standings().value(officerId);
    const QDateTime now = clock.now();
    QString refusal = tr("no certificate of %1 is for this key: an administrator must certify it first").arg(officerId);
    for (const Certificate& certificate : trust.certificatesOf(officerId)) {
        const auto certified = certificate.publicKey();
        if (!certified || certified->fingerprint() != keyPublic->fingerprint()) {
            continue;
        }
        QString reason;
        if (!certificate.isIssuedBy(*anchor, now, &reason)) {
            refusal = reason;
        } else if (standing.revokedCertificates.contains(certificate.fingerprint())) {
            refusal = tr("the key of %1 was revoked by an administrator").arg(officerId);
        } else if (!standing.certifiedCertificates.contains(certificate.fingerprint())) {
            refusal = tr("no administrator certified this key of %1").arg(officerId);
        } else {
            database.keyring().add(OfficerCredential{officerId, std::move(key), certificate});
            if (!AuditCheckpoints(database).take(officerId, error)) {
                database.keyring().remove(officerId);
                return false;
            }
            return true;
        }
    }
    *error = refusal;
    return false;
}
