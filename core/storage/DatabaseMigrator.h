#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// Applies the numbered SQL scripts under :/migrations (NNNN_name.sql) that the database has not
// seen yet, each in its own transaction, and records them in schema_version.
class DatabaseMigrator
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseMigrator)

public:
    explicit DatabaseMigrator(Database& database);

    bool migrate(QString* error);
    // The newest version the scripts know.
    static int latestVersion();

    // Splits a script into statements for one dialect: keeps the common part and the sections
    // marked "-- dialect: NAME" for that dialect, and ends trigger bodies at their END.
    static QStringList statementsFor(const QString& script, const QString& dialectName);

private:
    bool apply(int version, const QString& fileName, QString* error);

    Database& m_database;
};
