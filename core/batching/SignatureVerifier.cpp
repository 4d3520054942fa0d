#include "SignatureVerifier.h"

#include <QDir>
#include <QFile>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

SignatureVerifier::SignatureVerifier(evp_pkey_st* key) : m_key(key) {}

SignatureVerifier::~SignatureVerifier()
{
    EVP_PKEY_free(m_key);
}

std::unique_ptr<SignatureVerifier> SignatureVerifier::fromCertificate(const QByteArray& pemOrBase64Der, QString* error)
{
    X509* certificate = nullptr;
    const QByteArray text = pemOrBase64Der.trimmed();
    if (text.startsWith("-----BEGIN")) {
        BIO* bio = BIO_new_mem_buf(text.constData(), int(text.size()));
        certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    } else {
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            const auto* bytes = reinterpret_cast<const unsigned char*>(decoded.decoded.constData());
            certificate = d2i_X509(nullptr, &bytes, long(decoded.decoded.size()));
        }
    }
    ERR_clear_error();
    if (!certificate) {
        *error = tr("not an X.509 certificate in PEM or base64 DER");
        return nullptr;
    }
    EVP_PKEY* key = X509_get_pubkey(certificate);
    X509_free(certificate);
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        *error = tr("the certificate does not hold an RSA public key");
        return nullptr;
    }
    return std::unique_ptr<SignatureVerifier>(new SignatureVerifier(key));
}

std::unique_ptr<SignatureVerifier> SignatureVerifier::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the certificate %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return nullptr;
    }
    auto verifier = fromCertificate(file.readAll(), error);
    if (!verifier) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), *error);
    }
    return verifier;
}

std::optional<QByteArray> SignatureVerifier::recover(const QByteArray& signatureBase64, QString* reason) const
{
    const auto signature =
        QByteArray::fromBase64Encoding(signatureBase64.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || signature.decoded.size() != EVP_PKEY_get_size(m_key)) {
        *reason = tr("the signature is not base64 of %1 bytes").arg(EVP_PKEY_get_size(m_key));
        return std::nullopt;
    }
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new(m_key, nullptr);
    QByteArray recovered(EVP_PKEY_get_size(m_key), '\0');
    size_t length = size_t(recovered.size());
    const bool ok = context && EVP_PKEY_verify_recover_init(context) > 0 &&
                    EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PADDING) > 0 &&
                    EVP_PKEY_verify_recover(context, reinterpret_cast<unsigned char*>(recovered.data()), &length,
                                            reinterpret_cast<const unsigned char*>(signature.decoded.constData()),
                                            size_t(signature.decoded.size())) > 0;
    EVP_PKEY_CTX_free(context);
    ERR_clear_error();
    if (!ok) {
        *reason = tr("the signature was not made with this certificate's key");
        return std::nullopt;
    }
    recovered.resize(qsizetype(length));
    return recovered;
}

bool SignatureVerifier::verify(const QByteArray& hexDigest, const QByteArray& signatureBase64, QString* reason) const
{
    const auto recovered = recover(signatureBase64, reason);
    if (!recovered) {
        return false;
    }
    if (*recovered != hexDigest) {
        *reason = tr("the signature is for other content (the file, correlation id or tenant differ)");
        return false;
    }
    return true;
}
