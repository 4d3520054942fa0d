#include "HubTenant.h"

#include <QFile>

std::optional<HubTenant> HubTenant::fromSpec(const QString& spec, QString* error)
{
    const QStringList parts = spec.split(u',');
    HubTenant tenant;
    tenant.name = parts.value(0).trimmed();
    if (tenant.name.isEmpty() || parts.size() > 3) {
        *error = tr("\"%1\" is not NAME, NAME,CERT.pem or NAME,CERT.pem,KEY.pem").arg(spec);
        return std::nullopt;
    }
    for (int i = 1; i < parts.size(); ++i) {
        QFile file(parts.at(i));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("tenant %1: cannot read %2: %3").arg(tenant.name, parts.at(i), file.errorString());
            return std::nullopt;
        }
        (i == 1 ? tenant.certificate : tenant.privateKey) = file.readAll();
    }
    return tenant;
}
