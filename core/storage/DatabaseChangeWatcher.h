#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Database;
class QTimer;
class QVariant;

// Tells when the database changed behind this window, within about a second: another officer's
// desktop, a paydesk-cli run, or this PayDesk's own workers. On PostgreSQL every statement writing
// a table the window shows raises a notification naming the table (migration 20), which this
// watcher's own connection LISTENs to; SQLite has no notifications, so PRAGMA data_version (which
// moves when another connection commits) is read twice a second. Changes arriving together are
// told once. Lives in the thread that creates it (the window's).
class DatabaseChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // Opens its own connection to location; when it cannot, isWatching() is false and
    // errorString() says why (the window then only shows what it reads itself).
    explicit DatabaseChangeWatcher(const QString& location, QObject* parent = nullptr);
    ~DatabaseChangeWatcher() override;

    bool isWatching() const { return m_watching; }
    const QString& errorString() const { return m_error; }

Q_SIGNALS:
    // The tables written; empty when which is not known (SQLite).
    void changed(const QStringList& tables);

private:
    void notified(const QString& channel, const QVariant& payload);
    void readDataVersion();
    void tell();

    std::unique_ptr<Database> m_database;
    QTimer* m_gather;
    QTimer* m_poll = nullptr;
    QSet<QString> m_tables;
    bool m_unknownTables = false;
    qint64 m_dataVersion = -1;
    bool m_watching = false;
    QString m_error;
};
