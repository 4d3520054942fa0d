#pragma once

#include <QString>
#include <QVariantList>

#include <memory>

class Database;
class QSqlQuery;
struct sqlite3_stmt;

// Runs one INSERT statement for many rows as fast as the database allows: through SQLite's C API
// where PayDesk may use it (Qt binds each value through a named placeholder, which costs more than
// the insert), through prepared Qt SQL elsewhere. Values are integers, text or bytes.
class RowInserter
{
public:
    RowInserter(Database& database, const QString& sql);
    ~RowInserter();
    RowInserter(const RowInserter&) = delete;
    RowInserter& operator=(const RowInserter&) = delete;

    bool insert(const QVariantList& values);
    const QString& errorString() const { return m_error; }

private:
    Database& m_database;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    QString m_error;
};
