#pragma once

#include <QString>
#include <QVariantList>

#include <memory>

class Database;
class QSqlQuery;
struct sqlite3_stmt;

// Runs one INSERT or UPDATE statement for many rows as fast as the database allows: through
// SQLite's C API where PayDesk may use it (Qt binds each value through a named placeholder, which
// costs more than the statement), through prepared Qt SQL elsewhere. Values are integers, text,
// bytes or null.
class BulkStatement
{
public:
    BulkStatement(Database& database, const QString& sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    bool run(const QVariantList& values);
    qint64 rowsAffected() const { return m_rowsAffected; } // by the last run
    const QString& errorString() const { return m_error; }

private:
    Database& m_database;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    QString m_error;
    qint64 m_rowsAffected = 0;
};
