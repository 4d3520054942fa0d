#include "DbTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

DbTransaction::DbTransaction(QSqlDatabase& db, const QString& savepoint)
    : m_db(db), m_savepoint(savepoint),
      m_active(savepoint.isEmpty() ? db.transaction() : exec(QStringLiteral("SAVEPOINT ") + savepoint))
{
}

DbTransaction::~DbTransaction()
{
    rollback();
}

QString DbTransaction::errorString() const
{
    return m_savepoint.isEmpty() ? m_db.lastError().text() : m_error;
}

bool DbTransaction::exec(const QString& statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool DbTransaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = !(m_savepoint.isEmpty() ? m_db.commit() : exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint));
    return !m_active;
}

void DbTransaction::rollback()
{
    if (m_active) {
        if (m_savepoint.isEmpty()) {
            m_db.rollback();
        } else {
            exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
            exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
        }
        m_active = false;
    }
}
