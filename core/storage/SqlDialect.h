#pragma once

#include <QString>
#include <QVariantList>

// Everything that differs between SQLite and PostgreSQL SQL, in one place.
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        PostgreSql,
    };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    QString name() const;

    // Expands the {{tokens}} of a migration script for this dialect.
    QString expandTokens(QString sql) const;
    // A case-insensitive LIKE: "column LIKE ?" on SQLite (ASCII case-insensitive), ILIKE on PostgreSQL.
    QString caseInsensitiveLike(const QString& column) const;
    // A condition selecting beneficiaries whose full name contains text (three characters or more),
    // appending its bound value to arguments: a phrase query on the FTS5 trigram index on SQLite,
    // ILIKE on PostgreSQL.
    QString nameContains(const QString& text, QVariantList& arguments) const;
    // A statement selecting the ids of the same beneficiaries as nameContains(), as directly as the
    // database allows (on SQLite from the search index alone, without touching the table).
    QString idsWithNameContaining(const QString& text, QVariantList& arguments) const;
    // After a bulk load with the triggers dropped: rebuilds the name index from the table. Empty on
    // PostgreSQL, which has none.
    QString rebuildNameIndex() const;
    // Inside a transaction, makes writers of table wait for each other until commit, so that each
    // reads what the one before it wrote (an append-only chain). Empty on SQLite, whose one writer
    // at a time already does it.
    QString serializeWriters(const QString& table) const;
    // A condition true when two values differ byte for byte (case counts, two NULLs are equal).
    QString differs(const QString& left, const QString& right) const;
    // Escapes LIKE's wildcards (with backslash as the escape character).
    static QString escapeLike(QString text);

private:
    Kind m_kind;
};
