#include "PublicKey.h"

#include "PemText.h"

#include <QCryptographicHash>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

PublicKey::PublicKey(evp_pkey_st* key) : m_key(key)
{
    m_pem = pemText([this](BIO* bio) { return PEM_write_bio_PUBKEY(bio, m_key); });
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(m_key, &der);
    if (length > 0) {
        m_fingerprint = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(reinterpret_cast<const char*>(der), length), QCryptographicHash::Sha256)
                .toHex());
    }
    OPENSSL_free(der);
}

PublicKey::~PublicKey()
{
    EVP_PKEY_free(m_key);
}

std::unique_ptr<PublicKey> PublicKey::fromPem(const QByteArray& pem, QString* error)
{
    EVP_PKEY* key = nullptr;
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (pem.contains("-----BEGIN CERTIFICATE-----")) {
        X509* certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        key = certificate ? X509_get_pubkey(certificate) : nullptr;
        X509_free(certificate);
    } else {
        key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    }
    BIO_free(bio);
    ERR_clear_error();
    if (!key) {
        *error = tr("not a PEM public key or certificate");
        return nullptr;
    }
    const int type = EVP_PKEY_get_base_id(key);
    if (type != EVP_PKEY_ED25519 && type != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        *error = tr("an officer's key is Ed25519 or RSA; this one is neither");
        return nullptr;
    }
    if (type == EVP_PKEY_RSA && EVP_PKEY_get_bits(key) < 2048) {
        EVP_PKEY_free(key);
        *error = tr("an RSA key for signing off needs at least 2048 bits");
        return nullptr;
    }
    return std::unique_ptr<PublicKey>(new PublicKey(key));
}

bool PublicKey::isEd25519() const
{
    return EVP_PKEY_get_base_id(m_key) == EVP_PKEY_ED25519;
}

bool PublicKey::verify(const QByteArray& message, const QByteArray& signatureBase64, QString* reason) const
{
    const auto decoded = QByteArray::fromBase64Encoding(signatureBase64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        *reason = tr("the signature is not Base64");
        return false;
    }
    const QByteArray& signature = decoded.decoded;
    const EVP_MD* digest = EVP_PKEY_get_base_id(m_key) == EVP_PKEY_RSA ? EVP_sha256() : nullptr;
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const bool valid =
        context && EVP_DigestVerifyInit(context, nullptr, digest, nullptr, m_key) > 0 &&
        EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char*>(message.constData()),
                         size_t(message.size())) == 1;
    EVP_MD_CTX_free(context);
    ERR_clear_error();
    if (!valid) {
        *reason = tr("the signature does not match the signed bytes with this key");
    }
    return valid;
}
