// Benchmark: importing a generated registry through PayDesk (validation included) against the
// database's own loader of the same file into the same schema, in one run: the sqlite3 command
// line's .import, or psql's \copy on PostgreSQL (a cluster given by PAYDESK_TEST_POSTGRES_URL,
// which scripts/run-benchmarks.sh starts).
//   bench_registry_import [--rows N] [--runs R] [--database sqlite|postgresql]
#include "BenchSupport.h"

#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

// The registry's columns and indexes as plain SQL, for the sqlite3 baseline.
const char* kBaselineSchema =
    "PRAGMA journal_mode=WAL;\n"
    "CREATE TABLE beneficiary (registry_id TEXT NOT NULL UNIQUE, given_name TEXT COLLATE NOCASE, "
    "family_name TEXT COLLATE NOCASE, gender TEXT, birth_date TEXT, household_id TEXT, household_size INTEGER, "
    "region TEXT COLLATE NOCASE, district TEXT, phone TEXT, payee_type TEXT, payee_address TEXT, national_id TEXT, "
    "active INTEGER);\n";
const char* kBaselineIndexes = "CREATE INDEX beneficiary_name_idx ON beneficiary (family_name, given_name);\n"
                               "CREATE INDEX beneficiary_region_idx ON beneficiary (region);\n"
                               "CREATE INDEX beneficiary_phone_idx ON beneficiary (phone);\n"
                               "CREATE INDEX beneficiary_payee_idx ON beneficiary (payee_type, payee_address);\n";

// Seconds for `sqlite3 DB` to run the script (schema, .import, and optionally the indexes).
double timeSqliteImport(const QString& database, const QString& csv, bool withIndexes)
{
    QFile::remove(database);
    QFile::remove(database + QStringLiteral("-wal"));
    QString script = QString::fromLatin1(kBaselineSchema);
    if (withIndexes) {
        script += QString::fromLatin1(kBaselineIndexes);
    }
    script += QStringLiteral(".import --csv --skip 1 '%1' beneficiary\n").arg(csv);
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {database});
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        qFatal("sqlite3 failed: %s", sqlite.readAllStandardError().constData());
    }
    return timer.elapsed() / 1000.0;
}

// Seconds for psql's \copy of the file into a PayDesk database's beneficiary table (migrated,
// so with the same indexes, the trigram name index among them), as one import would have written it.
double timePsqlCopy(const QString& location, const QString& csv)
{
    QString error;
    {
        const auto database = Database::open(location, &error);
        QSqlQuery setup(database ? database->connection() : QSqlDatabase());
        if (!database ||
            !setup.exec(QStringLiteral("INSERT INTO registry_import (id, file_name, started_at) OVERRIDING SYSTEM "
                                       "VALUE VALUES (1, 'registry.csv', '2026-11-27')")) ||
            !setup.exec(QStringLiteral("ALTER TABLE beneficiary ALTER created_import_id SET DEFAULT 1, ALTER "
                                       "import_id SET DEFAULT 1, ALTER changed_import_id SET DEFAULT 1"))) {
            qFatal("preparing the psql baseline failed: %s %s", qPrintable(error),
                   qPrintable(setup.lastError().text()));
        }
    }
    const QString copy = QStringLiteral("\\copy beneficiary (%1) FROM '%2' WITH (FORMAT csv, HEADER true, "
                                        "FORCE_NOT_NULL (%3))")
                             .arg(DemoRegistryGenerator::header().join(u','), csv,
                                  QStringLiteral("given_name, family_name, gender, household_id, region, district, "
                                                 "phone, payee_type, payee_address, national_id"));
    QProcess psql;
    QElapsedTimer timer;
    timer.start();
    psql.start(QStringLiteral("psql"), {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"),
                                        location, QStringLiteral("-c"), copy});
    if (!psql.waitForFinished(-1) || psql.exitCode() != 0) {
        qFatal("psql failed: %s", psql.readAllStandardError().constData());
    }
    return timer.elapsed() / 1000.0;
}

double timePayDeskImport(const QString& database, const QString& csv, qint64 rows)
{
    // The importing officer is enrolled and signed in first, as in any database (not timed).
    QString error;
    const auto opened = Database::open(database, &error);
    const Officer officer{QStringLiteral("importer"), QStringLiteral("Importer"), OfficerRole::Maker, true};
    if (!opened || !TestOfficers::enrol(*opened, officer, &error)) {
        qFatal("enrolling the importing officer failed: %s", qPrintable(error));
    }
    RegistryImportParams params;
    params.filePath = csv;
    params.databaseLocation = database;
    params.today = QDate(2026, 11, 27);
    params.officer = officer.id;
    params.signers = opened->keyring();
    RegistryImporter importer;
    QElapsedTimer timer;
    timer.start();
    const RegistryImportResult result = importer.run(params);
    const double seconds = timer.elapsed() / 1000.0;
    if (!result.succeeded || result.inserted != rows) {
        qFatal("PayDesk import failed: %s", qPrintable(result.error));
    }
    return seconds;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows to import."), QStringLiteral("N"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each (median)."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption databaseOption = benchDatabaseOption();
    parser.addOptions({rowsOption, runsOption, databaseOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const QString kind = parser.value(databaseOption);
    const bool postgres = kind == u"postgresql";

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("registry.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(csv));
        }
        QString error;
        DemoRegistryGenerator(2026, 0.0).write(&file, rows, &error);
    }
    const double fileMiB = QFile(csv).size() / 1048576.0;

    TestDatabases databases;
    const auto fresh = [&dir, &databases, &kind](const QString& name) {
        return freshBenchDatabase(kind, dir, name, databases);
    };
    QList<double> plain;
    QList<double> indexed;
    QList<double> paydesk;
    for (int run = 0; run < runs; ++run) {
        if (postgres) {
            indexed.append(timePsqlCopy(fresh(QStringLiteral("baseline")), csv));
        } else {
            plain.append(timeSqliteImport(dir.filePath(QStringLiteral("plain.sqlite")), csv, false));
            indexed.append(timeSqliteImport(dir.filePath(QStringLiteral("indexed.sqlite")), csv, true));
        }
        paydesk.append(timePayDeskImport(fresh(QStringLiteral("paydesk")), csv, rows));
    }
    const double baseline = median(indexed);
    QTextStream out(stdout);
    out << QStringLiteral("Registry import (%1): %2 rows, %3 MiB CSV, median of %4 runs\n")
               .arg(postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
               .arg(rows)
               .arg(fileMiB, 0, 'f', 1)
               .arg(runs);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("path"), -68)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("ratio"), 7);
    auto row = [&out, baseline](const QString& name, double seconds) {
        out << QStringLiteral("%1 %2 %3x\n").arg(name, -68).arg(seconds, 8, 'f', 2).arg(seconds / baseline, 6, 'f', 2);
    };
    if (postgres) {
        row(QStringLiteral("psql \\copy into the same schema (baseline)"), baseline);
        row(QStringLiteral("PayDesk import: validate + COPY + upsert + indexes + trigram index"), median(paydesk));
    } else {
        row(QStringLiteral("sqlite3 .import, UNIQUE(registry_id) only"), median(plain));
        row(QStringLiteral("sqlite3 .import, same indexes as PayDesk (baseline)"), baseline);
        row(QStringLiteral("PayDesk import: validate + upsert + indexes + FTS5 name index"), median(paydesk));
    }
    out << QStringLiteral("peak resident memory: %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 0);
    return 0;
}
