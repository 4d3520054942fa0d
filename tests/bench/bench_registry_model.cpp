// Benchmark: the registry table at scale. Times what an officer waits for (the table opening, a
// jump to a far row, a new order, a filter) against the naive ways of doing the same, measured in
// the same run: an OFFSET page and a LIKE scan.
// On PostgreSQL the naive filter is a sequential scan (position() in the lower-cased name), since
// ILIKE itself uses the trigram index.
//   bench_registry_model [--rows N] [--database sqlite|postgresql]
#include "BenchSupport.h"

#include "models/BeneficiaryTableModel.h"
#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

struct Wait
{
    double firstRows; // ms until the first page is on show
    double complete;  // ms until the whole position index is in (jumps anywhere are instant)
};

// From a request made when `timer` started: until the model shows its first rows, then until its
// index is complete. The model answers through queued signals, so spying after the request is safe.
Wait waitFrom(BeneficiaryTableModel& model, const QElapsedTimer& timer)
{
    QSignalSpy shown(&model, &BeneficiaryTableModel::countsChanged);
    QSignalSpy loading(&model, &BeneficiaryTableModel::loadingChanged);
    if (!shown.wait(60000)) {
        qFatal("the model did not answer");
    }
    model.index(0, BeneficiaryTableModel::NameColumn).data();
    const double firstRows = timer.nsecsElapsed() / 1e6;
    while (model.isLoading()) {
        loading.wait(60000);
    }
    return {firstRows, timer.nsecsElapsed() / 1e6};
}

Wait waitForRows(BeneficiaryTableModel& model, const std::function<void()>& request)
{
    QElapsedTimer timer;
    timer.start();
    request();
    return waitFrom(model, timer);
}

