#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct evp_pkey_st;

// An officer's public key for personal sign-off: a PEM public key or an X.509 certificate, Ed25519
// or RSA. Known by its fingerprint (SHA-256 of the DER SubjectPublicKeyInfo, hex), which is what an
// auditor compares with the key the officer registered.
class OfficerPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(OfficerPublicKey)

public:
    ~OfficerPublicKey();
    OfficerPublicKey(const OfficerPublicKey&) = delete;
    OfficerPublicKey& operator=(const OfficerPublicKey&) = delete;

    static std::unique_ptr<OfficerPublicKey> fromPem(const QByteArray& pem, QString* error);

    QByteArray pem() const { return m_pem; } // the public key itself, even when a certificate was given
    QString fingerprint() const { return m_fingerprint; }
    // True when signatureBase64 signs message with this key (SigningKey::signMessage); false with the reason.
    bool verify(const QByteArray& message, const QByteArray& signatureBase64, QString* reason) const;

private:
    explicit OfficerPublicKey(evp_pkey_st* key);

    evp_pkey_st* m_key;
    QByteArray m_pem;
    QString m_fingerprint;
};
