#pragma once

#include "SignOffCheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

class Certificate;

// The personal sign-off of a batch, offline: the maker signs the manifest's bytes, the checker
// signs them together with the maker's signature (a countersignature), each with their own key
// (SigningKey::signMessage). A sign-off document (a bundle's BASE.signoff.json) carries the
// manifest's SHA-256 and, per role, the officer, their certificate, its fingerprint, the signature
// and when. Checking needs the manifest's bytes, that document and the anchor the verifier trusts.
class SignOffVerifier
{
    Q_DECLARE_TR_FUNCTIONS(SignOffVerifier)

public:
    // The bytes each role signs.
    static QByteArray makerMessage(const QByteArray& manifest);
    static QByteArray checkerMessage(const QByteArray& manifest, const QByteArray& makerSignature);

    // Each signature is checked with the certificate carried, which must be issued by anchor for
    // the officer named and valid when they signed: a key carried alone proves nothing.
    static SignOffCheck check(const QByteArray& manifest, const QJsonObject& signOff, const Certificate& anchor);
};
