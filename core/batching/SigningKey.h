#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct evp_pkey_st;

// A private key (PEM, PKCS#1 or PKCS#8, optionally with a passphrase). An RSA key makes Payment Hub
// EE signatures: a PKCS#1 v1.5 type-1 private-key operation on the hex digest, without DigestInfo,
// in Base64 — what Java's "RSA" cipher does with a private key. An Ed25519 key signs G2P Connect
// envelopes (G2pConnectSignature). Either kind signs an officer's sign-off of a batch (BatchSignOff).
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;
    ~SigningKey();

    static std::unique_ptr<SigningKey> fromPem(const QByteArray& pem, const QByteArray& passphrase, QString* error);
    static std::unique_ptr<SigningKey> fromFile(const QString& path, const QByteArray& passphrase, QString* error);
    // A new Ed25519 key (an officer's or an administrator's), or null with error set.
    static std::unique_ptr<SigningKey> generateEd25519(QString* error);
    // Whether the PEM file holds a private key locked by a passphrase (PKCS#8 or traditional).
    static bool fileHasPassphrase(const QString& path);

    enum class Kind
    {
        Rsa,
        Ed25519,
    };
    Kind kind() const { return m_kind; }

    // Base64 signature of the hex digest (RSA keys only); empty with error set on failure.
    QByteArray sign(const QByteArray& hexDigest, QString* error) const;
    // Base64 Ed25519 signature of message (Ed25519 keys only); empty with error set on failure.
    QByteArray signEd25519(const QByteArray& message, QString* error) const;
    // Base64 signature of message with either kind: Ed25519, or RSA PKCS#1 v1.5 over SHA-256 (an
    // officer's personal sign-off, checked by PublicKey::verify).
    QByteArray signMessage(const QByteArray& message, QString* error) const;
    // The public half, PEM (SubjectPublicKeyInfo).
    QByteArray publicKeyPem() const;
    // The key as an encrypted PKCS#8 PEM file's text: AES-256-CBC under a key derived from the
    // passphrase by scrypt (N=2^14, r=8, p=1, random salt). Refuses a passphrase under 8 characters.
    QByteArray encryptedPem(const QByteArray& passphrase, QString* error) const;
    // Why this key may not be an officer's personal key (Ed25519, or RSA of 2048 bits or more), or
    // empty when it may.
    QString officerKeyProblem() const;
    // OpenSSL's key, for the certificate code that signs with it (CertificateAuthority).
    evp_pkey_st* handle() const { return m_key; }

private:
    SigningKey(evp_pkey_st* key, Kind kind);

    evp_pkey_st* m_key;
    Kind m_kind;
};
