#pragma once

#include <QString>

#include <optional>

// What an officer may do: a maker prepares (programs, cycles, batches), a checker approves what a
// maker submitted, a viewer only looks.
enum class OfficerRole
{
    Maker,
    Checker,
    Viewer,
};

QString officerRoleName(OfficerRole role);
std::optional<OfficerRole> officerRoleFromName(QStringView name);
