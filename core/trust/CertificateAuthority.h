#pragma once

#include "Certificate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class SigningKey;

// The administrator's certificate authority: the anchor PayDesk makes at first start (a
// self-signed CA certificate for the administrator's key), which certifies officers' keys. A
// ministry with its own PKI gives its CA certificate instead and issues the certificates itself.
class CertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(CertificateAuthority)

public:
    CertificateAuthority(const SigningKey& key, Certificate certificate);

    // A self-signed CA certificate for the administrator's key, valid for `years`.
    static std::optional<Certificate> makeAnchor(const SigningKey& key, const QString& administratorId, int years,
                                                 QString* error);
    // A certificate for the officer's public key (PEM), issued by this authority for `days`.
    std::optional<Certificate> certify(const QString& officerId, const QByteArray& publicKeyPem, int days,
                                       QString* error) const;

    const Certificate& certificate() const { return m_certificate; }

private:
    const SigningKey& m_key;
    Certificate m_certificate;
};
