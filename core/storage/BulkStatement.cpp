#include "BulkStatement.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

#ifdef PAYDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

BulkStatement::BulkStatement(Database& database, const QString& sql) : m_database(database)
{
#ifdef PAYDESK_NATIVE_SQLITE
    if (sqlite3* handle = database.sqliteHandle()) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        }
        return;
    }
#endif
    m_query = std::make_unique<QSqlQuery>(database.connection());
    if (!m_query->prepare(sql)) {
        m_error = m_query->lastError().text();
    }
}

BulkStatement::~BulkStatement()
{
#ifdef PAYDESK_NATIVE_SQLITE
    sqlite3_finalize(m_statement);
#endif
}

bool BulkStatement::run(const QVariantList& values)
{
#ifdef PAYDESK_NATIVE_SQLITE
    if (m_statement) {
        sqlite3_reset(m_statement);
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& value = values.at(i);
            if (value.isNull()) {
                sqlite3_bind_null(m_statement, i + 1);
            } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
                sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            } else if (value.typeId() == QMetaType::QByteArray) {
                const QByteArray bytes = value.toByteArray();
                sqlite3_bind_blob(m_statement, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            } else {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
        }
        if (sqlite3_step(m_statement) != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_database.sqliteHandle()));
            return false;
        }
        m_rowsAffected = sqlite3_changes(m_database.sqliteHandle());
        return true;
    }
#endif
    if (!m_query) {
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        m_query->bindValue(i, values.at(i));
    }
    if (!m_query->exec()) {
        m_error = m_query->lastError().text();
        return false;
    }
    m_rowsAffected = m_query->numRowsAffected();
    return true;
}
