#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct evp_pkey_st;

// A public key that checks signatures made with SigningKey::signMessage: a PEM public key or an
// X.509 certificate, Ed25519 or RSA — an officer's for personal sign-off (BatchSignOff), a G2P
// Connect sender's (G2pConnectSignature). Known by its fingerprint (SHA-256 of the DER
// SubjectPublicKeyInfo, hex), which is what an auditor compares with the key the officer registered.
class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(PublicKey)

public:
    ~PublicKey();
    PublicKey(const PublicKey&) = delete;
    PublicKey& operator=(const PublicKey&) = delete;

    static std::unique_ptr<PublicKey> fromPem(const QByteArray& pem, QString* error);

    QByteArray pem() const { return m_pem; } // the public key itself, even when a certificate was given
    QString fingerprint() const { return m_fingerprint; }
    bool isEd25519() const;
    // True when signatureBase64 signs message with this key (SigningKey::signMessage); false with the reason.
    bool verify(const QByteArray& message, const QByteArray& signatureBase64, QString* reason) const;

private:
    explicit PublicKey(evp_pkey_st* key);

    evp_pkey_st* m_key;
    QByteArray m_pem;
    QString m_fingerprint;
};
