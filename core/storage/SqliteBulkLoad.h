#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;

// Loading many rows into the registry at once, on SQLite: begin() drops the beneficiary table's
// secondary indexes and triggers (keeping their SQL, so the schema stays defined only by the
// migrations), finish() recreates them, each index built in one sorted pass, and rebuilds the name
// search index. Both run inside the caller's transaction, so a failed or cancelled import rolls
// the schema back with the rows.
class SqliteBulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBulkLoad)

public:
    explicit SqliteBulkLoad(Database& database);

    // Worth it when the load is large next to what the table holds already.
    static bool isWorthwhile(qint64 expectedRows, qint64 existingRows);

    bool begin(QString* error);
    bool finish(QString* error);

private:
    bool exec(const QString& sql, QString* error);

    Database& m_database;
    QStringList m_indexSql;
    QStringList m_triggerSql;
};
