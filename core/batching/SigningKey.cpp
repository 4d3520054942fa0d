#include "SigningKey.h"

#include "PemText.h"

#include <QDir>
#include <QFile>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>

namespace {

QString openSslError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

} // namespace

SigningKey::SigningKey(evp_pkey_st* key, Kind kind) : m_key(key), m_kind(kind) {}

SigningKey::SigningKey(SigningKey&& other) noexcept : m_key(std::exchange(other.m_key, nullptr)), m_kind(other.m_kind)
{
}

SigningKey& SigningKey::operator=(SigningKey&& other) noexcept
{
    std::swap(m_key, other.m_key);
    std::swap(m_kind, other.m_kind);
    return *this;
}

SigningKey::~SigningKey()
{
    EVP_PKEY_free(m_key);
}

std::unique_ptr<SigningKey> SigningKey::fromPem(const QByteArray& pem, const QByteArray& passphrase, QString* error)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    // The passphrase given, or none: never OpenSSL's own prompt, which would wait on the terminal.
    const auto givenPassphrase = [](char* buffer, int size, int, void* data) -> int {
        const auto* given = static_cast<const QByteArray*>(data);
        if (given->isEmpty() || given->size() > size) {
            return 0;
        }
        std::memcpy(buffer, given->constData(), size_t(given->size()));
        return int(given->size());
    };
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, givenPassphrase, const_cast<QByteArray*>(&passphrase));
    BIO_free(bio);
    if (!key) {
        *error = tr("not a PEM private key (PKCS#1 or PKCS#8), or the passphrase is wrong: %1").arg(openSslError());
        return nullptr;
    }
    const int type = EVP_PKEY_get_base_id(key);
    if (type != EVP_PKEY_RSA && type != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        *error = tr("the key is neither RSA (Payment Hub EE signs with RSA) nor Ed25519 (G2P Connect)");
        return nullptr;
    }
    return std::unique_ptr<SigningKey>(new SigningKey(key, type == EVP_PKEY_RSA ? Kind::Rsa : Kind::Ed25519));
}

bool SigningKey::fileHasPassphrase(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(1 << 20).contains("ENCRYPTED");
}

std::unique_ptr<SigningKey> SigningKey::fromFile(const QString& path, const QByteArray& passphrase, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the key %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return nullptr;
    }
    auto key = fromPem(file.readAll(), passphrase, error);
    if (!key) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), *error);
    }
    return key;
}

QByteArray SigningKey::sign(const QByteArray& hexDigest, QString* error) const
{
    if (m_kind != Kind::Rsa) {
        *error = tr("the key is an Ed25519 key; Payment Hub EE signs with RSA");
        return {};
    }
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new(m_key, nullptr);
    size_t length = 0;
    QByteArray signature;
    // No signature digest is set: the input is signed as it is, padded with PKCS#1 v1.5 type 1.
    const bool ok =
        context && EVP_PKEY_sign_init(context) > 0 && EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PADDING) > 0 &&
        EVP_PKEY_sign(context, nullptr, &length, reinterpret_cast<const unsigned char*>(hexDigest.constData()),
                      size_t(hexDigest.size())) > 0;
    if (ok) {
        signature.resize(qsizetype(length));
        if (EVP_PKEY_sign(context, reinterpret_cast<unsigned char*>(signature.data()), &length,
                          reinterpret_cast<const unsigned char*>(hexDigest.constData()),
                          size_t(hexDigest.size())) <= 0) {
            signature.clear();
        }
        signature.resize(qsizetype(length));
    }
    EVP_PKEY_CTX_free(context);
    if (signature.isEmpty()) {
        *error = tr("signing failed: %1").arg(openSslError());
        return {};
    }
    return signature.toBase64();
}

QByteArray SigningKey::signEd25519(const QByteArray& message, QString* error) const
{
    if (m_kind != Kind::Ed25519) {
        *error = tr("the key is an RSA key; G2P Connect envelopes are signed with Ed25519");
        return {};
    }
    return signMessage(message, error);
}

QByteArray SigningKey::signMessage(const QByteArray& message, QString* error) const
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    // Ed25519 hashes the message itself: no digest is given. RSA: SHA-256, PKCS#1 v1.5.
    const EVP_MD* digest = m_kind == Kind::Rsa ? EVP_sha256() : nullptr;
    if (context && EVP_DigestSignInit(context, nullptr, digest, nullptr, m_key) > 0 &&
        EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) > 0) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &length,
                           reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size())) <= 0) {
            signature.clear();
        }
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    if (signature.isEmpty()) {
        *error = tr("signing failed: %1").arg(openSslError());
        return {};
    }
    return signature.toBase64();
}

QByteArray SigningKey::publicKeyPem() const
{
    return pemText([this](BIO* bio) { return PEM_write_bio_PUBKEY(bio, m_key); });
}

std::unique_ptr<SigningKey> SigningKey::generateEd25519(QString* error)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key) {
        *error = tr("cannot make a key: %1").arg(openSslError());
        return nullptr;
    }
    return std::unique_ptr<SigningKey>(new SigningKey(key, Kind::Ed25519));
}

QByteArray SigningKey::encryptedPem(const QByteArray& passphrase, QString* error) const
{
    if (passphrase.size() < 8) {
        *error = tr("a key's passphrase needs at least 8 characters");
        return {};
    }
    // scrypt as OpenSSL's "pkcs8 -scrypt" uses it: 16 MiB of memory per guess.
    X509_ALGOR* algorithm = PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 0, nullptr, 1 << 14, 8, 1);
    PKCS8_PRIV_KEY_INFO* info = algorithm ? EVP_PKEY2PKCS8(m_key) : nullptr;
    X509_SIG* encrypted =
        info ? PKCS8_set0_pbe(passphrase.constData(), int(passphrase.size()), info, algorithm) : nullptr;
    const QByteArray pem =
        encrypted ? pemText([encrypted](BIO* bio) { return PEM_write_bio_PKCS8(bio, encrypted); }) : QByteArray();
    X509_SIG_free(encrypted);
    PKCS8_PRIV_KEY_INFO_free(info);
    if (!encrypted) {
        X509_ALGOR_free(algorithm);
    }
    if (pem.isEmpty()) {
        *error = tr("cannot encrypt the key: %1").arg(openSslError());
    }
    return pem;
}

QString SigningKey::officerKeyProblem() const
{
    if (m_kind == Kind::Rsa && EVP_PKEY_get_bits(m_key) < 2048) {
        return tr("an officer's RSA key needs at least 2048 bits; this one has %1").arg(EVP_PKEY_get_bits(m_key));
    }
    return {};
}
