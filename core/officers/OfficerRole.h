#pragma once

#include <QString>

#include <optional>

// What an officer may do: a maker prepares (programs, cycles, batches), a checker approves what a
// maker submitted, a viewer only looks, an administrator adds officers, certifies their keys and
// grants their roles (and touches no payment).
enum class OfficerRole
{
    Maker,
    Checker,
    Viewer,
    Administrator,
};

// The role's name as stored and on the command line ("maker").
QString officerRoleName(OfficerRole role);
// The role's name in the officer's language, for the window.
QString officerRoleDisplayName(OfficerRole role);
std::optional<OfficerRole> officerRoleFromName(QStringView name);
