#include "CertificateAuthority.h"

#include "batching/SigningKey.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

bool addNameEntry(X509_NAME* name, const char* field, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(utf8.constData()), int(utf8.size()), -1,
                                      0) == 1;
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    const bool added = extension && X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// A new certificate for key with subject (CN, OU), a random 128-bit serial and the validity given.
X509* newCertificate(EVP_PKEY* key, const QString& commonName, const QString& unit, long seconds)
{
    X509* certificate = X509_new();
    unsigned char serial[16];
    BIGNUM* number = nullptr;
    bool made = certificate && RAND_bytes(serial, sizeof serial) == 1;
    if (made) {
        serial[0] &= 0x7f; // a positive INTEGER
        number = BN_bin2bn(serial, sizeof serial, nullptr);
        made = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate)) &&
               X509_set_version(certificate, 2) == 1 && X509_gmtime_adj(X509_getm_notBefore(certificate), -300) &&
               X509_gmtime_adj(X509_getm_notAfter(certificate), seconds) && X509_set_pubkey(certificate, key) == 1;
    }
    X509_NAME* name = made ? X509_get_subject_name(certificate) : nullptr;
    made = made && addNameEntry(name, "O", QStringLiteral("PayDesk")) && addNameEntry(name, "OU", unit) &&
           addNameEntry(name, "CN", commonName);
    BN_free(number);
    if (!made) {
        X509_free(certificate);
        return nullptr;
    }
    return certificate;
}

bool signWith(X509* certificate, const SigningKey& key)
{
    return X509_sign(certificate, key.handle(), key.kind() == SigningKey::Kind::Rsa ? EVP_sha256() : nullptr) > 0;
}

} // namespace

CertificateAuthority::CertificateAuthority(const SigningKey& key, Certificate certificate)
    : m_key(key), m_certificate(std::move(certificate))
{
}

std::optional<Certificate> CertificateAuthority::makeAnchor(const SigningKey& key, const QString& administratorId,
                                                            int years, QString* error)
{
    X509* certificate =
        newCertificate(key.handle(), administratorId, Certificate::administratorUnit(), long(years) * 365 * 86400);
    const bool made =
        certificate && X509_set_issuer_name(certificate, X509_get_subject_name(certificate)) == 1 &&
        addExtension(certificate, certificate, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
        addExtension(certificate, certificate, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature") &&
        addExtension(certificate, certificate, NID_subject_key_identifier, "hash") && signWith(certificate, key);
    ERR_clear_error();
    if (!made) {
        X509_free(certificate);
        *error = tr("cannot make the administrator's certificate");
        return std::nullopt;
    }
    return Certificate::adopt(certificate);
}

std::optional<Certificate> CertificateAuthority::certify(const QString& officerId, const QByteArray& publicKeyPem,
                                                         int days, QString* error) const
{
    BIO* bio = BIO_new_mem_buf(publicKeyPem.constData(), int(publicKeyPem.size()));
    EVP_PKEY* officerKey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    X509* certificate =
        officerKey ? newCertificate(officerKey, officerId, Certificate::officerUnit(), long(days) * 86400) : nullptr;
    const bool made =
        certificate && X509_set_issuer_name(certificate, X509_get_subject_name(m_certificate.handle())) == 1 &&
        addExtension(certificate, m_certificate.handle(), NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(certificate, m_certificate.handle(), NID_key_usage, "critical,digitalSignature,nonRepudiation") &&
        signWith(certificate, m_key);
    EVP_PKEY_free(officerKey);
    ERR_clear_error();
    if (!made) {
        X509_free(certificate);
        *error = tr("cannot certify the key of %1").arg(officerId);
        return std::nullopt;
    }
    return Certificate::adopt(certificate);
}
