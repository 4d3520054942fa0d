#include "RegistryField.h"

#include <array>

namespace {

struct HeaderSpelling
{
    const char* key; // as registryHeaderKey() writes it
    RegistryField field;
    std::optional<PartyIdType> impliedPayeeType = std::nullopt;
};

constexpr std::array<const char*, kRegistryFieldCount> kCanonicalNames{
    "registry_id", "given_name", "family_name", "gender",     "birth_date",    "household_id", "household_size",
    "region",      "district",   "phone",       "payee_type", "payee_address", "national_id",  "active",
};

// Other systems' spellings, as keys. Canonical names match through their own key.
const std::array kSpellings{
    HeaderSpelling{"beneficiaryid", RegistryField::RegistryId},
    HeaderSpelling{"registrantid", RegistryField::RegistryId},
    HeaderSpelling{"personid", RegistryField::RegistryId},
    HeaderSpelling{"uniqueid", RegistryField::RegistryId},
    HeaderSpelling{"id", RegistryField::RegistryId},
    HeaderSpelling{"firstname", RegistryField::GivenName},
    HeaderSpelling{"forename", RegistryField::GivenName},
    HeaderSpelling{"lastname", RegistryField::FamilyName},
    HeaderSpelling{"surname", RegistryField::FamilyName},
    HeaderSpelling{"sex", RegistryField::Gender},
    HeaderSpelling{"dateofbirth", RegistryField::BirthDate},
    HeaderSpelling{"dob", RegistryField::BirthDate},
    HeaderSpelling{"birthday", RegistryField::BirthDate},
    HeaderSpelling{"household", RegistryField::HouseholdId},
    HeaderSpelling{"hhid", RegistryField::HouseholdId},
    HeaderSpelling{"householdmembers", RegistryField::HouseholdSize},
    HeaderSpelling{"hhsize", RegistryField::HouseholdSize},
    HeaderSpelling{"familysize", RegistryField::HouseholdSize},
    HeaderSpelling{"province", RegistryField::Region},
    HeaderSpelling{"state", RegistryField::Region},
    HeaderSpelling{"admin1", RegistryField::Region},
    HeaderSpelling{"county", RegistryField::District},
    HeaderSpelling{"admin2", RegistryField::District},
    HeaderSpelling{"mobile", RegistryField::Phone},
    HeaderSpelling{"phonenumber", RegistryField::Phone},
    HeaderSpelling{"mobilenumber", RegistryField::Phone},
    HeaderSpelling{"telephone", RegistryField::Phone},
    HeaderSpelling{"payeeidtype", RegistryField::PayeeType},
    HeaderSpelling{"payeeidentifiertype", RegistryField::PayeeType},
    HeaderSpelling{"payeepartyidtype", RegistryField::PayeeType},
    HeaderSpelling{"partyidtype", RegistryField::PayeeType},
    HeaderSpelling{"accounttype", RegistryField::PayeeType},
    HeaderSpelling{"fatype", RegistryField::PayeeType},
    HeaderSpelling{"payeeid", RegistryField::PayeeAddress},
    HeaderSpelling{"payeeidentifier", RegistryField::PayeeAddress},
    HeaderSpelling{"payeepartyidentifier", RegistryField::PayeeAddress},
    HeaderSpelling{"partyidentifier", RegistryField::PayeeAddress},
    HeaderSpelling{"financialaddress", RegistryField::PayeeAddress},
    HeaderSpelling{"fa", RegistryField::PayeeAddress},
    HeaderSpelling{"account", RegistryField::PayeeAddress},
    HeaderSpelling{"msisdn", RegistryField::PayeeAddress, PartyIdType::Msisdn},
    HeaderSpelling{"payeemsisdn", RegistryField::PayeeAddress, PartyIdType::Msisdn},
    HeaderSpelling{"iban", RegistryField::PayeeAddress, PartyIdType::Iban},
    HeaderSpelling{"accountnumber", RegistryField::PayeeAddress, PartyIdType::BankAccount},
    HeaderSpelling{"bankaccount", RegistryField::PayeeAddress, PartyIdType::BankAccount},
    HeaderSpelling{"bankaccountnumber", RegistryField::PayeeAddress, PartyIdType::BankAccount},
    HeaderSpelling{"nationalidnumber", RegistryField::NationalId},
    HeaderSpelling{"nid", RegistryField::NationalId},
    HeaderSpelling{"isactive", RegistryField::Active},
    HeaderSpelling{"enabled", RegistryField::Active},
};

} // namespace

QString registryFieldName(RegistryField field)
{
    return QLatin1String(kCanonicalNames.at(static_cast<size_t>(field)));
}

QString registryHeaderKey(QStringView header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header) {
        if (c != u' ' && c != u'_' && c != u'-' && c != u'.' && !c.isSpace()) {
            key.append(c.toLower());
        }
    }
    return key;
}

std::optional<RegistryHeaderMatch> matchRegistryHeader(QStringView header)
{
    const QString key = registryHeaderKey(header);
    for (int i = 0; i < kRegistryFieldCount; ++i) {
        if (key == registryHeaderKey(QString::fromLatin1(kCanonicalNames.at(static_cast<size_t>(i))))) {
            return RegistryHeaderMatch{static_cast<RegistryField>(i), true, std::nullopt};
        }
    }
    for (const HeaderSpelling& spelling : kSpellings) {
        if (key == QLatin1String(spelling.key)) {
            return RegistryHeaderMatch{spelling.field, false, spelling.impliedPayeeType};
        }
    }
    return std::nullopt;
}

std::optional<RegistryField> registryFieldFromHeader(QStringView header)
{
    const auto match = matchRegistryHeader(header);
    return match ? std::optional<RegistryField>(match->field) : std::nullopt;
}
