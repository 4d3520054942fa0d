#pragma once

#include "RegistryField.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <array>

// Which column of a registry file holds which field. Headers are matched to the canonical names
// and the spellings of other systems, ignoring case, spaces, underscores and hyphens
// (registryHeaderKey()); the officer can map any other header explicitly.
class RegistryColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(RegistryColumnMapping)

public:
    // How a column found its field.
    enum class Match
    {
        Ignored,   // no field: the column is not imported
        Canonical, // the header is the field's own name
        Spelling,  // the header is another system's spelling of it: a guess to confirm
        Explicit,  // the officer mapped it
    };

    RegistryColumnMapping();

    // Maps a header (case-insensitive) to a field, overriding the automatic match.
    void map(const QString& header, RegistryField field);
    // Leaves a column out, even one whose header names a field.
    void ignore(const QString& header);
    // Parses officer mappings of the form "Header Name=field_name".
    bool addMappings(const QStringList& pairs, QString* error);

    // Assigns columns for the given header row. Fails when a required field (registry_id and a
    // name) has no column or one field would come from two columns.
    bool resolve(const QStringList& headers, QString* error);

    // Column index of a field after resolve(), or -1 when the file has none.
    int column(RegistryField field) const { return m_columns.at(static_cast<size_t>(field)); }
    const QStringList& ignoredHeaders() const { return m_ignored; }
    // How each column, in file order, found its field (after resolve()).
    const QList<Match>& matches() const { return m_matches; }
    // The payee type a column's header implies ("iban", "msisdn"), for rows with no payee type.
    std::optional<PartyIdType> impliedPayeeType() const { return m_impliedPayeeType; }

private:
    QHash<QString, RegistryField> m_explicit;
    QSet<QString> m_explicitlyIgnored;
    std::array<int, kRegistryFieldCount> m_columns;
    QStringList m_ignored;
    QList<Match> m_matches;
    std::optional<PartyIdType> m_impliedPayeeType;
};
