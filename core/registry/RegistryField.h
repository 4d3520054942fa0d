#pragma once

#include <QString>

#include <optional>

// The columns of a registry file, in their canonical order.
enum class RegistryField
{
    RegistryId,
    GivenName,
    FamilyName,
    Gender,
    BirthDate,
    HouseholdId,
    HouseholdSize,
    Region,
    District,
    Phone,
    PayeeType,
    PayeeAddress,
    NationalId,
    Active,
    FieldCount
};

constexpr int kRegistryFieldCount = static_cast<int>(RegistryField::FieldCount);

// The canonical header of a field ("registry_id").
QString registryFieldName(RegistryField field);
// Matches a header case-insensitively against the canonical names and common aliases
// ("Beneficiary ID", "first_name", "mobile"...).
std::optional<RegistryField> registryFieldFromHeader(QStringView header);
