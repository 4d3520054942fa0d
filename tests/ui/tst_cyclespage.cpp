#include "TestDatabases.h"
#include "TestKeyring.h"
#include "TestKeys.h"
#include "UiTestSupport.h"

#include "batches/BatchesPage.h"
#include "cycles/CycleFindingsDialog.h"
#include "cycles/CyclesPage.h"
#include "cycles/RegionTotalsChart.h"
#include "programs/ProgramsPage.h"
#include "reconciliation/CompletionsChart.h"
#include "reconciliation/FailureReasonsChart.h"
#include "reconciliation/PaidVsEntitledChart.h"
#include "reconciliation/PaymentsBrowser.h"
#include "reconciliation/PaymentStatusChart.h"
#include "reconciliation/ReconciliationPage.h"
#include "reconciliation/StatementFindingsDialog.h"
#include "review/FileReviewPage.h"
#include "settings/SecretKeeper.h"
#include "settings/SecretPrompt.h"
#include "window/MainWindow.h"

#include "HubSandbox.h"
#include "HubSimulator.h"

#include "approvals/ApprovalTierRepository.h"
#include "assurance/CycleDiff.h"
#include "batching/BatchRepository.h"
#include "batching/BatchState.h"
#include "batching/SigningKey.h"
#include "credentials/CredentialStore.h"
#include "hub/HubEndpoint.h"
#include "hub/OneShotHttp.h"
#include "models/EntitlementTableModel.h"
#include "models/PaymentTableModel.h"
#include "privacy/IdentifierMask.h"
#include "programs/CycleService.h"
#include "programs/Enrolment.h"
#include "programs/ProgramRepository.h"
#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryImporter.h"
#include "signoff/BatchSignOff.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Two officers run a cycle through the real widgets, offscreen: the maker creates a program and a
// cycle, generates and submits; the checker approves.
class TestCyclesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Settings in a folder of this test's own, so no run sees another's window layout.
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }
    // One cycle's journey through the window, step by step (each step needs the ones before it).
    void programThroughTheForm();
    void cycleCreatedGeneratedAndSubmitted();
    void checkerApprovesAfterTheFindings();
    void batchesPreparedAndMaskedForViewers();
    void exportedBundleReviewedOffline();
    void batchSignedOffAndCountersigned();
    void sentOnceThroughADroppedConnection();
    void reconciliationMakesTheCycleDistributed();
    void statementMatchedThreeWays();
    void chartsDrillDownToPayments();
    void offlineResultFilesChangeNothingFinal();
    void failedPaymentsPaidAgainUnderFourEyes();
    void evidencePackAndAuditLogHoldTheCycle();
    void g2pConnectProgramPaysWhomTheMapperResolves();
    void hubPasswordIsAskedOrKeptInTheKeychain();
    void keyPassphraseIsAskedUntilItOpens();

private:
    // What the journey's steps hand on to each other.
    struct CycleJourney
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<HubSandbox> hub;
        QString bundleBase; // the exported batch's files, without their extension
        bool haveKey = false;
        int payments = 0;
        int failed = 0;
    };

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    std::unique_ptr<CycleJourney> m_journey;
};

