#include "RegistryColumnMapping.h"

RegistryColumnMapping::RegistryColumnMapping()
{
    m_columns.fill(-1);
}

void RegistryColumnMapping::map(const QString& header, RegistryField field)
{
    m_explicitlyIgnored.remove(registryHeaderKey(header));
    m_explicit.insert(registryHeaderKey(header), field);
}

void RegistryColumnMapping::ignore(const QString& header)
{
    m_explicit.remove(registryHeaderKey(header));
    m_explicitlyIgnored.insert(registryHeaderKey(header));
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
    m_matches.clear();
    m_impliedPayeeType.reset();
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = registryHeaderKey(headers.at(i));
        const auto explicitField = m_explicit.constFind(key);
        const std::optional<RegistryHeaderMatch> match = matchRegistryHeader(headers.at(i));
        std::optional<RegistryField> field;
        Match how = Match::Ignored;
        if (explicitField != m_explicit.constEnd()) {
            field = *explicitField;
            how = Match::Explicit;
        } else if (match && !m_explicitlyIgnored.contains(key)) {
            field = match->field;
            how = match->canonical ? Match::Canonical : Match::Spelling;
            if (match->field == RegistryField::PayeeAddress) {
                m_impliedPayeeType = match->impliedPayeeType;
            }
        }
        m_matches.append(how);
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
