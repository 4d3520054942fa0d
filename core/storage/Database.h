#pragma once

#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class OfficerKeyring;
struct sqlite3;
struct pg_conn;

// One open connection to PayDesk's database: a SQLite file, or a PostgreSQL server given by URL
// (postgresql://user:password@host:port/dbname). Opening runs the pending migrations. A Database
// belongs to the thread that opened it; a worker thread opens its own from the same location.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating the SQLite file when needed) and migrates. Returns null and sets error on failure.
    static std::unique_ptr<Database> open(const QString& location, QString* error);
    // The platform's application-data folder, file paydesk.sqlite.
    static QString defaultLocation();
    static bool isPostgresUrl(const QString& location);

    QSqlDatabase& connection() { return m_db; }
    const SqlDialect& dialect() const { return m_dialect; }
    const QString& location() const { return m_location; }
    int schemaVersion();
    // Before writing a million rows on this connection: a 256 MiB SQLite page cache, so indexes on
    // random keys (UUIDs) do not thrash (SQLite's default cache is 2 MiB). Nothing on PostgreSQL.
    void reserveCacheForBulkWork();
    // Every commit on this connection waits until it is on disk (SQLite synchronous=FULL; PostgreSQL
    // commits so already), or, off, the faster WAL default (NORMAL: a power cut may lose the last
    // commits, never corrupt). Money state changes (a batch claimed for sending) are made durable.
    bool setDurableCommits(bool durable);
    // The native handle for the SQLite fast paths; null on PostgreSQL and in builds without
    // PAYDESK_NATIVE_SQLITE.
    sqlite3* sqliteHandle() const;
    // libpq's connection under Qt's driver, for COPY; null on SQLite and in builds without
    // PAYDESK_LIBPQ. Whatever is sent on it is read to the end before Qt's driver is used again.
    pg_conn* postgresHandle() const;
    // The officers signed in on this connection, whose keys sign what they do.
    OfficerKeyring& keyring() { return *m_keyring; }

private:
    Database(QSqlDatabase db, SqlDialect dialect, QString location);

    bool configureSqlite(QString* error);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_location;
    std::unique_ptr<OfficerKeyring> m_keyring;
};