namespace {

void click(QWidget* window, const char* name)
{
    auto* button = window->findChild<QPushButton*>(QLatin1String(name));
    QVERIFY2(button, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

const QDate kToday(2026, 11, 27);
const Officer kMaker{QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true};
const Officer kChecker{QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true};

// A database at location holding a synthetic registry (written to registryFile from seed) and
// two officers, maker amina and checker kofi; nothing when a step failed.
std::unique_ptr<Database> registryWithOfficers(const QString& location, const QString& registryFile, quint32 seed,
                                               int rows)
{
    RegistryImportParams params;
    params.filePath = registryFile;
    params.databaseLocation = location;
    params.today = kToday;
    QFile file(params.filePath);
    QString error;
    if (!TestOfficers::signImport(params, kMaker, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    if (!file.open(QIODevice::WriteOnly) || !DemoRegistryGenerator(seed, 0.0).write(&file, rows, &error)) {
        return nullptr;
    }
    file.close();
    if (!RegistryImporter().run(params).succeeded) {
        return nullptr;
    }
    auto database = Database::open(location, &error);
    if (database) {
        TestOfficers::rejoin(*database);
    }
    if (!database || !TestOfficers::enrol(*database, kChecker, &error) ||
        !TestOfficers::enrol(
            *database, {QStringLiteral("vera"), QStringLiteral("Vera Observer"), OfficerRole::Viewer, true}, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return database;
}

} // namespace

void TestCyclesPage::programThroughTheForm()
{
    QString error;
    m_journey = std::make_unique<CycleJourney>();
    m_journey->database = registryWithOfficers(m_databases.freshLocation(QStringLiteral("sqlite")),
                                               m_dir.filePath(QStringLiteral("registry.csv")), 21, 3000);
    QVERIFY(m_journey->database);
    m_journey->window = std::make_unique<MainWindow>(*m_journey->database);
    m_journey->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_journey->window.get()));
    QVERIFY(actAs(m_journey->window.get(), QStringLiteral("amina")));

    // The program, through the form: first with cents the hub cannot pay, then whole amounts.
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(1);
    ProgramsPage* programs = m_journey->window->programsPage();
    programs->findChild<QLineEdit*>(QStringLiteral("programName"))->setText(QStringLiteral("Household grant"));
    programs->findChild<QComboBox*>(QStringLiteral("ruleKind"))->setCurrentIndex(0);
    programs->findChild<QLineEdit*>(QStringLiteral("fixedAmount"))->setText(QStringLiteral("30.50"));
    programs->findChild<QLineEdit*>(QStringLiteral("eligibleRegions"))->setText(QStringLiteral("Northern, Coastal"));
    programs->findChild<QLineEdit*>(QStringLiteral("payerAccount"))->setText(QStringLiteral("254700000001"));
    programs->findChild<QLineEdit*>(QStringLiteral("hubTenant"))->setText(QStringLiteral("greenbank"));
    auto* hubKind = programs->findChild<QComboBox*>(QStringLiteral("hubKind"));
    hubKind->setCurrentIndex(hubKind->findData(QStringLiteral("sandbox")));
    programs->findChild<QLineEdit*>(QStringLiteral("programBudget"))->setText(QStringLiteral("1000000"));
    click(programs, "saveProgramButton");
    auto* ruleError = programs->findChild<QLabel*>(QStringLiteral("ruleError"));
    QVERIFY(ruleError->isVisible());
    QVERIFY2(ruleError->text().contains(QStringLiteral("pays whole USD only")), qPrintable(ruleError->text()));
    QCOMPARE(programs->findChild<QListWidget*>(QStringLiteral("programList"))->count(), 0);
    programs->findChild<QLineEdit*>(QStringLiteral("fixedAmount"))->setText(QStringLiteral("30"));
    // Approval tiers that cannot be read keep the program from being saved, and say why.
    auto* tiers = programs->findChild<QLineEdit*>(QStringLiteral("approvalTiers"));
    tiers->setText(QStringLiteral("0:2, 500:1"));
    click(programs, "saveProgramButton");
    auto* releaseError = programs->findChild<QLabel*>(QStringLiteral("releaseError"));
    QVERIFY2(releaseError->isVisible() && releaseError->text().contains(QStringLiteral("asks fewer checkers")),
             qPrintable(releaseError->text()));
    QCOMPARE(programs->findChild<QListWidget*>(QStringLiteral("programList"))->count(), 0);
    // Two checkers from a million dollars: this cycle needs one. Pilot and sign-off off.
    tiers->setText(QStringLiteral("0:1, 1000000:2"));
    click(programs, "saveProgramButton");
    QVERIFY(!ruleError->isVisible());
    QVERIFY(!releaseError->isVisible());
    QCOMPARE(programs->findChild<QListWidget*>(QStringLiteral("programList"))->count(), 1);
    const auto savedTiers = ApprovalTierRepository(*m_journey->database).tiersOf(1, Currency::fromCode(u"USD"), &error);
    QVERIFY2(savedTiers && savedTiers->toText() == QStringLiteral("0.00:1, 1000000.00:2"),
             qPrintable(savedTiers ? savedTiers->toText() : error));
    auto* programStatus = programs->findChild<QLabel*>(QStringLiteral("programStatus"));
    click(programs, "enrolButton");
    QTRY_VERIFY_WITH_TIMEOUT(programStatus->text().contains(QStringLiteral("enrolled")), 30000);
    saveScreenshot(m_journey->window.get(), QStringLiteral("programs.png"));
}

void TestCyclesPage::cycleCreatedGeneratedAndSubmitted()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    // The cycle, by the maker.
    CyclesPage* cycles = m_journey->window->cyclesPage();
    QSignalSpy steps(cycles, &CyclesPage::stepFinished);
    QTRY_VERIFY(!cycles->isBusy());
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(2);
    QCOMPARE(cycles->findChild<QComboBox*>(QStringLiteral("cycleProgramCombo"))->count(), 1);
    cycles->findChild<QLineEdit*>(QStringLiteral("cycleName"))->setText(QStringLiteral("2027-01"));
    click(cycles, "createCycleButton");
    QVERIFY(steps.wait(60000)); // the cycles are read again in the background
    auto* cycleTable = cycles->findChild<QTableWidget*>(QStringLiteral("cycleTable"));
    QCOMPARE(cycleTable->rowCount(), 1);
    QCOMPARE(cycleTable->item(0, 2)->text(), QStringLiteral("draft"));
    QVERIFY(!cycles->findChild<QLabel*>(QStringLiteral("cyclesEmptyState"))->isVisible());
    click(cycles, "generateButton");
    QVERIFY(steps.wait(60000));
    auto* status = cycles->findChild<QLabel*>(QStringLiteral("cycleStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("entitlements created")), qPrintable(status->text()));
    click(cycles, "submitCycleButton");
    QVERIFY(steps.wait(60000));
    QCOMPARE(cycleTable->item(0, 2)->text(), cycleStateText(CycleState::ToApprove));
    QCOMPARE(cycleTable->item(0, 5)->text(), QStringLiteral("0 of 1")); // one checker needed, none yet
}

void TestCyclesPage::checkerApprovesAfterTheFindings()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    QString error;
    CyclesPage* cycles = m_journey->window->cyclesPage();
    QSignalSpy steps(cycles, &CyclesPage::stepFinished);
    auto* cycleTable = cycles->findChild<QTableWidget*>(QStringLiteral("cycleTable"));
    auto* status = cycles->findChild<QLabel*>(QStringLiteral("cycleStatus"));
    // The maker may not approve; the checker does, after looking at the findings.
    click(cycles, "approveCycleButton");
    QVERIFY(steps.wait(60000));
    QVERIFY2(status->text().contains(QStringLiteral("Refused: amina is a maker")), qPrintable(status->text()));
    QVERIFY(actAs(m_journey->window.get(), QStringLiteral("kofi")));
    QSignalSpy findingsShown(cycles, &CyclesPage::findingsShown);
    QVERIFY(cycles->showFindings());
    QVERIFY(findingsShown.wait(60000));
    auto* findings = m_journey->window->findChild<CycleFindingsDialog*>();
    QVERIFY(findings && findings->isVisible());
    const CycleDiffResult expected =
        CycleDiff(*m_journey->database).compare(CycleService(*m_journey->database).cyclesOf(1).first().id);
    QCOMPARE(qint64(findings->findingCount()), qMin<qint64>(expected.total(), qint64(expected.findings.size())));
    auto* acknowledgeButton = findings->findChild<QPushButton*>(QStringLiteral("acknowledgeFindingsButton"));
    QVERIFY(acknowledgeButton->isEnabled());
    settle();
    if (!qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR").isEmpty()) {
        findings->grab().save(qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR") + QStringLiteral("/findings.png"));
    }
    acknowledgeButton->click();
    QVERIFY(findingsShown.wait(60000));
    QVERIFY(!acknowledgeButton->isEnabled()); // acknowledged: this very set
    QVERIFY(CycleDiff(*m_journey->database)
                .isAcknowledged(CycleService(*m_journey->database).cyclesOf(1).first().id, expected.fingerprint,
                                QStringLiteral("kofi"), &error));
    findings->hide();
    click(cycles, "approveCycleButton");
    QVERIFY(steps.wait(60000));
    QCOMPARE(cycleTable->item(0, 2)->text(), QStringLiteral("approved"));
    QVERIFY(cycleTable->item(0, 4)->text().endsWith(QStringLiteral(" USD")));
    QCOMPARE(cycleTable->item(0, 5)->text(), QStringLiteral("kofi")); // who approved it

    EntitlementTableModel* entitlements = cycles->entitlements();
    QTRY_VERIFY(!entitlements->isLoading() && entitlements->rowCount() > 0);
    QCOMPARE(entitlements->index(0, EntitlementTableModel::StateColumn).data().toString(), QStringLiteral("approved"));
    QCOMPARE(entitlements->index(0, EntitlementTableModel::AmountColumn)
                 .data(EntitlementTableModel::RawValueRole)
                 .toLongLong(),
             3000);
    QCOMPARE(cycles->findChild<RegionTotalsChart*>()->barCount(), 2); // Northern and Coastal
    const auto cycle = CycleService(*m_journey->database).cyclesOf(1).first();
    QCOMPARE(cycle.submittedBy, QStringLiteral("amina"));
    QCOMPARE(cycle.approvedBy, QStringLiteral("kofi"));
    saveScreenshot(m_journey->window.get(), QStringLiteral("cycles.png"));
}

void TestCyclesPage::batchesPreparedAndMaskedForViewers()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    // Batches: the maker prepares the approved cycle's payments; a batch is shown, exported, reviewed.
    QVERIFY(actAs(m_journey->window.get(), QStringLiteral("amina")));
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(3);
    BatchesPage* batches = m_journey->window->batchesPage();
    QCOMPARE(batches->findChild<QComboBox*>(QStringLiteral("batchCycleCombo"))->count(), 1);
    QSignalSpy prepared(batches, &BatchesPage::prepared);
    click(batches, "preparePaymentsButton");
    QVERIFY(prepared.wait(60000));
    auto* batchStatus = batches->findChild<QLabel*>(QStringLiteral("batchStatus"));
    QVERIFY2(batchStatus->text().contains(QStringLiteral("ready batches")), qPrintable(batchStatus->text()));
    auto* batchTable = batches->findChild<QTableWidget*>(QStringLiteral("batchTable"));
    QVERIFY(batchTable->rowCount() >= 1);
    QCOMPARE(batchTable->item(0, 1)->text(), batchStateText(BatchState::Ready));
    batchTable->selectRow(0);
    auto* rows = batches->findChild<QTableWidget*>(QStringLiteral("batchRows"));
    QCOMPARE(rows->rowCount(), batchTable->item(0, 3)->text().toInt());
    QCOMPARE(rows->horizontalHeaderItem(1)->text(), QStringLiteral("Request ID"));
    QCOMPARE(rows->horizontalHeaderItem(1)->toolTip(), QStringLiteral("In the file: request_id"));
    // Named by program, cycle and number, not by the correlation id.
    QCOMPARE(batchTable->item(0, 0)->text(), QStringLiteral("Household grant, 2027-01, batch 1"));
    QVERIFY(batchTable->item(0, 0)->toolTip().contains(
        BatchRepository(*m_journey->database)
            .batchesOf(CycleService(*m_journey->database).cyclesOf(1).first().id)
            .first()
            .correlationId));
    saveScreenshot(m_journey->window.get(), QStringLiteral("batches.png"));
    // A viewer sees the payees' identifiers masked.
    const int payeeColumn = 6;
    QCOMPARE(rows->horizontalHeaderItem(payeeColumn)->text(), QStringLiteral("Payee"));
    const QString payee = rows->item(0, payeeColumn)->text();
    QVERIFY(actAs(m_journey->window.get(), QStringLiteral("vera")));
    batchTable->clearSelection();
    batchTable->selectRow(0);
    QCOMPARE(rows->item(0, payeeColumn)->text(), IdentifierMask::mask(payee));
    QVERIFY(actAs(m_journey->window.get(), QStringLiteral("amina")));
    batchTable->clearSelection();
    batchTable->selectRow(0);
    QCOMPARE(rows->item(0, payeeColumn)->text(), payee);

    const QString keys = QStringLiteral(PAYDESK_SHARED_REFERENCE_DIR "/phee-demo-key");
    m_journey->haveKey = QFile::exists(keys + QStringLiteral("/key.pem"));
    m_journey->bundleBase = batches->exportSelected(m_dir.filePath(QStringLiteral("bundle")),
                                                    m_journey->haveKey ? keys + QStringLiteral("/key.pem") : QString());
    QVERIFY2(!m_journey->bundleBase.isEmpty(), qPrintable(batchStatus->text()));
    QVERIFY(QFile::exists(m_journey->bundleBase + QStringLiteral(".manifest.json")));
}

void TestCyclesPage::exportedBundleReviewedOffline()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    // File review, offline: the exported bundle is clean, its signature checks against the certificate.
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(5);
    auto* review = m_journey->window->findChild<FileReviewPage*>();
    const bool haveKey = m_journey->haveKey;
    if (haveKey) {
        review->findChild<QLineEdit*>(QStringLiteral("reviewCertificate"))
            ->setText(QStringLiteral(PAYDESK_SHARED_REFERENCE_DIR "/phee-demo-key/cert.pem"));
    }
    review->openFile(m_journey->bundleBase + QStringLiteral(".csv"));
    const QString summary = review->findChild<QLabel*>(QStringLiteral("reviewSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Nothing the hub would refuse")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("the file is the one the manifest describes")), qPrintable(summary));
    if (haveKey) {
        QVERIFY2(summary.contains(QStringLiteral("the signature matches the certificate")), qPrintable(summary));
    }
    // The review, written out: CSV for the record, PDF to print.
    QVERIFY(review->exportTo(m_dir.filePath(QStringLiteral("review.csv"))));
    QFile reviewCsv(m_dir.filePath(QStringLiteral("review.csv")));
    QVERIFY(reviewCsv.open(QIODevice::ReadOnly));
    QVERIFY(reviewCsv.readAll().contains("file,,"));
    QVERIFY(review->exportTo(m_dir.filePath(QStringLiteral("review.pdf"))));
    QFile reviewPdf(m_dir.filePath(QStringLiteral("review.pdf")));
    QVERIFY(reviewPdf.open(QIODevice::ReadOnly));
    QVERIFY(reviewPdf.read(5) == "%PDF-");
    QVERIFY(reviewPdf.size() > 1000);
    settle();
    saveScreenshot(m_journey->window.get(), QStringLiteral("review.png"));

    // The same bundle with one amount changed: every check that fails is a problem, counted and listed.
    const QFileInfo bundle(m_journey->bundleBase + QStringLiteral(".csv"));
    const QString stem = bundle.completeBaseName();
    const QString tamperedStem = QStringLiteral("tampered-") + stem;
    for (const QFileInfo& part : bundle.dir().entryInfoList({stem + QStringLiteral("*")}, QDir::Files)) {
        QVERIFY(QFile::copy(part.filePath(), bundle.dir().filePath(tamperedStem + part.fileName().mid(stem.size()))));
    }
    QFile tampered(bundle.dir().filePath(tamperedStem + QStringLiteral(".csv")));
    QVERIFY(tampered.open(QIODevice::ReadOnly));
    QByteArray bytes = tampered.readAll();
    tampered.close();
    const qsizetype amount = bytes.indexOf(",30,");
    QVERIFY(amount > 0);
    bytes.replace(amount, 4, ",31,");
    QVERIFY(tampered.open(QIODevice::WriteOnly | QIODevice::Truncate) && tampered.write(bytes) == bytes.size());
    tampered.close();
    review->openFile(tampered.fileName());
    const QString verdict = review->findChild<QLabel*>(QStringLiteral("reviewSummary"))->text();
    QVERIFY2(verdict.contains(QStringLiteral("✗ Manifest")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("the file is not the one its manifest describes")), qPrintable(verdict));
    QVERIFY2(verdict.contains(haveKey ? QStringLiteral("2 problem") : QStringLiteral("1 problem")),
             qPrintable(verdict));
    auto* findings = review->findChild<QTableWidget*>(QStringLiteral("reviewFindings"));
    QVERIFY(findings && findings->rowCount() >= 1);
    QCOMPARE(findings->item(0, 1)->text(), haveKey ? QStringLiteral("Signature") : QStringLiteral("Manifest"));
    settle();
    saveScreenshot(m_journey->window.get(), QStringLiteral("review-tampered.png"));
}

void TestCyclesPage::batchSignedOffAndCountersigned()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    BatchesPage* batches = m_journey->window->batchesPage();
    auto* batchStatus = batches->findChild<QLabel*>(QStringLiteral("batchStatus"));
    auto* batchTable = batches->findChild<QTableWidget*>(QStringLiteral("batchTable"));
    // Personal sign-off of the first batch: amina signs it off, kofi countersigns, each with the key
    // they signed in with; kofi cannot sign it off as a maker, nor twice.
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(3);
    batchTable->selectRow(0);
    QVERIFY2(batches->signOffSelected(), qPrintable(batchStatus->text()));
    QVERIFY(actAs(m_journey->window.get(), QStringLiteral("kofi")));
    batchTable->selectRow(0);
    QVERIFY2(batches->signOffSelected(), qPrintable(batchStatus->text()));
    QVERIFY(!batches->signOffSelected());
    QVERIFY2(batchStatus->text().contains(QStringLiteral("already countersigned")), qPrintable(batchStatus->text()));
    QCOMPARE(batchTable->item(0, 6)->text(), QStringLiteral("signed off by amina; countersigned by kofi"));
    settle();
    saveScreenshot(m_journey->window.get(), QStringLiteral("signoff.png"));
    QVERIFY(actAs(m_journey->window.get(), QStringLiteral("amina")));
}

void TestCyclesPage::sentOnceThroughADroppedConnection()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    QString error;
    ProgramsPage* programs = m_journey->window->programsPage();
    BatchesPage* batches = m_journey->window->batchesPage();
    auto* batchStatus = batches->findChild<QLabel*>(QStringLiteral("batchStatus"));
    auto* batchTable = batches->findChild<QTableWidget*>(QStringLiteral("batchTable"));
    // Sending: the checker sends the ready batches to a sandbox hub running in this process, as
    // PayDesk's --sandbox mode does; each payment moves once.
    const QString keyPath = m_dir.filePath(QStringLiteral("greenbank-key.pem"));
    const QString certificatePath = m_dir.filePath(QStringLiteral("greenbank-cert.pem"));
    QVERIFY(makeTestKeyPair(keyPath, certificatePath));
    const auto tenant = HubTenant::fromSpec(QStringLiteral("greenbank,") + certificatePath, &error);
    QVERIFY(tenant);
    HubOptions hubOptions;
    hubOptions.tenants = {*tenant};
    hubOptions.timeScale = 1000;
    OutcomeRule failing; // payees whose number ends in 3 are refused by their FSP
    failing.payeePattern = QRegularExpression(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]*3")));
    hubOptions.rules = {failing};
    m_journey->hub = std::make_unique<HubSandbox>(hubOptions);
    HubSandbox& hub = *m_journey->hub;
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    // "Test connection" on the Programs page: both parts of the sandbox hub answer.
    m_journey->window->setSandboxHub(hub.bulkUrl(), hub.operationsUrl());
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(1);
    programs->findChild<QListWidget*>(QStringLiteral("programList"))->setCurrentRow(0);
    QSignalSpy tested(programs, &ProgramsPage::connectionTested);
    QVERIFY(programs->testConnection());
    QVERIFY(tested.wait(60000));
    auto* connectionResult = programs->findChild<QLabel*>(QStringLiteral("connectionResult"));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(connectionResult->text()));
    QVERIFY2(connectionResult->text().contains(QStringLiteral("answers for tenant greenbank")),
             qPrintable(connectionResult->text()));
    programs->findChild<QPushButton*>(QStringLiteral("testConnectionButton"))->setFocus(); // scrolls the form to it
    settle();
    saveScreenshot(m_journey->window.get(), QStringLiteral("connection.png"));
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(3);
    QVERIFY2(batches->sendSummary().contains(QStringLiteral("to send")), qPrintable(batches->sendSummary()));
    // The maker is still acting: sending money is refused, nothing is posted.
    QSignalSpy makerDone(batches, &BatchesPage::sendFinished);
    QVERIFY(batches->startSending(keyPath, {}));
    QVERIFY(makerDone.wait(30000));
    QVERIFY(!batches->lastOutcomes().isEmpty());
    for (const SendOutcome& outcome : batches->lastOutcomes()) {
        QVERIFY(!outcome.posted);
        QVERIFY2(outcome.message.contains(QStringLiteral("checker")), qPrintable(outcome.message));
    }
    QCOMPARE(hub.simulator().transferCount(), 0);
    QVERIFY(actAs(m_journey->window.get(), QStringLiteral("kofi")));
    // The hub takes the first batch but the connection drops before its answer: that batch is
    // uncertain, stands out, and nothing more leaves.
    HubFaults drop;
    drop.dropAfterAccept = 1;
    hub.simulator().setFaults(drop);
    QSignalSpy dropped(batches, &BatchesPage::sendFinished);
    QVERIFY(batches->startSending(keyPath, {}));
    QVERIFY(dropped.wait(60000));
    QVERIFY2(batchStatus->text().contains(QStringLiteral("1 uncertain")), qPrintable(batchStatus->text()));
    QCOMPARE(batchTable->item(0, 1)->text(), batchStateText(BatchState::Sending));
    QVERIFY(batchTable->item(0, 7)->text().startsWith(QStringLiteral("Uncertain")));
    QVERIFY(batchTable->item(0, 0)->background().color() != batchTable->item(1, 0)->background().color());
    QCOMPARE(batchTable->item(1, 1)->text(), batchStateText(BatchState::Ready));
    saveScreenshot(m_journey->window.get(), QStringLiteral("uncertain.png"));
    // Sending again resolves it first (found on the hub, not posted again), then sends the rest.
    QSignalSpy sent(batches, &BatchesPage::sendFinished);
    QVERIFY(batches->startSending(keyPath, {}));
    QVERIFY(sent.wait(60000));
    QVERIFY2(batchStatus->text().contains(QStringLiteral("0 uncertain, 0 refused")), qPrintable(batchStatus->text()));
    QVERIFY2(batches->lastOutcomes().first().message.contains(QStringLiteral("found on the hub")),
             qPrintable(batches->lastOutcomes().first().message));
    for (int row = 0; row < batchTable->rowCount(); ++row) {
        QCOMPARE(batchTable->item(row, 1)->text(), batchStateText(BatchState::Sent));
        QVERIFY(!batchTable->item(row, 7)->text().isEmpty()); // the hub's batch id
    }
    QSqlQuery query(m_journey->database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT request_id, payee_address FROM payment")));
    int payments = 0;
    int refused = 0;
    while (query.next()) {
        const QString requestId = query.value(0).toString();
        const bool failing = query.value(1).toString().endsWith(u'3'); // refused: never executed
        QTRY_COMPARE(hub.simulator().executions(requestId), failing ? 0 : 1);
        ++payments;
        refused += failing ? 1 : 0;
    }
    QCOMPARE(qint64(hub.simulator().ledger().size()), qint64(payments - refused));
    m_journey->payments = payments;
    saveScreenshot(m_journey->window.get(), QStringLiteral("sent.png"));
}

