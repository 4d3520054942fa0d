// Benchmark: the registry table at scale. Times what an officer waits for (the table opening, a
// jump to a far row, a new order, a filter) against the naive ways of doing the same, measured in
// the same run: an OFFSET page and a LIKE scan.
//   bench_registry_model [--rows N]
#include "PeakMemory.h"

#include "models/BeneficiaryTableModel.h"
#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Milliseconds from a request until the model shows its rows and the first page is read.
double waitForRows(BeneficiaryTableModel& model, const std::function<void()>& request)
{
    QSignalSpy ready(&model, &BeneficiaryTableModel::countsChanged);
    QElapsedTimer timer;
    timer.start();
    request();
    if (!ready.wait(60000)) {
        qFatal("the model did not answer");
    }
    model.index(0, BeneficiaryTableModel::NameColumn).data();
    return timer.nsecsElapsed() / 1e6;
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
    parser.addOption(rowsOption);
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    constexpr int kRuns = 5;

    QTemporaryDir dir;
    RegistryImportParams params;
    params.filePath = dir.filePath(QStringLiteral("registry.csv"));
    params.databaseLocation = dir.filePath(QStringLiteral("registry.sqlite"));
    params.today = QDate(2026, 11, 27);
    {
        QFile file(params.filePath);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || !DemoRegistryGenerator(2026, 0.0).write(&file, rows, &error)) {
            qFatal("cannot write the registry");
        }
    }
    RegistryImporter importer;
    if (!importer.run(params).succeeded) {
        qFatal("import failed");
    }
    QString error;
    const auto database = Database::open(params.databaseLocation, &error);

    struct Row
    {
        QString operation;
        double paydesk;
        QString baseline;
        double baselineMs;
    };
    QList<Row> table;
    const int farRow = int(rows * 9 / 10);

    QList<double> open;
    for (int run = 0; run < kRuns; ++run) {
        std::unique_ptr<BeneficiaryTableModel> model;
        open.append(waitForRows(*std::make_unique<BeneficiaryTableModel>(*database), [] {}));
    }
    BeneficiaryTableModel model(*database);
    waitForRows(model, [] {});

    QList<double> jump;
    QList<double> offset;
    for (int run = 0; run < kRuns; ++run) {
        const int row = farRow - run * BeneficiaryTableModel::kPageSize * 3;
        QElapsedTimer timer;
        timer.start();
        model.index(row, BeneficiaryTableModel::NameColumn).data();
        jump.append(timer.nsecsElapsed() / 1e6);
        offset.append(timeQuery(*database, QStringLiteral("SELECT * FROM beneficiary ORDER BY registry_id LIMIT 256 OFFSET %1").arg(row)));
    }
    table.append({QStringLiteral("open the table (%1 rows)").arg(rows), median(open), QString(), -1});
    table.append({QStringLiteral("jump to row %1").arg(farRow), median(jump), QStringLiteral("OFFSET page"), median(offset)});

    QList<double> sortFirst;
    QList<double> sortAgain;
    for (int run = 0; run < kRuns; ++run) {
        BeneficiaryTableModel fresh(*database);
        waitForRows(fresh, [] {});
        sortFirst.append(waitForRows(fresh, [&fresh] { fresh.sort(BeneficiaryTableModel::NameColumn); }));
        sortAgain.append(waitForRows(fresh, [&fresh] { fresh.sort(BeneficiaryTableModel::NameColumn, Qt::DescendingOrder); }));
    }
    table.append({QStringLiteral("sort by name (first time)"), median(sortFirst), QString(), -1});
    table.append({QStringLiteral("sort by name, reversed"), median(sortAgain), QString(), -1});

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
            times.append(waitForRows(model, [&model, &filters, i] { model.setFilter(filters.at(i).first, filters.at(i).second); }));
            model.setFilter(BeneficiaryQuery::Filter::Name, QString());
            waitForRows(model, [] {});
            if (i < 2) {
                scans.append(timeQuery(*database, QStringLiteral("SELECT id FROM beneficiary WHERE full_name LIKE '%%1%'").arg(filters.at(i).second)));
            }
        }
        model.setFilter(filters.at(i).first, filters.at(i).second);
        const QString label = QStringLiteral("%1 \"%2\"").arg(names.at(i), filters.at(i).second);
        table.append({label, median(times), i < 2 ? QStringLiteral("LIKE scan") : QString(), i < 2 ? median(scans) : -1});
        waitForRows(model, [] {});
    }

    QTextStream out(stdout);
    out << QStringLiteral("Registry table at %1 rows, median of %2 runs (ms, request to first rows on show)\n").arg(rows).arg(kRuns);
    out << QStringLiteral("%1 %2   %3\n").arg(QStringLiteral("operation"), -40).arg(QStringLiteral("PayDesk"), 9).arg(QStringLiteral("baseline"));
    for (const Row& row : table) {
        out << QStringLiteral("%1 %2").arg(row.operation, -40).arg(row.paydesk, 9, 'f', 1);
        if (row.baselineMs >= 0) {
            out << QStringLiteral("   %1 %2").arg(row.baseline).arg(row.baselineMs, 0, 'f', 1);
        }
        out << '\n';
    }
    out << QStringLiteral("peak resident memory: %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 0);
    return 0;
}
