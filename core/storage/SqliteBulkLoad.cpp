#include "SqliteBulkLoad.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

SqliteBulkLoad::SqliteBulkLoad(Database& database) : m_database(database) {}

bool SqliteBulkLoad::isWorthwhile(qint64 expectedRows, qint64 existingRows)
{
    constexpr qint64 kMinimumRows = 20000;
    return expectedRows >= kMinimumRows && expectedRows * 4 >= existingRows;
}

bool SqliteBulkLoad::exec(const QString& sql, QString* error)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(sql)) {
        *error = tr("cannot prepare the bulk load (%1): %2").arg(sql.left(60), query.lastError().text());
        return false;
    }
    return true;
}

bool SqliteBulkLoad::begin(QString* error)
{
    QSqlQuery schema(m_database.connection());
    // Automatic indexes (UNIQUE constraints) have no SQL and stay: the upsert needs them.
    if (!schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'beneficiary' "
                                    "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"))) {
        *error = tr("cannot read the schema: %1").arg(schema.lastError().text());
        return false;
    }
    QStringList drops;
    while (schema.next()) {
        const QString type = schema.value(0).toString();
        (type == u"index" ? m_indexSql : m_triggerSql).append(schema.value(2).toString());
        drops.append(QStringLiteral("DROP %1 %2").arg(type.toUpper(), schema.value(1).toString()));
    }
    for (const QString& drop : drops) {
        if (!exec(drop, error)) {
            return false;
        }
    }
    return true;
}

bool SqliteBulkLoad::finish(QString* error)
{
    // SQLite sorts for CREATE INDEX on helper threads when allowed to.
    if (!exec(QStringLiteral("PRAGMA threads = %1").arg(qMax(1, QThread::idealThreadCount())), error)) {
        return false;
    }
    for (const QString& sql : std::as_const(m_indexSql)) {
        if (!exec(sql, error)) {
            return false;
        }
    }
    if (!exec(m_database.dialect().rebuildNameIndex(), error)) {
        return false;
    }
    for (const QString& sql : std::as_const(m_triggerSql)) {
        if (!exec(sql, error)) {
            return false;
        }
    }
    return true;
}