void TestCyclesPage::reconciliationMakesTheCycleDistributed()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    const int payments = m_journey->payments;
    QSqlQuery query(m_journey->database->connection());
    // Reconciliation: the hub's rows make payments paid or failed, the batches complete and the
    // cycle distributed; the page shows it.
    m_journey->window->setSandboxHub(m_journey->hub->bulkUrl(), m_journey->hub->operationsUrl());
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(4);
    ReconciliationPage* reconciliation = m_journey->window->reconciliationPage();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSignalSpy done(reconciliation, &ReconciliationPage::reconciled);
            return reconciliation->reconcileNow() && done.wait(30000) &&
                   CycleService(*m_journey->database).cyclesOf(1).first().state == CycleState::Distributed;
        }(),
        30000);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'failed'")) && query.next());
    const int failed = query.value(0).toInt();
    m_journey->failed = failed;
    query.finish();
    QVERIFY(failed > 0 && failed < payments);
    auto* totals = reconciliation->findChild<QTableWidget*>(QStringLiteral("reconcileTotals"));
    QTRY_COMPARE(totals->rowCount(), 3); // read in a worker
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM entitlement WHERE state = 'approved'")) && query.next());
    QCOMPARE(totals->item(0, 0)->text(), QStringLiteral("entitled (approved)"));
    QCOMPARE(totals->item(0, 2)->text().remove(u',').toInt(), query.value(0).toInt());
    query.finish();
    QCOMPARE(totals->item(1, 0)->text(), QStringLiteral("failed"));
    QCOMPARE(totals->item(1, 2)->text().remove(u',').toInt(), failed);
    QCOMPARE(totals->item(2, 0)->text(), QStringLiteral("paid"));
    QCOMPARE(totals->item(2, 2)->text().remove(u',').toInt(), payments - failed);
    QCOMPARE(reconciliation->findChild<PaymentStatusChart*>()->sliceCount(), 2);
    QCOMPARE(reconciliation->findChild<FailureReasonsChart*>()->barCount(), 1);
    QCOMPARE(reconciliation->findChild<PaidVsEntitledChart*>()->cycleCount(), 1);
    QVERIFY(reconciliation->findChild<CompletionsChart*>()->pointCount() >= 1);
    QVERIFY(query.exec(QStringLiteral(
                "SELECT COUNT(*) FROM payment_batch WHERE state NOT IN ('completed', 'completed_with_failures')")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();
    // Distributed, but not everyone was paid: the cycles page says so beside the state.
    QVERIFY(
        query.exec(QStringLiteral("SELECT COUNT(*) FROM entitlement e WHERE e.state = 'approved' AND NOT EXISTS "
                                  "(SELECT 1 FROM payment p WHERE p.entitlement_id = e.id AND p.state = 'paid')")) &&
        query.next());
    const int unpaid = query.value(0).toInt();
    query.finish();
    QVERIFY(unpaid >= failed);
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(2);
    CyclesPage* cycles = m_journey->window->cyclesPage();
    QSignalSpy listed(cycles, &CyclesPage::stepFinished);
    cycles->reloadPrograms();
    QVERIFY(listed.wait(30000));
    auto* cycleTable = cycles->findChild<QTableWidget*>(QStringLiteral("cycleTable"));
    QCOMPARE(cycleTable->item(0, 2)->text(), QStringLiteral("distributed, %1 unpaid").arg(QLocale().toString(unpaid)));
    QVERIFY(cycleTable->item(0, 2)->toolTip().contains(QStringLiteral("who and why")));
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(4);
}

void TestCyclesPage::statementMatchedThreeWays()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    const int payments = m_journey->payments;
    const int failed = m_journey->failed;
    ReconciliationPage* reconciliation = m_journey->window->reconciliationPage();
    QSqlQuery query(m_journey->database->connection());
    // Three-way: the payer account's statement debits every paid payment by its request id, and
    // one thing nobody sent: the page lists just that.
    {
        QByteArray statement = "date,amount,currency,reference,details\n";
        QVERIFY(query.exec(QStringLiteral("SELECT request_id, amount_minor_units FROM payment WHERE state = 'paid'")));
        while (query.next()) {
            statement += QStringLiteral("%1,-%2,USD,%3,G2P\n")
                             .arg(QDate::currentDate().toString(Qt::ISODate))
                             .arg(Money(query.value(1).toLongLong(), Currency::fromCode(u"USD")).toDecimalString(),
                                  query.value(0).toString())
                             .toUtf8();
        }
        query.finish();
        statement += QStringLiteral("%1,-75.00,USD,FEE-2027,who sent this\n")
                         .arg(QDate::currentDate().toString(Qt::ISODate))
                         .toUtf8();
        QFile file(m_dir.filePath(QStringLiteral("statement.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(statement);
        file.close();
        QSignalSpy matched(reconciliation, &ReconciliationPage::statementMatched);
        QVERIFY(reconciliation->matchStatement(file.fileName()));
        QVERIFY(matched.wait(30000));
        const StatementMatch match = reconciliation->lastStatementMatch();
        QVERIFY2(match.succeeded, qPrintable(match.error));
        QCOMPARE(match.debitedPayments, payments - failed);
        QCOMPARE(match.paidNotDebitedCount, 0);
        QCOMPARE(match.unmatched.size(), 1);
        auto* findings = m_journey->window->findChild<StatementFindingsDialog*>();
        QVERIFY(findings && findings->isVisible());
        QCOMPARE(findings->findingCount(), 1);
        settle();
        if (!qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR").isEmpty()) {
            findings->grab().save(qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR") + QStringLiteral("/statement.png"));
        }
        findings->hide();
    }
}

void TestCyclesPage::chartsDrillDownToPayments()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    const int payments = m_journey->payments;
    const int failed = m_journey->failed;
    ReconciliationPage* reconciliation = m_journey->window->reconciliationPage();
    // Drill-down: the donut's failed slice, then the reason's bar, list exactly those payments.
    PaymentTableModel* listed = reconciliation->payments()->model();
    QTRY_COMPARE(listed->rowCount(), payments);
    QSignalSpy listedAgain(reconciliation->payments(), &PaymentsBrowser::loaded);
    Q_EMIT reconciliation->findChild<PaymentStatusChart*>()->stateClicked(QStringLiteral("failed"));
    QVERIFY(listedAgain.wait(10000));
    QCOMPARE(listed->rowCount(), failed);
    QCOMPARE(listed->index(0, PaymentTableModel::StateColumn).data().toString(), QStringLiteral("failed"));
    // The hub's code in words, the code kept beside them.
    const QString shown = listed->index(0, PaymentTableModel::ReasonColumn).data().toString();
    QVERIFY2(shown.startsWith(QStringLiteral("the payee's bank or wallet refused it (code 5101 ")), qPrintable(shown));
    QSqlQuery stored(m_journey->database->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT failure_reason FROM payment WHERE state = 'failed' LIMIT 1")) &&
            stored.next());
    const QString reason = stored.value(0).toString();
    stored.finish();
    QVERIFY2(reason.startsWith(QStringLiteral("5101 ")), qPrintable(reason));
    Q_EMIT reconciliation->findChild<FailureReasonsChart*>()->reasonClicked(reason);
    QVERIFY(listedAgain.wait(10000));
    QCOMPARE(listed->rowCount(), failed);
    QCOMPARE(reconciliation->payments()->filter().reason, reason);
    saveScreenshot(m_journey->window.get(), QStringLiteral("reconciliation.png"));
    reconciliation->findChild<QTabWidget*>(QStringLiteral("reconcileCharts"))->setCurrentIndex(3);
    saveScreenshot(m_journey->window.get(), QStringLiteral("failure-reasons.png"));
    reconciliation->findChild<QTabWidget*>(QStringLiteral("reconcileCharts"))->setCurrentIndex(2);
    saveScreenshot(m_journey->window.get(), QStringLiteral("over-time.png"));
    reconciliation->findChild<QTabWidget*>(QStringLiteral("reconcileCharts"))->setCurrentIndex(1);
    saveScreenshot(m_journey->window.get(), QStringLiteral("paid-vs-entitled.png"));
    reconciliation->findChild<QTabWidget*>(QStringLiteral("reconcileCharts"))->setCurrentIndex(0);
}

void TestCyclesPage::offlineResultFilesChangeNothingFinal()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    ReconciliationPage* reconciliation = m_journey->window->reconciliationPage();
    QSqlQuery query(m_journey->database->connection());
    // Offline: the hub's detail export applied to a batch changes nothing that is final; a file
    // that is not the hub's, or no file, is refused with the reason, and nothing moves.
    QVERIFY(query.exec(QStringLiteral("SELECT id, hub_batch_id, state FROM payment_batch ORDER BY id LIMIT 1")) &&
            query.next());
    const qint64 firstBatch = query.value(0).toLongLong();
    const QString firstHubBatch = query.value(1).toString();
    const QString firstState = query.value(2).toString();
    query.finish();
    const QByteArray detail =
        OneShotHttp::exchange(QUrl(m_journey->hub->operationsUrl().toString() +
                                   QStringLiteral("/api/v1/batch/detail?pageSize=1000&batchId=") + firstHubBatch),
                              "GET", {{"Platform-TenantId", "greenbank"}}, {}, 5000)
            .body;
    QFile results(m_dir.filePath(QStringLiteral("results.json")));
    QVERIFY(results.open(QIODevice::WriteOnly) && results.write(detail) == detail.size());
    results.close();
    QFile garbage(m_dir.filePath(QStringLiteral("garbage.csv")));
    QVERIFY(garbage.open(QIODevice::WriteOnly) && garbage.write("not,the,hub\n") > 0);
    garbage.close();
    QSignalSpy applied(reconciliation, &ReconciliationPage::reconciled);
    QVERIFY(reconciliation->applyResults(firstBatch, results.fileName()));
    QVERIFY(applied.wait(30000));
    QVERIFY2(reconciliation->lastOutcomes().first().succeeded,
             qPrintable(reconciliation->lastOutcomes().first().message));
    QCOMPARE(reconciliation->lastOutcomes().first().changed, 0);
    QVERIFY(reconciliation->applyResults(firstBatch, garbage.fileName()));
    QVERIFY(applied.wait(30000));
    QVERIFY(!reconciliation->lastOutcomes().first().succeeded);
    QVERIFY2(reconciliation->statusText().contains(QStringLiteral("cannot be read")),
             qPrintable(reconciliation->statusText()));
    QVERIFY(reconciliation->applyResults(firstBatch, m_dir.filePath(QStringLiteral("no-such-file.json"))));
    QVERIFY(applied.wait(30000));
    QVERIFY2(reconciliation->statusText().contains(QStringLiteral("no-such-file.json")),
             qPrintable(reconciliation->statusText()));
    QVERIFY(!reconciliation->applyResults(999999, results.fileName())); // not a batch of this cycle
    QVERIFY(query.exec(QStringLiteral("SELECT state FROM payment_batch WHERE id = %1").arg(firstBatch)) &&
            query.next());
    QCOMPARE(query.value(0).toString(), firstState);
    query.finish();
}

void TestCyclesPage::failedPaymentsPaidAgainUnderFourEyes()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    const int failed = m_journey->failed;
    ReconciliationPage* reconciliation = m_journey->window->reconciliationPage();
    // Paying the failures again: the maker asks, the same maker cannot approve, the checker does,
    // and the cycle opens again for the new payments.
    QVERIFY(actAs(m_journey->window.get(), QStringLiteral("amina")));
    QTRY_VERIFY(reconciliation->findChild<QPushButton*>(QStringLiteral("reissueButton"))->isEnabled());
    QVERIFY(!reconciliation->findChild<QPushButton*>(QStringLiteral("approveReissueButton"))->isEnabled());
    QVERIFY(reconciliation->requestReissue());
    QVERIFY(!reconciliation->decideReissue(true, QString()));
    QVERIFY2(reconciliation->statusText().contains(QStringLiteral("checker")),
             qPrintable(reconciliation->statusText()));
    QVERIFY(actAs(m_journey->window.get(), QStringLiteral("kofi")));
    QTRY_VERIFY(reconciliation->findChild<QPushButton*>(QStringLiteral("approveReissueButton"))->isEnabled());
    QVERIFY2(
        reconciliation->findChild<QLabel*>(QStringLiteral("reissueState"))->text().contains(QString::number(failed)),
        qPrintable(reconciliation->findChild<QLabel*>(QStringLiteral("reissueState"))->text()));
    QVERIFY(reconciliation->decideReissue(true, QString()));
    QCOMPARE(CycleService(*m_journey->database).cyclesOf(1).first().state, CycleState::Approved);
    // The cycle's report, as the checker saves it.
    QSignalSpy saved(reconciliation, &ReconciliationPage::reportSaved);
    QVERIFY(reconciliation->saveReport(m_dir.filePath(QStringLiteral("cycle.pdf"))));
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().at(1).toString(), QString());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {m_dir.filePath(QStringLiteral("cycle.pdf")), QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString reportText = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(reportText.contains(QStringLiteral("Failed payments: %1").arg(failed)), qPrintable(reportText));
    QVERIFY2(reportText.simplified().contains(QStringLiteral("approved paying failed payments of cycle")),
             qPrintable(reportText));
}

void TestCyclesPage::evidencePackAndAuditLogHoldTheCycle()
{
    QVERIFY2(m_journey && m_journey->window, "the steps before this one did not run");
    BatchesPage* batches = m_journey->window->batchesPage();
    auto* batchStatus = batches->findChild<QLabel*>(QStringLiteral("batchStatus"));
    auto* review = m_journey->window->findChild<FileReviewPage*>();
    // The cycle's evidence pack, written from the Batches page and checked on the File review page.
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(3);
    QSignalSpy evidence(batches, &BatchesPage::evidenceWritten);
    const QString pack = m_dir.filePath(QStringLiteral("evidence"));
    QVERIFY(batches->startEvidencePack(pack));
    QVERIFY(evidence.wait(60000));
    QVERIFY2(evidence.first().at(0).toBool(), qPrintable(batchStatus->text()));
    QVERIFY(QFile::exists(pack + QStringLiteral("/report.pdf")));
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(5);
    QSignalSpy checked(review, &FileReviewPage::evidenceChecked);
    QVERIFY(review->openEvidencePack(pack));
    QVERIFY(checked.wait(60000));
    const QString verdict = review->findChild<QLabel*>(QStringLiteral("reviewSummary"))->text();
    QVERIFY2(checked.first().at(0).toBool(), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("The evidence pack holds.")), qPrintable(verdict));
    settle();
    saveScreenshot(m_journey->window.get(), QStringLiteral("evidence.png"));
    // The audit log holds every step of the cycle, chained.
    m_journey->window->findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(6);
    auto* auditTable = m_journey->window->findChild<QTableWidget*>(QStringLiteral("auditTable"));
    QTRY_VERIFY(auditTable->rowCount() > 10);
    // In sentences, by name: the checker's approval reads as what it was.
    QVERIFY(!auditTable->findItems(QStringLiteral("Kofi Mensah approved cycle"), Qt::MatchStartsWith).isEmpty());
    QVERIFY(auditTable->findItems(QStringLiteral("{"), Qt::MatchContains).isEmpty()); // no JSON shown
    QVERIFY(!m_journey->window->findChild<QLabel*>(QStringLiteral("auditEmptyState"))->isVisible());
    settle();
    saveScreenshot(m_journey->window.get(), QStringLiteral("audit.png"));
    m_journey.reset();
}

