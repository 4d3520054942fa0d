// Benchmark: the window's longest stall while each long job an officer starts runs, on SQLite or
// PostgreSQL (a cluster given by PAYDESK_TEST_POSTGRES_URL, which scripts/run-benchmarks.sh
// starts). The real window, offscreen, driven through its buttons as an officer clicks them: the
// registry import, enrolment, generation, submission, approval and preparation; an event-loop watch
// (EventLoopStallWatch) on the window's thread notes how late its timer came (the target is 50 ms).
//   bench_gui_stalls [--rows N] [--database sqlite|postgresql]
#include "BenchSupport.h"
#include "UiTestSupport.h"

#include "assurance/CycleDiff.h"
#include "batches/BatchesPage.h"
#include "concurrency/EventLoopStallWatch.h"
#include "cycles/CyclesPage.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "programs/ProgramsPage.h"
#include "registry/RegistryImportDialog.h"
#include "registry/RegistryPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTextStream>

namespace {

const Officer kMaker{QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true};
const Officer kChecker{QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true};

struct Measure
{
    QString job;
    double seconds;
    qint64 stallMs;
};

// Starts a job through the window and waits for it to end, the watch running meanwhile.
Measure measure(EventLoopStallWatch& watch, const QString& job, const std::function<void()>& start,
                const std::function<bool()>& ended)
{
    QElapsedTimer timer;
    timer.start();
    watch.restart();
    start();
    while (!ended()) {
        QTest::qWait(10);
        if (timer.elapsed() > 30 * 60 * 1000) {
            qFatal("%s did not end within 30 minutes", qPrintable(job));
        }
    }
    return {job, timer.nsecsElapsed() / 1e9, watch.longestStallMs()};
}

void click(QWidget* page, const char* name)
{
    auto* button = page->findChild<QPushButton*>(QLatin1String(name));
    if (!button || !button->isEnabled()) {
        qFatal("%s is not there to click", name);
    }
    button->click();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Registry size."), QStringLiteral("N"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption databaseOption = benchDatabaseOption();
    parser.addOptions({rowsOption, databaseOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    QTemporaryDir dir;
    TestDatabases databases;
    const QString location = freshBenchDatabase(parser.value(databaseOption), dir, QStringLiteral("gui"), databases);
    const QString csv = dir.filePath(QStringLiteral("registry.csv"));
    QString error;
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly) || !DemoRegistryGenerator(2026, 0.0).write(&file, rows, &error)) {
            qFatal("cannot write the registry file: %s", qPrintable(error));
        }
    }
    const auto database = Database::open(location, &error);
    if (!database || !TestOfficers::enrol(*database, kMaker, &error) ||
        !TestOfficers::enrol(*database, kChecker, &error)) {
        qFatal("officers: %s", qPrintable(error));
    }
    MainWindow window(*database);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !actAs(&window, kMaker.id)) {
        qFatal("the window did not open");
    }
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    EventLoopStallWatch watch;
    QList<Measure> measures;

    window.registryPage()->openImportDialog();
    auto* import = window.findChild<RegistryImportDialog*>();
    import->setFilePath(csv);
    QSignalSpy imported(import, &RegistryImportDialog::importFinished);
    measures.append(measure(
        watch, QStringLiteral("import %1 beneficiaries").arg(rows), [import] { click(import, "startImportButton"); },
        [&imported] { return imported.count() > 0; }));
    import->close();
    givePhonesToEveryone(*database);

    // The program (a form, not a long job), then enrolment from its page.
    Program program;
    program.name = QStringLiteral("Benchmark grant");
    program.currency = Currency::fromCode(u"USD");
    program.rule = EntitlementRule::perHouseholdMember(Money(2000, program.currency), Money(500, program.currency), 6);
    program.payeeIdType = PartyIdType::Msisdn;
    program.payer = PartyId::create(PartyIdType::Msisdn, u"254700000001");
    program.backend = PaymentBackend::FileOnly;
    program.budget = Money(Q_INT64_C(1) << 50, program.currency);
    if (!ProgramRepository(*database).save(program, kMaker, &error)) {
        qFatal("program: %s", qPrintable(error));
    }
    navigation->setCurrentRow(1);
    ProgramsPage* programs = window.programsPage();
    programs->reload();
    programs->findChild<QListWidget*>(QStringLiteral("programList"))->setCurrentRow(0);
    auto* enrol = programs->findChild<QPushButton*>(QStringLiteral("enrolButton"));
    measures.append(measure(
        watch, QStringLiteral("enrol"), [programs] { click(programs, "enrolButton"); },
        [enrol] { return enrol->isEnabled(); }));

    // The cycle, generated, submitted and approved from the Cycles page.
    const auto cycle = CycleService(*database).create(program.id, QStringLiteral("2027-01"), QDate(2027, 1, 1),
                                                      QDate(2027, 1, 31), kMaker, &error);
    if (!cycle) {
        qFatal("cycle: %s", qPrintable(error));
    }
    navigation->setCurrentRow(2);
    CyclesPage* cycles = window.cyclesPage();
    QSignalSpy steps(cycles, &CyclesPage::stepFinished);
    cycles->reloadPrograms();
    auto* cycleTable = cycles->findChild<QTableWidget*>(QStringLiteral("cycleTable"));
    while (cycleTable->rowCount() == 0 || cycles->isBusy()) {
        QTest::qWait(20); // the cycles are read in the background
    }
    cycleTable->selectRow(0);
    const auto step = [&](const QString& job, const char* button) {
        const qsizetype before = steps.count();
        measures.append(measure(
            watch, job, [cycles, button] { click(cycles, button); },
            [&steps, before] { return steps.count() > before; }));
    };
    step(QStringLiteral("generate"), "generateButton");
    step(QStringLiteral("submit"), "submitCycleButton");
    if (!actAs(&window, kChecker.id) || !CycleDiff(*database).acknowledge(cycle->id, kChecker, &error)) {
        qFatal("findings: %s", qPrintable(error));
    }
    step(QStringLiteral("approve"), "approveCycleButton");
    if (const auto approved = CycleService(*database).find(cycle->id, &error);
        !approved || approved->state != CycleState::Approved) {
        qFatal("the cycle was not approved: %s",
               qPrintable(cycles->findChild<QLabel*>(QStringLiteral("cycleStatus"))->text()));
    }

    // The payments prepared from the Batches page.
    if (!actAs(&window, kMaker.id)) {
        qFatal("the maker cannot sign in again");
    }
    navigation->setCurrentRow(3);
    BatchesPage* batches = window.batchesPage();
    batches->reloadCycles();
    measures.append(measure(
        watch, QStringLiteral("prepare payments and freeze batch files"),
        [batches] { click(batches, "preparePaymentsButton"); }, [batches] { return !batches->isBusy(); }));

    // Every job did its work: each entitlement is a payment in a frozen batch.
    QSqlQuery done(database->connection());
    if (!done.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM entitlement), (SELECT COUNT(*) FROM payment)")) ||
        !done.next() || done.value(0).toLongLong() == 0 || done.value(0).toLongLong() != done.value(1).toLongLong()) {
        qFatal("the jobs did not all do their work: %s",
               qPrintable(batches->findChild<QLabel*>(QStringLiteral("batchStatus"))->text()));
    }
    done.finish();

    QTextStream out(stdout);
    out << QStringLiteral("The window's longest stall during each job, %1 beneficiaries (%2), target 50 ms\n")
               .arg(rows)
               .arg(Database::isPostgresUrl(location) ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("job"), -44)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("longest stall ms"), 17);
    for (const Measure& m : std::as_const(measures)) {
        out << QStringLiteral("%1 %2 %3\n").arg(m.job, -44).arg(m.seconds, 8, 'f', 2).arg(m.stallMs, 17);
    }
    return 0;
}
