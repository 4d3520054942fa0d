#pragma once

#include <QString>

// Everything that differs between SQLite and PostgreSQL SQL, in one place.
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        PostgreSql,
    };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }
    QString name() const;

    // Expands the {{tokens}} of a migration script for this dialect.
    QString expandTokens(QString sql) const;
    // A case-insensitive LIKE: "column LIKE ?" on SQLite (ASCII case-insensitive), ILIKE on PostgreSQL.
    QString caseInsensitiveLike(const QString& column) const;
    // A condition selecting rows whose name contains the bound text (at least three characters):
    // the FTS5 trigram index on SQLite, ILIKE on PostgreSQL.
    QString nameContains(const QString& idColumn) const;
    // The bound value for nameContains().
    QString nameContainsArgument(const QString& text) const;

private:
    Kind m_kind;
};