void TestCyclesPage::g2pConnectProgramPaysWhomTheMapperResolves()
{
    const QString registry = m_dir.filePath(QStringLiteral("g2p-registry.csv"));
    const auto database = registryWithOfficers(m_databases.freshLocation(QStringLiteral("sqlite")), registry, 33, 60);
    QVERIFY(database);
    // The sandbox's mapper knows all but every sixth beneficiary.
    HubOptions hubOptions;
    hubOptions.timeScale = 1000;
    QStringList unknown;
    {
        QFile file(registry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        for (int row = 0; !file.atEnd(); ++row) {
            const QString id = QString::fromUtf8(file.readLine()).section(u',', 0, 0);
            if (row % 6 == 5) {
                unknown.append(id);
            } else {
                hubOptions.mapper.insert(id, QStringLiteral("account:%1@rhino.dfsp1.bank_acc").arg(700000 + row));
            }
        }
    }
    QString error;
    HubSandbox hub(hubOptions);
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));

    MainWindow window(*database);
    window.setSandboxHub(hub.bulkUrl(), hub.operationsUrl());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(actAs(&window, QStringLiteral("amina")));

    // The program, through the form: G2P Connect, beneficiaries paid by registry id through the mapper.
    window.findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(1);
    ProgramsPage* programs = window.programsPage();
    programs->findChild<QLineEdit*>(QStringLiteral("programName"))->setText(QStringLiteral("Mapped grant"));
    programs->findChild<QComboBox*>(QStringLiteral("ruleKind"))->setCurrentIndex(0);
    programs->findChild<QLineEdit*>(QStringLiteral("fixedAmount"))->setText(QStringLiteral("12.50"));
    programs->findChild<QLineEdit*>(QStringLiteral("payerAccount"))->setText(QStringLiteral("254700000001"));
    auto* backend = programs->findChild<QComboBox*>(QStringLiteral("paymentBackend"));
    backend->setCurrentIndex(backend->findData(int(PaymentBackend::G2pConnect)));
    QVERIFY(!programs->findChild<QLineEdit*>(QStringLiteral("hubTenant"))->isEnabled()); // Payment Hub EE's only
    auto* payeeType = programs->findChild<QComboBox*>(QStringLiteral("payeeIdType"));
    payeeType->setCurrentIndex(payeeType->findData(int(PartyIdType::RegistryId)));
    programs->findChild<QLineEdit*>(QStringLiteral("programBudget"))->setText(QStringLiteral("1000000"));
    // Without a mapper to ask, the program is refused next to the payment fields.
    click(programs, "saveProgramButton");
    auto* accountsError = programs->findChild<QLabel*>(QStringLiteral("accountsError"));
    QVERIFY(accountsError->isVisible());
    QVERIFY2(accountsError->text().contains(QStringLiteral("mapper")), qPrintable(accountsError->text()));
    auto* hubKind = programs->findChild<QComboBox*>(QStringLiteral("hubKind"));
    hubKind->setCurrentIndex(hubKind->findData(QStringLiteral("sandbox")));
    QVERIFY(!programs->findChild<QLineEdit*>(QStringLiteral("mapperUrl"))->isEnabled()); // the sandbox's own
    programs->findChild<QLineEdit*>(QStringLiteral("g2pSenderId"))->setText(QStringLiteral("paydesk-ui"));
    click(programs, "saveProgramButton");
    QVERIFY2(!accountsError->isVisible(), qPrintable(accountsError->text()));
    QCOMPARE(programs->findChild<QListWidget*>(QStringLiteral("programList"))->count(), 1);
    settle(); // laid out, so the form scrolls to the right place
    programs->findChild<QScrollArea*>()->ensureWidgetVisible(
        programs->findChild<QLineEdit*>(QStringLiteral("g2pSenderId")));
    settle();
    saveScreenshot(&window, QStringLiteral("g2p-program.png"));

    // A cycle through the services (the form's way is tested above), approved.
    const auto program = ProgramRepository(*database).find(1, &error);
    QVERIFY(program);
    QCOMPARE(program->hubSettings.senderId, QStringLiteral("paydesk-ui"));
    TestOfficers::rejoin(*database); // the maker and checker act here beside the window
    Enrolment(*database).run(program->id, kToday, kMaker);
    CycleService cycles(*database);
    const auto cycle =
        cycles.create(program->id, QStringLiteral("2027-02"), QDate(2027, 2, 1), QDate(2027, 2, 28), kMaker, &error);
    QVERIFY(cycle);
    cycles.generate(cycle->id, kMaker);
    QVERIFY(cycles.submit(cycle->id, kMaker, &error));

    // Before approving, the checker's findings ask the mapper, and list whom it does not know as
    // beneficiaries who cannot be paid, by name.
    QVERIFY(actAs(&window, QStringLiteral("kofi")));
    window.findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(2);
    CyclesPage* cyclesPage = window.cyclesPage();
    QSignalSpy listed(cyclesPage, &CyclesPage::stepFinished);
    cyclesPage->reloadPrograms();
    QVERIFY(listed.wait(30000));
    QSignalSpy findingsShown(cyclesPage, &CyclesPage::findingsShown);
    QVERIFY(cyclesPage->showFindings());
    QVERIFY(findingsShown.wait(60000));
    auto* findingsTable = window.findChild<QTableWidget*>(QStringLiteral("cycleFindings"));
    QVERIFY(findingsTable);
    QStringList unpayableShown;
    for (int row = 0; row < findingsTable->rowCount(); ++row) {
        if (findingsTable->item(row, 0)->text() == CycleFinding::kindName(CycleFinding::Kind::Unpayable)) {
            unpayableShown.append(findingsTable->item(row, 1)->text());
            QVERIFY(!findingsTable->item(row, 2)->text().isEmpty()); // the name
            QVERIFY2(findingsTable->item(row, 3)->text().contains(QStringLiteral("succ.id.not_found")),
                     qPrintable(findingsTable->item(row, 3)->text()));
        }
    }
    QSqlQuery entitled(database->connection());
    QVERIFY(entitled.exec(QStringLiteral("SELECT b.registry_id FROM entitlement e JOIN beneficiary b ON b.id = "
                                         "e.beneficiary_id WHERE e.cycle_id = %1 ORDER BY b.registry_id")
                              .arg(cycle->id)));
    QStringList unknownEntitled;
    while (entitled.next()) {
        if (unknown.contains(entitled.value(0).toString())) {
            unknownEntitled.append(entitled.value(0).toString());
        }
    }
    entitled.finish();
    QVERIFY(!unknownEntitled.isEmpty());
    QCOMPARE(unpayableShown, unknownEntitled);
    settle();
    saveScreenshot(window.findChild<CycleFindingsDialog*>(), QStringLiteral("findings-unpayable.png"));
    window.findChild<CycleFindingsDialog*>()->hide();
    QVERIFY(CycleDiff(*database).acknowledge(cycle->id, kChecker, &error));
    QVERIFY(cycles.approve(cycle->id, kChecker, &error));
    QVERIFY(actAs(&window, QStringLiteral("amina")));

    // Preparing asks the mapper first; whom it does not know is listed with its reason, not paid.
    window.findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(3);
    BatchesPage* batches = window.batchesPage();
    batches->reloadCycles();
    QSignalSpy prepared(batches, &BatchesPage::prepared);
    click(batches, "preparePaymentsButton");
    QVERIFY(prepared.wait(60000));
    auto* batchStatus = batches->findChild<QLabel*>(QStringLiteral("batchStatus"));
    QVERIFY2(batchStatus->text().contains(QStringLiteral("unresolved")), qPrintable(batchStatus->text()));
    QSqlQuery query(database->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT COUNT(*) FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                                  "WHERE e.state = 'approved' AND b.registry_id IN ('%1')")
                       .arg(unknown.join(QStringLiteral("','")))) &&
        query.next());
    const int unresolved = query.value(0).toInt();
    query.finish();
    QVERIFY(unresolved > 0);
    QCOMPARE(batches->unresolvedShown(), unresolved);
    auto* unresolvedTable = batches->findChild<QTableWidget*>(QStringLiteral("unresolvedTable"));
    QVERIFY(unknown.contains(unresolvedTable->item(0, 0)->text()));
    QVERIFY2(unresolvedTable->item(0, 1)->text().contains(QStringLiteral("succ.id.not_found")),
             qPrintable(unresolvedTable->item(0, 1)->text()));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment WHERE payee_type = 'fa'")) && query.next());
    const int payments = query.value(0).toInt();
    query.finish();
    settle();
    saveScreenshot(&window, QStringLiteral("mapper-unresolved.png"));
    QVERIFY2(payments > 0, qPrintable(batchStatus->text()));
    // A G2P Connect batch's frozen rows are its disbursements.
    auto* g2pBatches = batches->findChild<QTableWidget*>(QStringLiteral("batchTable"));
    g2pBatches->selectRow(0);
    auto* g2pRows = batches->findChild<QTableWidget*>(QStringLiteral("batchRows"));
    QCOMPARE(g2pRows->rowCount(), g2pBatches->item(0, 3)->text().toInt());
    QCOMPARE(g2pRows->horizontalHeaderItem(1)->text(), QStringLiteral("Payee's financial address"));
    QCOMPARE(g2pBatches->item(0, 2)->text(), QStringLiteral("G2P Connect")); // not a Payment Hub EE mode
    QVERIFY(g2pRows->item(0, 1)->text().startsWith(QStringLiteral("account:")));

    // The checker sends without a key (G2P Connect requests are not signed), and reconciles.
    QVERIFY(actAs(&window, QStringLiteral("kofi")));
    QSignalSpy sent(batches, &BatchesPage::sendFinished);
    QVERIFY(batches->startSending(QString(), {}));
    QVERIFY(sent.wait(60000));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment_batch WHERE state <> 'sent'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();
    window.findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(4);
    ReconciliationPage* reconciliation = window.reconciliationPage();
    // Sent, not reconciled yet: each batch is money in the dark, with what to do.
    auto* dark = reconciliation->findChild<QTableWidget*>(QStringLiteral("moneyInTheDark"));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment_batch")) && query.next());
    const int batchCount = query.value(0).toInt();
    query.finish();
    QTRY_COMPARE_WITH_TIMEOUT(dark->rowCount(), batchCount, 30000);
    QVERIFY2(dark->item(0, 5)->text().contains(QStringLiteral("reconcile")), qPrintable(dark->item(0, 5)->text()));
    auto* charts = reconciliation->findChild<QTabWidget*>(QStringLiteral("reconcileCharts"));
    charts->setCurrentWidget(dark);
    QVERIFY2(charts->tabText(charts->indexOf(dark)).contains(QString::number(payments)),
             qPrintable(charts->tabText(charts->indexOf(dark))));
    settle(); // laid out, the rows grown to their wrapped text
    saveScreenshot(&window, QStringLiteral("in-the-dark.png"));
    charts->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSignalSpy done(reconciliation, &ReconciliationPage::reconciled);
            return reconciliation->reconcileNow() && done.wait(30000) &&
                   CycleService(*database).find(cycle->id, &error)->state == CycleState::Distributed;
        }(),
        30000);
    QTRY_COMPARE_WITH_TIMEOUT(dark->rowCount(), 0, 30000);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'paid'")) && query.next());
    QCOMPARE(query.value(0).toInt(), payments);
    QCOMPARE(qint64(hub.simulator().ledger().size()), qint64(payments));
}

