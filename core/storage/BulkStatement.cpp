#include "BulkStatement.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

#ifdef PAYDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif
#ifdef PAYDESK_LIBPQ
#include "PostgresCopy.h"
#endif

namespace {

constexpr qsizetype kRowsPerCopy = 20000;

} // namespace

BulkStatement::BulkStatement(Database& database, const QString& sql, const PostgresForm& postgres)
    : m_database(database)
{
    if (database.postgresHandle() && !postgres.copyInto.isEmpty()) {
        m_postgres = postgres;
        return;
    }
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
        m_rowsAffected += sqlite3_changes(m_database.sqliteHandle());
        return true;
    }
#endif
    if (!m_postgres.copyInto.isEmpty()) {
        m_kept.append(values);
        return m_kept.size() < kRowsPerCopy || sendKept();
    }
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
    m_rowsAffected += m_query->numRowsAffected();
    return true;
}

bool BulkStatement::finish()
{
    return m_kept.isEmpty() || sendKept();
}

bool BulkStatement::sendKept()
{
#ifdef PAYDESK_LIBPQ
    QSqlQuery statement(m_database.connection());
    if (!m_postgres.stage.isEmpty() && !statement.exec(m_postgres.stage)) {
        m_error = statement.lastError().text();
        return false;
    }
    PostgresCopy copy(m_database.postgresHandle());
    if (!copy.start(QStringLiteral("COPY %1 FROM STDIN").arg(m_postgres.copyInto), &m_error)) {
        return false;
    }
    qint64 seq = 0;
    for (const QVariantList& row : std::as_const(m_kept)) {
        if (!m_postgres.apply.isEmpty()) {
            copy.addInteger(seq++);
        }
        for (const QVariant& value : row) {
            if (value.isNull()) {
                copy.addNull();
            } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
                copy.addInteger(value.toLongLong());
            } else if (value.typeId() == QMetaType::QByteArray) {
                copy.addText(QStringLiteral("\\x") + QString::fromLatin1(value.toByteArray().toHex()));
            } else {
                copy.addText(value.toString());
            }
        }
        copy.endRow();
    }
    const qsizetype sent = m_kept.size();
    m_kept.clear();
    if (!copy.finish(&m_error)) {
        return false;
    }
    if (m_postgres.apply.isEmpty()) {
        m_rowsAffected += sent;
        return true;
    }
    if (!statement.exec(m_postgres.apply)) {
        m_error = statement.lastError().text();
        return false;
    }
    m_rowsAffected += statement.numRowsAffected();
    const QString table = m_postgres.copyInto.section(u' ', 0, 0);
    if (!statement.exec(QStringLiteral("TRUNCATE %1").arg(table))) {
        m_error = statement.lastError().text();
        return false;
    }
    return true;
#else
    return false;
#endif
}
