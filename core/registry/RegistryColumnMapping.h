#pragma once

#include "RegistryField.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <array>

// Which column of a registry file holds which field. Headers are matched case-insensitively to the
// canonical names and their aliases; the officer can map any other header explicitly.
class RegistryColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(RegistryColumnMapping)

public:
    RegistryColumnMapping();

    // Maps a header (case-insensitive) to a field, overriding the automatic match.
    void map(const QString& header, RegistryField field);
    // Parses officer mappings of the form "Header Name=field_name".
    bool addMappings(const QStringList& pairs, QString* error);

    // Assigns columns for the given header row. Fails when a required field (registry_id and a
    // name) has no column or one field would come from two columns.
    bool resolve(const QStringList& headers, QString* error);

    // Column index of a field after resolve(), or -1 when the file has none.
    int column(RegistryField field) const { return m_columns.at(static_cast<size_t>(field)); }
    const QStringList& ignoredHeaders() const { return m_ignored; }

private:
    QHash<QString, RegistryField> m_explicit;
    std::array<int, kRegistryFieldCount> m_columns;
    QStringList m_ignored;
};