namespace {

// Answers the SecretPrompt that opens next with secret (looking for it for up to five seconds);
// counts the prompts answered and whether they said no keychain can keep the secret.
void answerSecretPrompt(const QString& secret, int* answered, bool* noKeychainSaid, const QString& screenshot = {},
                        int tries = 100)
{
    QTimer::singleShot(50, [=] {
        auto* prompt = qobject_cast<SecretPrompt*>(QApplication::activeModalWidget());
        if (!prompt) {
            if (tries > 0) {
                answerSecretPrompt(secret, answered, noKeychainSaid, screenshot, tries - 1);
            }
            return;
        }
        ++*answered;
        auto* note = prompt->findChild<QLabel*>(QStringLiteral("secretKeychainNote"));
        *noKeychainSaid = note && !prompt->findChild<QCheckBox*>(QStringLiteral("keepInKeychain"))->isEnabled();
        prompt->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->setText(secret);
        if (!screenshot.isEmpty()) {
            saveScreenshot(prompt, screenshot);
        }
        prompt->accept();
    });
}

} // namespace

// A hub whose operations app needs an OAuth user: without a keychain the officer is asked once a
// session and told that nothing is kept; with one (a real gnome-keyring), the password typed in
// the program form goes there, never into the database, and nobody is asked.
void TestCyclesPage::hubPasswordIsAskedOrKeptInTheKeychain()
{
    QString error;
    const QString location = m_databases.freshLocation(QStringLiteral("sqlite"));
    const auto database = registryWithOfficers(location, m_dir.filePath(QStringLiteral("secrets.csv")), 4, 50);
    QVERIFY(database);
    const auto tenant = HubTenant::fromSpec(QStringLiteral("greenbank"), &error);
    QVERIFY(tenant);
    HubOptions hubOptions;
    hubOptions.tenants = {*tenant};
    hubOptions.authEnabled = true;
    HubSandbox hub(hubOptions);
    QVERIFY(hub.start(QHostAddress::LocalHost, 0, 0, &error));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath(QStringLiteral("no-bus")).toUtf8());
    int answered = 0;
    bool noKeychainSaid = false;
    {
        MainWindow window(*database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(actAs(&window, QStringLiteral("amina")));
        window.findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(1);
        ProgramsPage* programs = window.programsPage();
        programs->findChild<QLineEdit*>(QStringLiteral("programName"))->setText(QStringLiteral("Secured hub"));
        programs->findChild<QLineEdit*>(QStringLiteral("fixedAmount"))->setText(QStringLiteral("10"));
        programs->findChild<QLineEdit*>(QStringLiteral("payerAccount"))->setText(QStringLiteral("254700000001"));
        programs->findChild<QLineEdit*>(QStringLiteral("hubTenant"))->setText(QStringLiteral("greenbank"));
        programs->findChild<QLineEdit*>(QStringLiteral("hubBulkUrl"))->setText(hub.bulkUrl().toString());
        programs->findChild<QLineEdit*>(QStringLiteral("hubOpsUrl"))->setText(hub.operationsUrl().toString());
        programs->findChild<QLineEdit*>(QStringLiteral("hubOpsUser"))->setText(QStringLiteral("mifos"));
        programs->findChild<QLineEdit*>(QStringLiteral("programBudget"))->setText(QStringLiteral("1000"));
        click(programs, "saveProgramButton");
        QCOMPARE(programs->findChild<QListWidget*>(QStringLiteral("programList"))->count(), 1);
        // Plain http to another computer stays refused unless the officer allows it; the choice is kept.
        auto* plainHttp = programs->findChild<QCheckBox*>(QStringLiteral("hubAllowPlainHttp"));
        QVERIFY(plainHttp && !plainHttp->isChecked());
        QVERIFY(!ProgramRepository(*database).all().first().hubSettings.allowPlainHttp);
        plainHttp->setChecked(true);
        click(programs, "saveProgramButton");
        QVERIFY(ProgramRepository(*database).all().first().hubSettings.allowPlainHttp);
        QVERIFY(
            HubEndpoint::fromProgramSettings(ProgramRepository(*database).all().first().hubSettings).allowPlainHttp);
        plainHttp->setChecked(false);
        click(programs, "saveProgramButton");
        QVERIFY(!ProgramRepository(*database).all().first().hubSettings.allowPlainHttp);
        QSignalSpy tested(programs, &ProgramsPage::connectionTested);
        auto* result = programs->findChild<QLabel*>(QStringLiteral("connectionResult"));
        // A wrong password: refused by the operations app, forgotten, asked for again.
        answerSecretPrompt(QStringLiteral("wrong"), &answered, &noKeychainSaid, QStringLiteral("secret-prompt.png"));
        QVERIFY(programs->testConnection());
        QCOMPARE(answered, 1);
        QVERIFY(noKeychainSaid);
        QVERIFY(tested.wait(60000));
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY2(result->text().contains(QStringLiteral("refused the officer's credentials")) &&
                     result->text().contains(QStringLiteral("forgotten")),
                 qPrintable(result->text()));
        answerSecretPrompt(QStringLiteral("password"), &answered, &noKeychainSaid);
        QVERIFY(programs->testConnection());
        QCOMPARE(answered, 2);
        QVERIFY(tested.wait(60000));
        QVERIFY2(tested.last().at(0).toBool() &&
                     result->text().contains(QStringLiteral("answers for tenant greenbank")),
                 qPrintable(result->text()));
        // Asked once a session.
        QVERIFY(programs->testConnection());
        QVERIFY(tested.wait(60000));
        QVERIFY2(tested.last().at(0).toBool(), qPrintable(result->text()));
        QCOMPARE(answered, 2);
    }

    PAYDESK_TEST_KEYRING(keyring)
    MainWindow window(*database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(actAs(&window, QStringLiteral("amina")));
    window.findChild<QListWidget*>(QStringLiteral("navigationList"))->setCurrentRow(1);
    ProgramsPage* programs = window.programsPage();
    programs->findChild<QListWidget*>(QStringLiteral("programList"))->setCurrentRow(0);
    programs->findChild<QLineEdit*>(QStringLiteral("hubOpsPassword"))->setText(QStringLiteral("password"));
    click(programs, "saveProgramButton");
    auto* status = programs->findChild<QLabel*>(QStringLiteral("programStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("system keychain")), qPrintable(status->text()));
    QVERIFY(programs->findChild<QLineEdit*>(QStringLiteral("hubOpsPassword"))->text().isEmpty());
    const QString key = CredentialStore::operationsPasswordKey(hub.operationsUrl().toString(), QStringLiteral("mifos"));
    QCOMPARE(keyring->lookUp(QStringLiteral("PayDesk"), key), QStringLiteral("password"));
    QSqlQuery settings(database->connection());
    QVERIFY(settings.exec(QStringLiteral("SELECT backend_settings FROM program")) && settings.next());
    QVERIFY2(!settings.value(0).toString().contains(QStringLiteral("password")),
             qPrintable(settings.value(0).toString()));
    // A new session finds it in the keychain: nobody is asked.
    MainWindow again(*database);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(actAs(&again, QStringLiteral("amina")));
    ProgramsPage* programsAgain = again.programsPage();
    programsAgain->findChild<QListWidget*>(QStringLiteral("programList"))->setCurrentRow(0);
    QSignalSpy tested(programsAgain, &ProgramsPage::connectionTested);
    const int answeredBefore = answered;
    QVERIFY(programsAgain->testConnection());
    QVERIFY(tested.wait(60000));
    QVERIFY2(tested.last().at(0).toBool(),
             qPrintable(programsAgain->findChild<QLabel*>(QStringLiteral("connectionResult"))->text()));
    QCOMPARE(answered, answeredBefore);
}

// A private key with a passphrase (made by openssl): asked for, asked again with the reason when
// wrong, and a wrong one never kept; with a keychain, the one that opened it is found next time.
void TestCyclesPage::keyPassphraseIsAskedUntilItOpens()
{
    const QString keyPath = m_dir.filePath(QStringLiteral("locked.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"),
                   QStringLiteral("-aes-256-cbc"), QStringLiteral("-pass"), QStringLiteral("pass:open sesame"),
                   QStringLiteral("-out"), keyPath});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
    QString error;
    PAYDESK_TEST_KEYRING(keyring)
    int answered = 0;
    bool noKeychainSaid = false;
    {
        SecretKeeper secrets;
        // Cancelled: no key, and why.
        QTimer::singleShot(100, [] {
            if (auto* prompt = qobject_cast<SecretPrompt*>(QApplication::activeModalWidget())) {
                prompt->reject();
            }
        });
        QVERIFY(!secrets.openKey(nullptr, keyPath, &error));
        QVERIFY2(error.contains(QStringLiteral("passphrase was not given")), qPrintable(error));
        // Wrong, then right: the second prompt says why it asks again.
        answerSecretPrompt(QStringLiteral("wrong"), &answered, &noKeychainSaid);
        QTimer::singleShot(400, [&answered] {
            auto* prompt = qobject_cast<SecretPrompt*>(QApplication::activeModalWidget());
            if (prompt && prompt->findChild<QLabel*>(QStringLiteral("secretProblem"))) {
                ++answered;
                prompt->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->setText(QStringLiteral("open sesame"));
                prompt->accept();
            }
        });
        const auto key = secrets.openKey(nullptr, keyPath, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->kind(), SigningKey::Kind::Ed25519);
        QCOMPARE(answered, 2);
        QVERIFY(!noKeychainSaid);
    }
    QCOMPARE(keyring->lookUp(QStringLiteral("PayDesk"), CredentialStore::passphraseKey(keyPath)),
             QStringLiteral("open sesame"));
    SecretKeeper nextSession;
    QVERIFY2(nextSession.openKey(nullptr, keyPath, &error), qPrintable(error));
    QCOMPARE(answered, 2);
}

QTEST_MAIN(TestCyclesPage)
#include "tst_cyclespage.moc"
