#pragma once

#include "officers/Officer.h"

#include <QString>

#include <optional>

// Who sees beneficiaries' identifiers (national ids, phone numbers, account numbers) in full:
// makers and checkers, whose work is paying the right account. A viewer (an observer, an
// auditor reading lists), or nobody chosen yet, sees them masked: the last four characters only,
// enough to tell two apart on a call, not enough to use.
class IdentifierMask
{
public:
    static QString mask(const QString& value);
    static bool appliesTo(const std::optional<Officer>& officer);
};
