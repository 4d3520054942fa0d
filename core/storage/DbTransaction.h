#pragma once

#include <QSqlDatabase>
#include <QString>

// A database transaction that rolls back in its destructor unless commit() succeeded.
class DbTransaction
{
public:
    explicit DbTransaction(QSqlDatabase& db);
    ~DbTransaction();
    DbTransaction(const DbTransaction&) = delete;
    DbTransaction& operator=(const DbTransaction&) = delete;

    bool isActive() const { return m_active; }
    QString errorString() const;
    bool commit();
    void rollback();

private:
    QSqlDatabase& m_db;
    bool m_active;
};
