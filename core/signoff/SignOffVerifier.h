#pragma once

#include "SignOffCheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

// The personal sign-off of a batch, offline: the maker signs the manifest's bytes, the checker
// signs them together with the maker's signature (a countersignature), each with their own key
// (SigningKey::signMessage). A sign-off document (a bundle's BASE.signoff.json) carries the
// manifest's SHA-256 and, per role, the officer, the public key, its fingerprint, the signature
// and when. Checking needs nothing but the manifest's bytes and that document.
class SignOffVerifier
{
    Q_DECLARE_TR_FUNCTIONS(SignOffVerifier)

public:
    // The bytes each role signs.
    static QByteArray makerMessage(const QByteArray& manifest);
    static QByteArray checkerMessage(const QByteArray& manifest, const QByteArray& makerSignature);

    static SignOffCheck check(const QByteArray& manifest, const QJsonObject& signOff);
};
