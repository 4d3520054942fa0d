#include "CertificateRequest.h"

#include "batching/PemText.h"
#include "batching/PublicKey.h"
#include "batching/SigningKey.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

QByteArray CertificateRequest::make(const SigningKey& key, const QString& officerId, QString* error)
{
    if (const QString problem = key.officerKeyProblem(); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    X509_REQ* request = X509_REQ_new();
    X509_NAME* name = X509_REQ_get_subject_name(request);
    const QByteArray id = officerId.toUtf8();
    const bool made =
        request && X509_REQ_set_version(request, 0) == 1 &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(id.constData()),
                                   int(id.size()), -1, 0) == 1 &&
        X509_REQ_set_pubkey(request, key.handle()) == 1 &&
        X509_REQ_sign(request, key.handle(), key.kind() == SigningKey::Kind::Rsa ? EVP_sha256() : nullptr) > 0;
    const QByteArray pem =
        made ? pemText([request](BIO* bio) { return PEM_write_bio_X509_REQ(bio, request); }) : QByteArray();
    X509_REQ_free(request);
    ERR_clear_error();
    if (pem.isEmpty()) {
        *error = tr("cannot make the certificate request");
    }
    return pem;
}

std::optional<CertificateRequest::Contents> CertificateRequest::read(const QByteArray& pem, QString* error)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509_REQ* request = PEM_read_bio_X509_REQ(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    std::optional<Contents> contents;
    EVP_PKEY* key = request ? X509_REQ_get0_pubkey(request) : nullptr;
    if (!request) {
        *error = tr("not a PEM certificate request");
    } else if (!key || X509_REQ_verify(request, key) != 1) {
        *error = tr("the certificate request is not signed by the key it carries");
    } else {
        const X509_NAME* name = X509_REQ_get_subject_name(request);
        const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
        unsigned char* utf8 = nullptr;
        const int length =
            index < 0 ? -1 : ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
        const QByteArray publicPem = pemText([key](BIO* bio) { return PEM_write_bio_PUBKEY(bio, key); });
        QString keyError;
        if (length <= 0) {
            *error = tr("the certificate request names no officer (common name)");
        } else if (!PublicKey::fromPem(publicPem, &keyError)) {
            *error = tr("the certificate request's key: %1").arg(keyError);
        } else {
            contents = Contents{QString::fromUtf8(reinterpret_cast<const char*>(utf8), length), publicPem};
        }
        OPENSSL_free(utf8);
    }
    X509_REQ_free(request);
    ERR_clear_error();
    return contents;
}
