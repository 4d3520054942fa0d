#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>

class Database;
class QSqlQuery;
struct sqlite3_stmt;

// Runs one INSERT or UPDATE statement for many rows as fast as the database allows: through
// SQLite's C API where PayDesk may use it (Qt binds each value through a named placeholder, which
// costs more than the statement); on PostgreSQL, given a PostgresForm, streamed with COPY a few
// thousand rows at a time (a round trip per row is what made PostgreSQL many times slower);
// through prepared Qt SQL elsewhere. Values are integers, text, bytes or null.
class BulkStatement
{
public:
    // The rows' way into PostgreSQL: COPY into `copyInto` ("table (columns)", the columns in the
    // order of the statement's values). When `apply` is set, `stage` creates that table as a
    // temporary one and `apply` is the one statement writing its rows where they belong (the
    // table holds a column seq, the rows' order, before the values).
    struct PostgresForm
    {
        QString copyInto;
        QString stage;
        QString apply;
    };

    BulkStatement(Database& database, const QString& sql, const PostgresForm& postgres = {});
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    // Writes the row, or with a PostgresForm keeps it to send with the next ones.
    bool run(const QVariantList& values);
    // Sends the rows kept; call it before anything reads what they write (and before commit).
    bool finish();
    qint64 rowsAffected() const { return m_rowsAffected; } // since construction, once finished
    const QString& errorString() const { return m_error; }

private:
    bool sendKept();

    Database& m_database;
    PostgresForm m_postgres;
    QList<QVariantList> m_kept;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    QString m_error;
    qint64 m_rowsAffected = 0;
};
