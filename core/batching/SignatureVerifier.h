#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

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

    // The text the signature signs (the public-key operation); nothing, with the reason, when it is
    // not a signature this key could have made.
    std::optional<QByteArray> recover(const QByteArray& signatureBase64, QString* reason) const;
    // True when signatureBase64 signs hexDigest; false with the reason otherwise.
    bool verify(const QByteArray& hexDigest, const QByteArray& signatureBase64, QString* reason) const;

private:
    explicit SignatureVerifier(evp_pkey_st* key);

    evp_pkey_st* m_key;
};
