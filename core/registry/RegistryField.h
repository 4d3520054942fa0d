#pragma once

#include "domain/PartyIdType.h"

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

// How a header names a field: under its canonical name, or under a spelling other systems use.
// A few spellings name the payee's identifier and its type at once ("msisdn", "iban").
struct RegistryHeaderMatch
{
    RegistryField field;
    bool canonical = false;
    std::optional<PartyIdType> impliedPayeeType;
};

// The canonical header of a field ("registry_id").
QString registryFieldName(RegistryField field);
// A header as it is compared: lower case, without spaces, underscores, hyphens or dots, so that
// "Payee ID Type", "payee_id_type" and "payeeIdType" are one header.
QString registryHeaderKey(QStringView header);
// Matches a header against the canonical names and the spellings of OpenG2P, Payment Hub EE,
// Mojaloop and common registry exports ("Beneficiary ID", "first_name", "payeeIdentifier").
std::optional<RegistryHeaderMatch> matchRegistryHeader(QStringView header);
// The field a header names, however it is spelt.
std::optional<RegistryField> registryFieldFromHeader(QStringView header);
