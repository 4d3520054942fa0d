#pragma once

#include <QSqlDatabase>
#include <QString>

// A database transaction that rolls back in its destructor unless commit() succeeded. Inside a
// transaction already open, give a savepoint name: commit() then releases the savepoint and a
// rollback undoes only what was done since it.
class DbTransaction
{
public:
    explicit DbTransaction(QSqlDatabase& db, const QString& savepoint = QString());
    ~DbTransaction();
    DbTransaction(const DbTransaction&) = delete;
    DbTransaction& operator=(const DbTransaction&) = delete;

    bool isActive() const { return m_active; }
    QString errorString() const;
    bool commit();
    void rollback();

private:
    bool exec(const QString& statement);

    QSqlDatabase& m_db;
    QString m_savepoint;
    QString m_error;
    bool m_active;
};
