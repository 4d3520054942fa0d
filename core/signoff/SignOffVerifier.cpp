#include "SignOffVerifier.h"

#include "batching/PublicKey.h"
#include "trust/Certificate.h"

#include <QCryptographicHash>

QByteArray SignOffVerifier::makerMessage(const QByteArray& manifest)
{
    return QByteArrayLiteral("paydesk-signoff-v1 maker\n") + manifest;
}

QByteArray SignOffVerifier::checkerMessage(const QByteArray& manifest, const QByteArray& makerSignature)
{
    return QByteArrayLiteral("paydesk-signoff-v1 checker\n") + makerSignature + '\n' + manifest;
}

SignOffCheck SignOffVerifier::check(const QByteArray& manifest, const QJsonObject& signOff, const Certificate& anchor)
{
    SignOffCheck result;
    if (!signOff.contains(QStringLiteral("maker")) && !signOff.contains(QStringLiteral("checker"))) {
        result.detail = tr("nobody signed the manifest");
        return result;
    }
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex());
    if (signOff.value(QStringLiteral("manifest_sha256")).toString() != sha256) {
        result.detail = tr("the manifest is not the one signed (its SHA-256 is %1, the sign-off names %2)")
                            .arg(sha256, signOff.value(QStringLiteral("manifest_sha256")).toString());
        return result;
    }
    QStringList said;
    QByteArray makerSignature;
    for (const QString& role : {QStringLiteral("maker"), QStringLiteral("checker")}) {
        const QJsonObject entry = signOff.value(role).toObject();
        if (entry.isEmpty()) {
            continue;
        }
        const QString officer = entry.value(QStringLiteral("officer")).toString();
        QString reason;
        const QString signedAt = entry.value(QStringLiteral("signed_at")).toString();
        const auto certificate =
            Certificate::fromPem(entry.value(QStringLiteral("certificate")).toString().toUtf8(), &reason);
        if (certificate && certificate->commonName() != officer) {
            reason = tr("the certificate is %1's").arg(certificate->commonName());
        }
        if (certificate && reason.isEmpty()) {
            certificate->isIssuedBy(anchor, QDateTime::fromString(signedAt, Qt::ISODateWithMs), &reason);
        }
        const auto key = certificate && reason.isEmpty() ? certificate->publicKey() : nullptr;
        if (!key) {
            result.detail =
                (role == u"maker" ? tr("the maker's certificate (%1): %2") : tr("the checker's certificate (%1): %2"))
                    .arg(officer, reason);
            return result;
        }
        if (certificate->fingerprint() != entry.value(QStringLiteral("fingerprint")).toString()) {
            result.detail =
                (role == u"maker" ? tr("the maker's certificate (%1) is not the one its fingerprint names")
                                  : tr("the checker's certificate (%1) is not the one its fingerprint names"))
                    .arg(officer);
            return result;
        }
        const QByteArray signature = entry.value(QStringLiteral("signature")).toString().toLatin1();
        if (role == u"checker" && makerSignature.isEmpty()) {
            result.detail =
                tr("a checker's countersignature (%1) with no maker's sign-off to countersign").arg(officer);
            return result;
        }
        const QByteArray message = role == u"maker" ? makerMessage(manifest) : checkerMessage(manifest, makerSignature);
        if (!key->verify(message, signature, &reason)) {
            result.detail = (role == u"maker" ? tr("the maker's signature (%1) does not verify: %2")
                                              : tr("the checker's countersignature (%1) does not verify: %2"))
                                .arg(officer, reason);
            return result;
        }
        if (role == u"checker") {
            const SignOffCheck::Signer& maker = result.signers.first();
            if (maker.officer == officer || maker.fingerprint == certificate->fingerprint() ||
                maker.publicKey == key->fingerprint()) {
                result.detail =
                    tr("the maker and the checker are the same officer or hold the same key (%1)").arg(officer);
                return result;
            }
        } else {
            makerSignature = signature;
        }
        result.signers.append({role, officer, certificate->fingerprint(), key->fingerprint(), signedAt});
        said.append(
            tr("%1 %2 (certificate %3…, %4)").arg(role, officer, certificate->fingerprint().left(16), signedAt));
    }
    result.valid = true;
    result.complete = result.signers.size() == 2;
    result.detail =
        (result.complete ? tr("signed off and countersigned: %1") : tr("signed off, not yet countersigned: %1"))
            .arg(said.join(QStringLiteral("; ")));
    return result;
}
