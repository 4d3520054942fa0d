// Benchmark: importing a generated registry through PayDesk (validation included) against the
// sqlite3 command line's own .import of the same file into an equivalent table, in one run.
//   bench_registry_import [--rows N] [--runs R]
#include "BenchSupport.h"

#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
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

double timePayDeskImport(const QString& database, const QString& csv, qint64 rows)
{
    QFile::remove(database);
    QFile::remove(database + QStringLiteral("-wal"));
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
    parser.addOptions({rowsOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int runs = qMax(1, parser.value(runsOption).toInt());

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

    QList<double> plain;
    QList<double> indexed;
    QList<double> paydesk;
    for (int run = 0; run < runs; ++run) {
        plain.append(timeSqliteImport(dir.filePath(QStringLiteral("plain.sqlite")), csv, false));
        indexed.append(timeSqliteImport(dir.filePath(QStringLiteral("indexed.sqlite")), csv, true));
        paydesk.append(timePayDeskImport(dir.filePath(QStringLiteral("paydesk.sqlite")), csv, rows));
    }
    const double baseline = median(indexed);
    QTextStream out(stdout);
    out << QStringLiteral("Registry import: %1 rows, %2 MiB CSV, median of %3 runs\n")
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
    row(QStringLiteral("sqlite3 .import, UNIQUE(registry_id) only"), median(plain));
    row(QStringLiteral("sqlite3 .import, same indexes as PayDesk (baseline)"), baseline);
    row(QStringLiteral("PayDesk import: validate + upsert + indexes + FTS5 name index"), median(paydesk));
    out << QStringLiteral("peak resident memory: %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 0);
    return 0;
}
