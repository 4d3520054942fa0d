#include "RegistryColumnMapping.h"

RegistryColumnMapping::RegistryColumnMapping()
{
    m_columns.fill(-1);
}

void RegistryColumnMapping::map(const QString& header, RegistryField field)
{
    m_explicit.insert(header.trimmed().toLower(), field);
}

bool RegistryColumnMapping::addMappings(const QStringList& pairs, QString* error)
{
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        const auto field = equals > 0 ? registryFieldFromHeader(QStringView(pair).mid(equals + 1)) : std::nullopt;
        if (!field) {
            *error = tr("\"%1\" is not a mapping of the form \"Header=field\" with a known field").arg(pair);
            return false;
        }
        map(pair.left(equals), *field);
    }
    return true;
}

bool RegistryColumnMapping::resolve(const QStringList& headers, QString* error)
{
    m_columns.fill(-1);
    m_ignored.clear();
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = headers.at(i).trimmed().toLower();
        const auto explicitField = m_explicit.constFind(key);
        const std::optional<RegistryField> field =
            explicitField != m_explicit.constEnd() ? *explicitField : registryFieldFromHeader(headers.at(i));
        if (!field) {
            m_ignored.append(headers.at(i));
            continue;
        }
        int& slot = m_columns.at(static_cast<size_t>(*field));
        if (slot >= 0) {
            *error = tr("the columns \"%1\" and \"%2\" both hold the field %3; map one of them to another field")
                         .arg(headers.at(slot), headers.at(i), registryFieldName(*field));
            return false;
        }
        slot = i;
    }
    if (column(RegistryField::RegistryId) < 0) {
        *error = tr("the file has no registry_id column; map the column that holds the registry id");
        return false;
    }
    if (column(RegistryField::GivenName) < 0 && column(RegistryField::FamilyName) < 0) {
        *error = tr("the file has neither a given_name nor a family_name column");
        return false;
    }
    return true;
}
