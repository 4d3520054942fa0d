#include "Database.h"

#include "trust/OfficerKeyring.h"

#include "DatabaseMigrator.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("paydesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QSqlDatabase db, SqlDialect dialect, QString location)
    : m_db(std::move(db)), m_dialect(dialect), m_location(std::move(location)),
      m_keyring(std::make_unique<OfficerKeyring>())
{
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool Database::isPostgresUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Database::defaultLocation()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("paydesk.sqlite"));
}

std::unique_ptr<Database> Database::open(const QString& location, QString* error)
{
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database;
    bool newFile = false;
    if (isPostgresUrl(location)) {
        const QUrl url(location);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            *error = tr("\"%1\" is not a PostgreSQL URL of the form postgresql://user@host:port/database")
                         .arg(url.toDisplayString(QUrl::RemovePassword));
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        // PayDesk reads no server notices ("relation already exists, skipping"): warnings and up only.
        db.setConnectOptions(QStringLiteral("connect_timeout=10;options='-c client_min_messages=warning'"));
        database.reset(new Database(db, SqlDialect(SqlDialect::Kind::PostgreSql), location));
    } else {
        const QFileInfo file(location);
        newFile = !file.exists();
        if (!QDir().mkpath(file.absolutePath())) {
            *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(file.absolutePath()));
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file.absoluteFilePath());
        database.reset(new Database(db, SqlDialect(SqlDialect::Kind::Sqlite), location));
    }
    if (!database->m_db.isValid()) {
        *error = tr("the database driver is not installed (%1)").arg(database->m_db.lastError().text());
        return nullptr;
    }
    if (!database->m_db.open()) {
        *error = tr("cannot open the database %1: %2")
                     .arg(QUrl(location).toDisplayString(QUrl::RemovePassword), database->m_db.lastError().text());
        return nullptr;
    }
    if (database->m_dialect.kind() == SqlDialect::Kind::Sqlite) {
        // The registry is personal data: the file is its owner's alone (SQLite gives its -wal and
        // -shm files the same permissions). On Windows this sets no ACL; the user profile's applies.
        const QString path = QFileInfo(location).absoluteFilePath();
        if (QFile::exists(path) && !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)) {
            *error = tr("cannot make %1 readable by its owner only").arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
    }
    if (database->m_dialect.kind() == SqlDialect::Kind::Sqlite && !database->configureSqlite(error)) {
        if (newFile) {
            // Refused before anything was written: leave no empty database behind.
            database->m_db.close();
            database.reset();
            QFile::remove(QFileInfo(location).absoluteFilePath());
        }
        return nullptr;
    }
    DatabaseMigrator migrator(*database);
    if (!migrator.migrate(error)) {
        return nullptr;
    }
    return database;
}

bool Database::configureSqlite(QString* error)
{
    // Encryption at rest: with a key, the file must be SQLCipher's, or nothing is opened —
    // never a silent fall back to a plain file (docs/privacy.md).
    const QString key = qEnvironmentVariable("PAYDESK_DATABASE_KEY");
    if (!key.isEmpty()) {
        QSqlQuery cipher(m_db);
        QString quoted = key;
        quoted.replace(u'\'', QStringLiteral("''"));
        if (!cipher.exec(QStringLiteral("PRAGMA key = '%1'").arg(quoted)) ||
            !cipher.exec(QStringLiteral("PRAGMA cipher_version")) || !cipher.next() ||
            cipher.value(0).toString().isEmpty()) {
            *error = tr(
                "PAYDESK_DATABASE_KEY is set, but this PayDesk's SQLite has no SQLCipher: the database would be stored "
                "unencrypted, so it is not opened (unset the key to use a plain file, or see docs/privacy.md)");
            return false;
        }
        // A wrong key shows on the first read.
        if (!cipher.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))) {
            *error =
                tr("the database cannot be read with this PAYDESK_DATABASE_KEY: %1").arg(cipher.lastError().text());
            return false;
        }
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
    };
    QSqlQuery query(m_db);
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = tr("cannot configure the database (%1): %2").arg(pragma, query.lastError().text());
            return false;
        }
    }
    return true;
}

void Database::reserveCacheForBulkWork()
{
    if (m_dialect.kind() == SqlDialect::Kind::Sqlite) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    }
}

bool Database::setDurableCommits(bool durable)
{
    if (m_dialect.kind() != SqlDialect::Kind::Sqlite) {
        return true;
    }
    return QSqlQuery(m_db).exec(durable ? QStringLiteral("PRAGMA synchronous = FULL")
                                        : QStringLiteral("PRAGMA synchronous = NORMAL"));
}

int Database::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

sqlite3* Database::sqliteHandle() const
{
#ifndef PAYDESK_NATIVE_SQLITE
    return nullptr;
#else
    if (m_dialect.kind() != SqlDialect::Kind::Sqlite) {
        return nullptr;
    }
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.data());
#endif
}

pg_conn* Database::postgresHandle() const
{
#ifndef PAYDESK_LIBPQ
    return nullptr;
#else
    if (m_dialect.kind() != SqlDialect::Kind::PostgreSql) {
        return nullptr;
    }
    const QVariant handle = m_db.driver()->handle();
    // Qt 6.4 names the type by libpq's struct; older Qt by its typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<pg_conn* const*>(handle.data());
#endif
}
