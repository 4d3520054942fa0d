#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class PublicKey;
struct x509_st;

// An X.509 certificate (PEM): the anchor of trust (an administrator's or a ministry's CA), an
// administrator's certificate, or an officer's, certifying their public key. Known by its
// fingerprint: SHA-256 of the DER certificate, hex.
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    // What the certificate's organisational unit says its holder does in PayDesk.
    static QString administratorUnit() { return QStringLiteral("PayDesk administrator"); }
    static QString officerUnit() { return QStringLiteral("PayDesk officer"); }

    ~Certificate();
    Certificate(const Certificate& other);
    Certificate& operator=(const Certificate& other);

    static std::optional<Certificate> fromPem(const QByteArray& pem, QString* error);
    // Takes ownership of an OpenSSL certificate (CertificateAuthority).
    static Certificate adopt(x509_st* certificate);

    QByteArray pem() const;
    QString fingerprint() const { return m_fingerprint; }
    QString commonName() const;
    QString organizationalUnit() const;
    QString serialNumber() const; // hex
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    bool isCertificateAuthority() const;
    std::unique_ptr<PublicKey> publicKey() const;
    // True when issuer signed this certificate and it was valid at `at`; false with the reason
    // (translated). The anchor "issues" itself when it is self-signed.
    bool isIssuedBy(const Certificate& issuer, const QDateTime& at, QString* reason) const;
    bool isAdministrator() const { return organizationalUnit() == administratorUnit(); }
    x509_st* handle() const { return m_certificate; }

private:
    explicit Certificate(x509_st* certificate);

    x509_st* m_certificate;
    QString m_fingerprint;
};
