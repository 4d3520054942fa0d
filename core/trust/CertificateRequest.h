#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class SigningKey;

// A certificate signing request (PKCS#10, PEM): an officer makes their key and this request on
// their own machine, and the administrator certifies it. The request names the officer (common
// name) and proves the requester holds the private key (its own signature).
class CertificateRequest
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRequest)

public:
    // The request for key, naming officerId; empty with error set on failure.
    static QByteArray make(const SigningKey& key, const QString& officerId, QString* error);

    struct Contents
    {
        QString officerId; // the common name asked for
        QByteArray publicKeyPem;
    };
    // What a request asks, once its own signature checks and its key is fit for an officer;
    // nothing with error set otherwise.
    static std::optional<Contents> read(const QByteArray& pem, QString* error);
};
