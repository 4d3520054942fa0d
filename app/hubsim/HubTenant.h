#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// A tenant of the sandbox hub: its name (Platform-TenantId), the certificate X-SIGNATURE is checked
// with (PEM or base64 DER; empty: the tenant's uploads are not checked), and the private key its
// responses are signed with (PEM; empty: responses carry no X-SIGNATURE).
struct HubTenant
{
    Q_DECLARE_TR_FUNCTIONS(HubTenant)

public:
    QString name;
    QByteArray certificate;
    QByteArray privateKey;
    bool hasFlow = true; // false: the hub has no BPMN for it and answers 412

    // NAME, NAME,CERT.pem (uploads checked) or NAME,CERT.pem,KEY.pem (answers signed too): the
    // tenant with its files read; nothing, with error set, when a file cannot be read.
    static std::optional<HubTenant> fromSpec(const QString& spec, QString* error);
};
