#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct evp_pkey_st;

// Checks Payment Hub EE signatures with a certificate (PEM, or base64 DER as the hub's
// configuration holds it): recovers the signed text with the public key and compares it with the
// hex digest, as the hub does.
class SignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(SignatureVerifier)

public:
    ~SignatureVerifier();
    SignatureVerifier(const SignatureVerifier&) = delete;
    SignatureVerifier& operator=(const SignatureVerifier&) = delete;

    static std::unique_ptr<SignatureVerifier> fromCertificate(const QByteArray& pemOrBase64Der, QString* error);
    static std::unique_ptr<SignatureVerifier> fromFile(const QString& path, QString* error);

    // True when signatureBase64 signs hexDigest; a malformed signature is false with the reason.
    bool verify(const QByteArray& hexDigest, const QByteArray& signatureBase64, QString* reason) const;

private:
    explicit SignatureVerifier(evp_pkey_st* key);

    evp_pkey_st* m_key;
};
