#include "Certificate.h"

#include "batching/PemText.h"
#include "batching/PublicKey.h"

#include <QCryptographicHash>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <optional>

namespace {

QString nameEntry(const X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {};
    }
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    QString text = length >= 0 ? QString::fromUtf8(reinterpret_cast<const char*>(utf8), length) : QString();
    OPENSSL_free(utf8);
    return text;
}

QDateTime timeOf(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

} // namespace

Certificate::Certificate(x509_st* certificate) : m_certificate(certificate)
{
    unsigned char* der = nullptr;
    const int length = i2d_X509(m_certificate, &der);
    if (length > 0) {
        m_fingerprint = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(reinterpret_cast<const char*>(der), length), QCryptographicHash::Sha256)
                .toHex());
    }
    OPENSSL_free(der);
}

Certificate::~Certificate()
{
    X509_free(m_certificate);
}

Certificate::Certificate(const Certificate& other)
    : m_certificate(other.m_certificate), m_fingerprint(other.m_fingerprint)
{
    X509_up_ref(m_certificate);
}

Certificate& Certificate::operator=(const Certificate& other)
{
    if (this != &other) {
        X509_up_ref(other.m_certificate);
        X509_free(m_certificate);
        m_certificate = other.m_certificate;
        m_fingerprint = other.m_fingerprint;
    }
    return *this;
}

std::optional<Certificate> Certificate::fromPem(const QByteArray& pem, QString* error)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509* certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    ERR_clear_error();
    if (!certificate) {
        *error = tr("not a PEM X.509 certificate");
        return std::nullopt;
    }
    return Certificate(certificate);
}

Certificate Certificate::adopt(x509_st* certificate)
{
    return Certificate(certificate);
}

QByteArray Certificate::pem() const
{
    return pemText([this](BIO* bio) { return PEM_write_bio_X509(bio, m_certificate); });
}

QString Certificate::commonName() const
{
    return nameEntry(X509_get_subject_name(m_certificate), NID_commonName);
}

QString Certificate::organizationalUnit() const
{
    return nameEntry(X509_get_subject_name(m_certificate), NID_organizationalUnitName);
}

QString Certificate::serialNumber() const
{
    BIGNUM* number = ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_certificate), nullptr);
    char* hex = number ? BN_bn2hex(number) : nullptr;
    const QString text = hex ? QString::fromLatin1(hex).toLower() : QString();
    OPENSSL_free(hex);
    BN_free(number);
    return text;
}

QDateTime Certificate::notBefore() const
{
    return timeOf(X509_get0_notBefore(m_certificate));
}

QDateTime Certificate::notAfter() const
{
    return timeOf(X509_get0_notAfter(m_certificate));
}

bool Certificate::isCertificateAuthority() const
{
    return X509_check_ca(m_certificate) > 0;
}

std::unique_ptr<PublicKey> Certificate::publicKey() const
{
    QString error;
    return PublicKey::fromPem(pem(), &error);
}

bool Certificate::isIssuedBy(const Certificate& issuer, const QDateTime& at, QString* reason) const
{
    if (!issuer.isCertificateAuthority()) {
        *reason = tr("the trusted certificate %1 is not a certificate authority").arg(issuer.commonName());
        return false;
    }
    if (X509_NAME_cmp(X509_get_issuer_name(m_certificate), X509_get_subject_name(issuer.m_certificate)) != 0) {
        *reason = tr("the certificate of %1 was not issued by %2").arg(commonName(), issuer.commonName());
        return false;
    }
    EVP_PKEY* issuerKey = X509_get0_pubkey(issuer.m_certificate);
    const bool signedByIssuer = issuerKey && X509_verify(m_certificate, issuerKey) == 1;
    ERR_clear_error();
    if (!signedByIssuer) {
        *reason =
            tr("the certificate of %1 does not carry a valid signature of %2").arg(commonName(), issuer.commonName());
        return false;
    }
    if (at < notBefore() || at > notAfter()) {
        *reason = tr("the certificate of %1 is valid from %2 to %3, not on %4")
                      .arg(commonName(), notBefore().toString(Qt::ISODate), notAfter().toString(Qt::ISODate),
                           at.toUTC().toString(Qt::ISODate));
        return false;
    }
    if (issuer.m_certificate != m_certificate && fingerprint() != issuer.fingerprint() &&
        (at < issuer.notBefore() || at > issuer.notAfter())) {
        *reason = tr("the trusted certificate %1 is not valid on %2")
                      .arg(issuer.commonName(), at.toUTC().toString(Qt::ISODate));
        return false;
    }
    return true;
}
