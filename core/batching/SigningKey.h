#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct evp_pkey_st;

// An RSA private key (PEM, PKCS#1 or PKCS#8, optionally with a passphrase) that makes Payment Hub
// EE signatures: a PKCS#1 v1.5 type-1 private-key operation on the hex digest, without DigestInfo,
// in Base64 — what Java's "RSA" cipher does with a private key.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;
    ~SigningKey();

    static std::unique_ptr<SigningKey> fromPem(const QByteArray& pem, const QByteArray& passphrase, QString* error);
    static std::unique_ptr<SigningKey> fromFile(const QString& path, const QByteArray& passphrase, QString* error);

    // Base64 signature of the hex digest; empty with error set on failure.
    QByteArray sign(const QByteArray& hexDigest, QString* error) const;

private:
    explicit SigningKey(evp_pkey_st* key);

    evp_pkey_st* m_key;
};
