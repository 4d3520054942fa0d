#include "MakerChecker.h"

std::optional<QString> MakerChecker::refusal(const Officer& officer, Action action, const QString& submittedBy)
{
    if (!officer.active) {
        return tr("%1 is no longer an active officer").arg(officer.id);
    }
    if (officer.role == OfficerRole::Viewer) {
        return tr("%1 is a viewer and cannot change anything").arg(officer.id);
    }
    if (officer.role == OfficerRole::Administrator) {
        return tr("%1 is an administrator: administrators manage officers, not payments").arg(officer.id);
    }
    switch (action) {
    case Action::Prepare:
        if (officer.role != OfficerRole::Maker) {
            return tr("%1 is a checker: preparing is a maker's work").arg(officer.id);
        }
        return std::nullopt;
    case Action::Approve:
        if (officer.role != OfficerRole::Checker) {
            return tr("%1 is a maker: approving is a checker's work").arg(officer.id);
        }
        if (officer.id == submittedBy) {
            return tr("%1 submitted this and cannot also approve it").arg(officer.id);
        }
        return std::nullopt;
    case Action::Cancel:
    case Action::LookUp:
        return std::nullopt;
    case Action::Send:
        if (officer.role != OfficerRole::Checker) {
            return tr("%1 is a maker: sending money is a checker's work").arg(officer.id);
        }
        return std::nullopt;
    }
    return tr("unknown action");
}
