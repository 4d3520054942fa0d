#include "RegistryField.h"

#include <array>

namespace {

struct FieldNames
{
    const char* canonical;
    std::array<const char*, 4> aliases;
};

constexpr std::array<FieldNames, kRegistryFieldCount> kFieldNames{{
    {"registry_id", {"beneficiary_id", "registryid", "id", nullptr}},
    {"given_name", {"first_name", "givenname", "firstname", nullptr}},
    {"family_name", {"last_name", "surname", "familyname", "lastname"}},
    {"gender", {"sex", nullptr, nullptr, nullptr}},
    {"birth_date", {"date_of_birth", "dob", "birthdate", nullptr}},
    {"household_id", {"household", "householdid", nullptr, nullptr}},
    {"household_size", {"household_members", "householdsize", nullptr, nullptr}},
    {"region", {"province", "state", nullptr, nullptr}},
    {"district", {"county", nullptr, nullptr, nullptr}},
    {"phone", {"msisdn", "mobile", "phone_number", nullptr}},
    {"payee_type", {"payee_identifier_type", "account_type", nullptr, nullptr}},
    {"payee_address", {"payee_identifier", "account", "financial_address", nullptr}},
    {"national_id", {"nationalid", "nid", nullptr, nullptr}},
    {"active", {"is_active", "enabled", nullptr, nullptr}},
}};

QString headerKey(QStringView header)
{
    QString key = header.trimmed().toString().toLower();
    key.replace(u' ', u'_').replace(u'-', u'_');
    return key;
}

} // namespace

QString registryFieldName(RegistryField field)
{
    return QLatin1String(kFieldNames.at(static_cast<size_t>(field)).canonical);
}

std::optional<RegistryField> registryFieldFromHeader(QStringView header)
{
    const QString key = headerKey(header);
    for (int i = 0; i < kRegistryFieldCount; ++i) {
        const FieldNames& names = kFieldNames.at(static_cast<size_t>(i));
        if (key == QLatin1String(names.canonical)) {
            return static_cast<RegistryField>(i);
        }
        for (const char* alias : names.aliases) {
            if (alias && key == QLatin1String(alias)) {
                return static_cast<RegistryField>(i);
            }
        }
    }
    return std::nullopt;
}
