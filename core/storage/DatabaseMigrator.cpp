#include "DatabaseMigrator.h"

#include "Database.h"
#include "DbTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace {

const QString kMigrationFolder = QStringLiteral(":/migrations");

std::map<int, QString> migrationFiles()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> files;
    const QStringList names = QDir(kMigrationFolder).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch()) {
            files.emplace(match.captured(1).toInt(), name);
        }
    }
    return files;
}

} // namespace

DatabaseMigrator::DatabaseMigrator(Database& database) : m_database(database) {}

int DatabaseMigrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

QStringList DatabaseMigrator::statementsFor(const QString& script, const QString& dialectName)
{
    static const QRegularExpression dialectMarker(QStringLiteral("^--\\s*dialect:\\s*(\\w+)\\s*$"));
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool sectionApplies = true;
    const QStringList lines = script.split(u'\n');
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        const auto marker = dialectMarker.match(line);
        if (marker.hasMatch()) {
            sectionApplies = marker.captured(1) == dialectName;
            continue;
        }
        if (!sectionApplies || line.isEmpty() || (line.startsWith(QLatin1String("--")) && current.isEmpty())) {
            continue;
        }
        current += rawLine + u'\n';
        // A SQLite trigger body (BEGIN ... END;) holds semicolons; PostgreSQL's CREATE TRIGGER is one line.
        static const QRegularExpression beginsBody(QStringLiteral("\\bBEGIN\\s*$"),
                                                   QRegularExpression::CaseInsensitiveOption);
        if (current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) &&
            beginsBody.match(line).hasMatch()) {
            inTrigger = true;
        }
        const bool ends =
            inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : line.endsWith(u';');
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

bool DatabaseMigrator::migrate(QString* error)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                   "applied_at TEXT NOT NULL)"))) {
        *error = tr("cannot create the schema_version table: %1").arg(query.lastError().text());
        return false;
    }
    const int current = m_database.schemaVersion();
    const auto files = migrationFiles();
    if (!files.empty() && current > files.rbegin()->first) {
        *error = tr("the database has schema version %1, newer than this PayDesk knows (%2); update PayDesk")
                     .arg(current)
                     .arg(files.rbegin()->first);
        return false;
    }
    for (const auto& [version, fileName] : files) {
        if (version > current && !apply(version, fileName, error)) {
            return false;
        }
    }
    return true;
}

bool DatabaseMigrator::apply(int version, const QString& fileName, QString* error)
{
    QFile file(kMigrationFolder + u'/' + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the migration %1").arg(fileName);
        return false;
    }
    const QString script = m_database.dialect().expandTokens(QString::fromUtf8(file.readAll()));
    DbTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = tr("cannot start a transaction for migration %1: %2").arg(fileName, transaction.errorString());
        return false;
    }
    QSqlQuery query(m_database.connection());
    const QStringList statements = statementsFor(script, m_database.dialect().name());
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("migration %1 failed: %2").arg(fileName, query.lastError().text());
            return false;
        }
    }
    query.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
    query.addBindValue(version);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec() || !transaction.commit()) {
        *error = tr("cannot record migration %1: %2").arg(fileName, query.lastError().text());
        return false;
    }
    return true;
}
