#pragma once

#include "TestDatabases.h"
#include "TestOfficers.h"

#include "batching/SigningKey.h"
#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"
#include "trust/OfficerSignIn.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>

// Helpers shared by the benchmarks.

// --database sqlite|postgresql, which every benchmark with a database takes.
inline QCommandLineOption benchDatabaseOption()
{
    return QCommandLineOption(QStringLiteral("database"), QStringLiteral("sqlite (the default) or postgresql."),
                              QStringLiteral("KIND"), QStringLiteral("sqlite"));
}

// A new database for the benchmark: a SQLite file `name` in dir, or a new database on the cluster
// in PAYDESK_TEST_POSTGRES_URL (scripts/run-benchmarks.sh starts one), dropped with `databases`.
inline QString freshBenchDatabase(const QString& kind, const QTemporaryDir& dir, const QString& name,
                                  TestDatabases& databases)
{
    if (kind == u"postgresql") {
        if (TestDatabases::postgresServerUrl().isEmpty()) {
            if (TestDatabases::postgresRequired()) {
                qFatal(
                    "--database postgresql needs a cluster in PAYDESK_TEST_POSTGRES_URL (scripts/run-benchmarks.sh)");
            }
            qInfo("no PostgreSQL cluster (PAYDESK_TEST_POSTGRES_URL): skipped");
            std::exit(77); // ctest's SKIP_RETURN_CODE
        }
        return databases.freshLocation(kind);
    }
    if (kind != u"sqlite") {
        qFatal("--database is sqlite or postgresql");
    }
    const QString path = dir.filePath(name + QStringLiteral(".sqlite"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    return path;
}

// Peak resident memory of this process in MiB, read from /proc on Linux; -1 elsewhere.
// The one platform-specific read of the benchmarks.
inline double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    // /proc files report size 0: read them whole instead of line by line.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

// The median of a benchmark's runs.
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The benchmark's administrator key, kept next to its database by prepareRegistry (encrypted with
// kBenchPassphrase), so that the measuring process can sign the administrator in again.
inline const QByteArray kBenchPassphrase = QByteArrayLiteral("benchmark passphrase");
inline QString benchAdministratorKeyPath(const QString& databaseLocation)
{
    if (Database::isPostgresUrl(databaseLocation)) {
        return QDir::temp().filePath(
            QStringLiteral("paydesk-bench-%1.administrator.pem").arg(QString::number(qHash(databaseLocation), 16)));
    }
    return databaseLocation + QStringLiteral(".administrator.pem");
}

// Builds a registry of `rows` generated beneficiaries into databasePath, imported by a maker the
// benchmark's administrator enrolled (the anchor is installed first, as in any database).
inline bool prepareRegistry(const QString& databasePath, qint64 rows)
{
    QTemporaryDir dir;
    QString error;
    const auto database = Database::open(databasePath, &error);
    const Officer importer{QStringLiteral("importer"), QStringLiteral("Importer"), OfficerRole::Maker, true};
    if (!database || !TestOfficers::enrol(*database, importer, &error) ||
        !TestOfficers::writeKey(*database, TestOfficers::administrator, benchAdministratorKeyPath(databasePath),
                                kBenchPassphrase, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    RegistryImportParams params;
    params.filePath = dir.filePath(QStringLiteral("registry.csv"));
    params.databaseLocation = databasePath;
    params.today = QDate(2026, 11, 27);
    params.officer = importer.id;
    params.signers = database->keyring();
    QFile file(params.filePath);
    if (!file.open(QIODevice::WriteOnly) || !DemoRegistryGenerator(2026, 0.0).write(&file, rows, &error)) {
        return false;
    }
    file.close();
    RegistryImporter importerRun;
    return importerRun.run(params).succeeded;
}

// The demo registry gives phones to adults only; gives everyone one, so that every entitlement
// becomes a payment.
inline bool givePhonesToEveryone(Database& database)
{
    const bool postgres = database.dialect().kind() == SqlDialect::Kind::PostgreSql;
    return QSqlQuery(database.connection())
        .exec(QStringLiteral("UPDATE beneficiary SET phone = '2547' || %1 WHERE phone = ''")
                  .arg(postgres ? QStringLiteral("lpad(id::text, 8, '0')")
                                : QStringLiteral("substr('00000000' || id, -8)")));
}

// Signs the administrator prepareRegistry made in again, on this process's connection.
inline bool signInBenchAdministrator(Database& database, const QString& databasePath, QString* error)
{
    std::shared_ptr<const SigningKey> key =
        SigningKey::fromFile(benchAdministratorKeyPath(databasePath), kBenchPassphrase, error);
    return key && OfficerSignIn::signIn(database, TestOfficers::administrator, key, error);
}

// Runs this benchmark again as a child with --prepare FILE, so that building the registry does not
// count in this process's time or peak memory.
inline bool prepareRegistryInChild(const QString& databasePath, qint64 rows)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--prepare"), databasePath});
    return child.waitForFinished(-1) && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}
