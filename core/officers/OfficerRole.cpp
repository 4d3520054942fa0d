#include "OfficerRole.h"

QString officerRoleName(OfficerRole role)
{
    switch (role) {
    case OfficerRole::Maker:
        return QStringLiteral("maker");
    case OfficerRole::Checker:
        return QStringLiteral("checker");
    case OfficerRole::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<OfficerRole> officerRoleFromName(QStringView name)
{
    for (const OfficerRole role : {OfficerRole::Maker, OfficerRole::Checker, OfficerRole::Viewer}) {
        if (name.compare(officerRoleName(role), Qt::CaseInsensitive) == 0) {
            return role;
        }
    }
    return std::nullopt;
}
