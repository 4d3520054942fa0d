#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Real databases for repository tests: a SQLite file in a temporary folder and, when the test
// script started a PostgreSQL cluster (PAYDESK_TEST_POSTGRES_URL), a new empty PostgreSQL database
// on it for every call. Under CI a missing cluster is an error, not a skip.
class TestDatabases
{
public:
    TestDatabases();
    ~TestDatabases();

    // Adds one _data row per available backend ("sqlite", "postgresql") with a column "location".
    static void addBackendRows();
    // The backends available to this run: "sqlite", and "postgresql" when there is a cluster (or CI requires one).
    static QStringList backends();
    // A fresh, empty database location for the backend named by the current _data row.
    QString freshLocation(const QString& backend);
    static bool postgresRequired();
    static QString postgresServerUrl();

private:
    QTemporaryDir m_dir;
    QStringList m_createdPostgresDatabases;
    int m_counter = 0;
};
