#pragma once

#include <QString>

#include <optional>

// The kinds of financial address a payee (or payer) can be reached by.
enum class PartyIdType
{
    Msisdn,
    BankAccount,
    Iban,
    Email,
    RegistryId,
    FinancialAddress, // G2P Connect's "type:id[@provider]", as an ID-to-account mapper resolves it
};

// Stable names used in files, the database and the CLI ("msisdn", "bank_account", ...).
QString partyIdTypeName(PartyIdType type);
// Accepts the stable names and the usual spellings of other systems ("MSISDN", "ACCOUNTID", "accountNumber").
std::optional<PartyIdType> partyIdTypeFromName(QStringView name);
// The kind in the officer's words ("phone number (MSISDN)"), translated.
QString partyIdTypeText(PartyIdType type);
