#include "OfficerRole.h"

#include <QCoreApplication>

QString officerRoleName(OfficerRole role)
{
    switch (role) {
    case OfficerRole::Maker:
        return QStringLiteral("maker");
    case OfficerRole::Checker:
        return QStringLiteral("checker");
    case OfficerRole::Viewer:
        return QStringLiteral("viewer");
    case OfficerRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<OfficerRole> officerRoleFromName(QStringView name)
{
    for (const OfficerRole role :
         {OfficerRole::Maker, OfficerRole::Checker, OfficerRole::Viewer, OfficerRole::Administrator}) {
        if (name.compare(officerRoleName(role), Qt::CaseInsensitive) == 0) {
            return role;
        }
    }
    return std::nullopt;
}

QString officerRoleDisplayName(OfficerRole role)
{
    switch (role) {
    case OfficerRole::Maker:
        return QCoreApplication::translate("OfficerRole", "maker");
    case OfficerRole::Checker:
        return QCoreApplication::translate("OfficerRole", "checker");
    case OfficerRole::Viewer:
        return QCoreApplication::translate("OfficerRole", "viewer");
    case OfficerRole::Administrator:
        return QCoreApplication::translate("OfficerRole", "administrator");
    }
    return {};
}