double timeQuery(Database& database, const QString& sql)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        qFatal("baseline query failed");
    }
    while (query.next()) {
    }
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Registry size."), QStringLiteral("N"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption prepareOption(QStringLiteral("prepare"),
                                           QStringLiteral("Only build the registry database."), QStringLiteral("FILE"));
    const QCommandLineOption databaseOption = benchDatabaseOption();
    parser.addOptions({rowsOption, prepareOption, databaseOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    constexpr int kRuns = 5;

    // The registry is built by a child process, so the peak memory below is the table's alone.
    if (parser.isSet(prepareOption)) {
        return prepareRegistry(parser.value(prepareOption), rows) ? 0 : 1;
    }
    QTemporaryDir dir;
    TestDatabases databases;
    const bool postgres = parser.value(databaseOption) == u"postgresql";
    const QString databasePath =
        freshBenchDatabase(parser.value(databaseOption), dir, QStringLiteral("registry"), databases);
    if (!prepareRegistryInChild(databasePath, rows)) {
        qFatal("preparing the registry failed");
    }
    QString error;
    const auto database = Database::open(databasePath, &error);

    struct Row
    {
        QString operation;
        double paydesk;
        double complete;
        QString baseline;
        double baselineMs;
    };
    QList<Row> table;
    const int farRow = int(rows * 9 / 10);

    QList<double> open;
    QList<double> openComplete;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        BeneficiaryTableModel fresh(*database);
        const Wait wait = waitFrom(fresh, timer);
        open.append(wait.firstRows);
        openComplete.append(wait.complete);
    }
    QElapsedTimer opening;
    opening.start();
    BeneficiaryTableModel model(*database);
    waitFrom(model, opening);

    QList<double> jump;
    QList<double> offset;
    for (int run = 0; run < kRuns; ++run) {
        const int row = farRow - run * BeneficiaryTableModel::kPageSize * 3;
        QElapsedTimer timer;
        timer.start();
        model.index(row, BeneficiaryTableModel::NameColumn).data();
        jump.append(timer.nsecsElapsed() / 1e6);
        offset.append(timeQuery(
            *database, QStringLiteral("SELECT * FROM beneficiary ORDER BY registry_id LIMIT 256 OFFSET %1").arg(row)));
    }
    table.append(
        {QStringLiteral("open the table (%1 rows)").arg(rows), median(open), median(openComplete), QString(), -1});
    table.append({QStringLiteral("jump to row %1").arg(farRow), median(jump), -1, QStringLiteral("OFFSET page"),
                  median(offset)});

    QList<double> sortFirst;
    QList<double> sortFirstComplete;
    QList<double> sortAgain;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        BeneficiaryTableModel fresh(*database);
        waitFrom(fresh, timer);
        const Wait first = waitForRows(fresh, [&fresh] { fresh.sort(BeneficiaryTableModel::NameColumn); });
        sortFirst.append(first.firstRows);
        sortFirstComplete.append(first.complete);
        sortAgain.append(waitForRows(fresh, [&fresh] {
                             fresh.sort(BeneficiaryTableModel::NameColumn, Qt::DescendingOrder);
                         }).complete);
    }
    table.append(
        {QStringLiteral("sort by name (first time)"), median(sortFirst), median(sortFirstComplete), QString(), -1});
    table.append({QStringLiteral("sort by name, reversed"), median(sortAgain), median(sortAgain), QString(), -1});

    const QList<std::pair<BeneficiaryQuery::Filter, QString>> filters = {
        {BeneficiaryQuery::Filter::Name, QStringLiteral("wanj")},
        {BeneficiaryQuery::Filter::Name, QStringLiteral("ngi")},
        {BeneficiaryQuery::Filter::Region, QStringLiteral("coa")},
        {BeneficiaryQuery::Filter::Phone, QStringLiteral("2547123")},
        {BeneficiaryQuery::Filter::RegistryId, QStringLiteral("BEN-0009")},
    };
    const QStringList names = {QStringLiteral("name contains"), QStringLiteral("name contains"),
                               QStringLiteral("region starts with"), QStringLiteral("phone starts with"),
                               QStringLiteral("registry id starts with")};
    for (int i = 0; i < filters.size(); ++i) {
        QList<double> times;
        QList<double> scans;
        for (int run = 0; run < kRuns; ++run) {
            times.append(waitForRows(model, [&model, &filters, i] {
                             model.setFilter(filters.at(i).first, filters.at(i).second);
                         }).complete);
            waitForRows(model, [&model] { model.setFilter(BeneficiaryQuery::Filter::Name, QString()); });
            if (i < 2) {
                scans.append(timeQuery(
                    *database,
                    (postgres
                         ? QStringLiteral("SELECT id FROM beneficiary WHERE position('%1' in lower(full_name)) > 0")
                         : QStringLiteral("SELECT id FROM beneficiary WHERE full_name LIKE '%%1%'"))
                        .arg(filters.at(i).second)));
            }
        }
        const QString label = QStringLiteral("%1 \"%2\"").arg(names.at(i), filters.at(i).second);
        table.append({label, median(times), median(times), i < 2 ? QStringLiteral("LIKE scan") : QString(),
                      i < 2 ? median(scans) : -1});
    }

    QList<double> shared;
    for (int run = 0; run < kRuns; ++run) {
        shared.append(waitForRows(model, [&model] { model.setSharedPayeeOnly(true); }).complete);
        waitForRows(model, [&model] { model.setSharedPayeeOnly(false); });
    }
    table.append({QStringLiteral("shared payee accounts only"), median(shared), median(shared), QString(), -1});

    QTextStream out(stdout);
    out << QStringLiteral(
               "Registry table (%3) at %1 rows, median of %2 runs, ms from the request to the first rows on show\n"
               "and to the whole position index in (then any row is one page read away)\n")
               .arg(rows)
               .arg(kRuns)
               .arg(postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
    out << QStringLiteral("%1 %2 %3   %4\n")
               .arg(QStringLiteral("operation"), -40)
               .arg(QStringLiteral("first rows"), 10)
               .arg(QStringLiteral("complete"), 9)
               .arg(QStringLiteral("baseline"));
    for (const Row& row : table) {
        out << QStringLiteral("%1 %2 %3")
                   .arg(row.operation, -40)
                   .arg(row.paydesk, 10, 'f', 1)
                   .arg(row.complete >= 0 ? QString::number(row.complete, 'f', 1) : QStringLiteral("-"), 9);
        if (row.baselineMs >= 0) {
            out << QStringLiteral("   %1 %2").arg(row.baseline).arg(row.baselineMs, 0, 'f', 1);
        }
        out << '\n';
    }
    out << QStringLiteral("peak resident memory: %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 0);
    return 0;
}
