#include "DbTransaction.h"

#include <QSqlError>

DbTransaction::DbTransaction(QSqlDatabase& db)
    : m_db(db)
    , m_active(db.transaction())
{
}

DbTransaction::~DbTransaction()
{
    rollback();
}

QString DbTransaction::errorString() const
{
    return m_db.lastError().text();
}

bool DbTransaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = !m_db.commit();
    return !m_active;
}

void DbTransaction::rollback()
{
    if (m_active) {
        m_db.rollback();
        m_active = false;
    }
}
