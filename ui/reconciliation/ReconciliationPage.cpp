#include "ReconciliationPage.h"

#include "CompletionsChart.h"
#include "CycleReportPdf.h"
#include "FailureReasonsChart.h"
#include "i18n/DisplayFormat.h"
#include "officers/OfficerSession.h"
#include "PaidVsEntitledChart.h"
#include "PaymentsBrowser.h"
#include "PaymentStatusChart.h"
#include "ReissuePanel.h"
#include "StatementFindingsDialog.h"
#include "widgets/BackgroundJobs.h"
#include "widgets/PaidCycleCombo.h"

#include "batching/BatchRepository.h"
#include "disbursement/DisbursementChannel.h"
#include "disbursement/PaymentReissue.h"
#include "models/PaymentTableModel.h"
#include "privacy/IdentifierMask.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "reconciliation/CycleReport.h"
#include "reconciliation/DisbursementTotals.h"
#include "reconciliation/PaymentReconciler.h"
#include "reconciliation/ProgramCycleFigures.h"
#include "statements/BankStatementFile.h"
#include "statements/Mt940Parser.h"
#include "statements/StatementMatcher.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <numeric>
#include <utility>

namespace {

constexpr int kRefreshMs = 30000;

QString stateTitle(const QString& state)
{
    if (state == u"paid") {
        return ReconciliationPage::tr("paid");
    }
    if (state == u"failed") {
        return ReconciliationPage::tr("failed");
    }
    if (state == u"sent") {
        return ReconciliationPage::tr("in flight");
    }
    return ReconciliationPage::tr("not sent yet");
}

// What the worker reads for the page: the cycle's totals, its program's cycles, and where paying
// its failed payments again stands.
struct PageFigures
{
    DisbursementTotals totals;
    ProgramCycleFigures figures;
    qsizetype reissuable = 0;
    QList<ReissueRequest> requests;
    QList<qint64> batchIds; // for the payments table's batch filter
    QList<AgeingBoard::Batch> dark;
};

} // namespace

ReconciliationPage::ReconciliationPage(OfficerSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_cycle(new PaidCycleCombo(this)), m_status(new QLabel(this)),
      m_totals(new QTableWidget(0, 4, this)), m_figures(new QSplitter(Qt::Horizontal, this)),
      m_charts(new QTabWidget(this)), m_stateChart(new PaymentStatusChart(this)),
      m_paidChart(new PaidVsEntitledChart(this)), m_completionsChart(new CompletionsChart(this)),
      m_reasonsChart(new FailureReasonsChart(this)), m_dark(new QTableWidget(0, 6, this)),
      m_payments(new PaymentsBrowser(session.database(), this)), m_reissue(new ReissuePanel(session, this)),
      m_autoRefresh(new QCheckBox(tr("Reconcile every 30 s"), this)), m_timer(new QTimer(this)),
      m_reconcileJobs(new BackgroundJobs(this)), m_totalsJobs(new BackgroundJobs(this)),
      m_reportJobs(new BackgroundJobs(this)), m_statementJobs(new BackgroundJobs(this))
{
    m_cycle->setObjectName(QStringLiteral("reconcileCycleCombo"));
    auto* reconcileButton = new QPushButton(tr("&Reconcile now"), this);
    reconcileButton->setObjectName(QStringLiteral("reconcileNowButton"));
    auto* resultsButton = new QPushButton(tr("Apply a result &file…"), this);
    resultsButton->setObjectName(QStringLiteral("applyResultsButton"));
    resultsButton->setToolTip(tr("Offline: the hub's batch detail export or result CSV, for one sent batch"));
    auto* reportButton = new QPushButton(tr("Save &report…"), this);
    reportButton->setObjectName(QStringLiteral("saveReportButton"));
    auto* statementButton = new QPushButton(tr("Match a bank &statement…"), this);
    statementButton->setObjectName(QStringLiteral("matchStatementButton"));
    statementButton->setToolTip(
        tr("The payer account's statement (MT940 or CSV): what the hub paid against what the bank debited"));
    m_autoRefresh->setObjectName(QStringLiteral("reconcileAutoRefresh"));
    m_status->setObjectName(QStringLiteral("reconcileStatus"));
    m_status->setWordWrap(true);
    setUpFigures();
    m_timer->setInterval(kRefreshMs);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Cycle:"), this));
    toolbar->addWidget(m_cycle, 1);
    toolbar->addWidget(reconcileButton);
    toolbar->addWidget(m_autoRefresh);
    // The actions on the cycle's results, on their own row so long translations fit.
    auto* actions = new QHBoxLayout;
    actions->addWidget(resultsButton);
    actions->addWidget(reportButton);
    actions->addWidget(statementButton);
    actions->addStretch(1);
    m_figures->addWidget(m_totals);
    m_figures->addWidget(m_charts);
    m_figures->setStretchFactor(1, 2);
    m_figures->setSizes({400, 800});
    auto* body = new QSplitter(Qt::Vertical, this);
    body->addWidget(m_figures);
    body->addWidget(m_payments);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(m_reissue);
    layout->addWidget(body, 1);

    connect(m_cycle, &QComboBox::currentIndexChanged, this, &ReconciliationPage::showTotals);
    connect(reconcileButton, &QPushButton::clicked, this, &ReconciliationPage::reconcileNow);
    connect(reportButton, &QPushButton::clicked, this, &ReconciliationPage::askForReport);
    connect(statementButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("The payer account's bank statement"), QString(),
                                         tr("Bank statements (*.sta *.mt940 *.txt *.csv);;All files (*)"));
        if (!path.isEmpty()) {
            matchStatement(path);
        }
    });
    connect(resultsButton, &QPushButton::clicked, this, &ReconciliationPage::askForResults);
    connect(m_reissue, &ReissuePanel::statusChanged, m_status, &QLabel::setText);
    connect(m_reissue, &ReissuePanel::requested, this, &ReconciliationPage::showTotals);
    connect(m_reissue, &ReissuePanel::decided, this, &ReconciliationPage::reloadCycles);
    connect(m_autoRefresh, &QCheckBox::toggled, this, [this](bool on) { on ? m_timer->start() : m_timer->stop(); });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_reconcileJobs->busy()) {
            reconcileNow();
        }
    });
    connectDrillDown();
    connect(&m_session, &OfficerSession::officerChanged, this,
            [this] { m_payments->model()->setMasked(IdentifierMask::appliesTo(m_session.officer())); });
    reloadCycles();
}

// The totals, the charts and the money in the dark, side by side.
void ReconciliationPage::setUpFigures()
{
    m_totals->setObjectName(QStringLiteral("reconcileTotals"));
    m_totals->setAccessibleName(tr("Totals by state and currency"));
    m_totals->setHorizontalHeaderLabels({tr("State"), tr("Currency"), tr("Payments"), tr("Amount")});
    m_totals->verticalHeader()->setVisible(false);
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->horizontalHeader()->setStretchLastSection(true);
    m_charts->setObjectName(QStringLiteral("reconcileCharts"));
    m_charts->setAccessibleName(tr("Charts"));
    m_charts->addTab(m_stateChart, tr("States"));
    m_charts->addTab(m_paidChart, tr("Paid vs entitled"));
    m_charts->addTab(m_completionsChart, tr("Over time"));
    m_charts->addTab(m_reasonsChart, tr("Failure reasons"));
    m_dark->setObjectName(QStringLiteral("moneyInTheDark"));
    m_dark->setHorizontalHeaderLabels(
        {tr("Waiting"), tr("Batch"), tr("Payments"), tr("Amount"), tr("Since"), tr("What to do")});
    m_dark->verticalHeader()->setVisible(false);
    m_dark->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dark->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_dark->setWordWrap(true);
    // The rows grow to fit what to do once its column has a width: when the tab is shown or resized.
    connect(m_dark->horizontalHeader(), &QHeaderView::sectionResized, m_dark,
            [this] { m_dark->resizeRowsToContents(); });
    connect(m_charts, &QTabWidget::currentChanged, m_dark,
            [this] { QTimer::singleShot(0, m_dark, [this] { m_dark->resizeRowsToContents(); }); });
    m_charts->addTab(m_dark, tr("In the dark"));
}

// Drill-down: a chart's part shows its payments.
void ReconciliationPage::connectDrillDown()
{
    connect(m_stateChart, &PaymentStatusChart::stateClicked, this, [this](const QString& state) {
        PaymentFilter filter;
        filter.state = state;
        m_payments->setFilter(filter);
    });
    connect(m_reasonsChart, &FailureReasonsChart::reasonClicked, this, [this](const QString& reason) {
        PaymentFilter filter;
        filter.state = QStringLiteral("failed");
        filter.reason = reason;
        m_payments->setFilter(filter);
    });
    connect(m_paidChart, &PaidVsEntitledChart::cycleClicked, this,
            [this](qint64 cycleId) { m_cycle->setCurrentIndex(m_cycle->findData(cycleId)); });
}

void ReconciliationPage::reloadCycles()
{
    m_cycle->reload(m_session.database());
    showTotals();
}

QString ReconciliationPage::statusText() const
{
    return m_status->text();
}

void ReconciliationPage::showTotals()
{
    if (m_totalsJobs->busy()) {
        m_totalsAgain = true;
        return;
    }
    const auto openDatabase = m_session.connectionForWorker();
    const qint64 cycleId = m_cycle->cycleId();
    QString error;
    const auto cycle = cycleId > 0 ? CycleService(m_session.database()).find(cycleId, &error) : std::nullopt;
    if (!error.isEmpty()) {
        m_status->setText(error);
    }
    const qint64 programId = cycle ? cycle->programId : 0;
    m_totalsJobs->run<PageFigures>(
        [openDatabase, cycleId, programId](const JobControl&) {
            PageFigures read;
            QString error;
            if (const auto database = openDatabase(&error)) {
                read.totals = DisbursementTotals::of(*database, cycleId);
                read.figures = ProgramCycleFigures::of(*database, programId);
                PaymentReissue reissues(*database);
                read.reissuable = reissues.reissuable(cycleId, &error).size();
                read.requests = reissues.requestsOf(cycleId);
                for (const PaymentBatch& batch : BatchRepository(*database).batchesOf(cycleId)) {
                    read.batchIds.append(batch.id);
                }
                read.dark = AgeingBoard::read(*database, QDateTime::currentDateTimeUtc(), cycleId, &error);
            }
            return read;
        },
        [this, cycleId](const PageFigures& read) {
            if (cycleId == m_cycle->cycleId()) {
                m_reissue->showCycle(cycleId, read.reissuable, read.requests);
                fill(read.totals, read.figures, read.batchIds);
                fillDark(read.dark);
            }
            if (std::exchange(m_totalsAgain, false)) {
                showTotals();
            } else {
                Q_EMIT totalsShown();
            }
        });
    m_reissue->setReading();
}

void ReconciliationPage::fillDark(const QList<AgeingBoard::Batch>& batches)
{
    const QLocale locale;
    m_dark->setRowCount(int(batches.size()));
    for (int row = 0; row < batches.size(); ++row) {
        const AgeingBoard::Batch& batch = batches.at(row);
        const QStringList cells = {AgeingBoard::bandName(batch.band),
                                   batch.uncertain ? tr("%1 (uncertain)").arg(batch.batchId)
                                                   : QString::number(batch.batchId),
                                   locale.toString(batch.payments),
                                   DisplayFormat::money(batch.amount),
                                   DisplayFormat::dateTime(batch.since),
                                   batch.action};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 1 && !batch.hubBatchId.isEmpty()) {
                item->setToolTip(tr("The hub's batch %1").arg(batch.hubBatchId));
            }
            m_dark->setItem(row, column, item);
        }
    }
    m_dark->resizeColumnsToContents(); // but what to do, which takes the rest, wrapped
    m_dark->resizeRowsToContents();
    const QList<qint64> perBand = AgeingBoard::paymentsPerBand(batches);
    const qint64 waiting = std::accumulate(perBand.cbegin(), perBand.cend(), qint64(0));
    m_charts->setTabText(m_charts->indexOf(m_dark),
                         waiting > 0 ? tr("In the dark (%1)").arg(locale.toString(waiting)) : tr("In the dark"));
}

void ReconciliationPage::fill(const DisbursementTotals& totals, const ProgramCycleFigures& figures,
                              const QList<qint64>& batchIds)
{
    const QLocale locale;
    // What was entitled first, then where the payments stand.
    QList<QStringList> lines;
    for (const ProgramCycleFigures::Cycle& cycle : figures.cycles) {
        if (cycle.cycleId == m_cycle->cycleId()) {
            lines.append({tr("entitled (approved)"), cycle.entitled.currency().code(),
                          locale.toString(cycle.entitlements), DisplayFormat::amount(cycle.entitled)});
        }
    }
    for (const DisbursementTotals::Row& line : totals.rows) {
        lines.append({stateTitle(line.state), line.currency.code(), locale.toString(line.payments),
                      DisplayFormat::amount(line.amount)});
    }
    m_totals->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const QStringList& cells = lines.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column >= 2) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_totals->setItem(row, column, item);
        }
    }
    // The totals keep all their digits: the charts beside them give way.
    m_totals->horizontalHeader()->setStretchLastSection(false);
    m_totals->resizeColumnsToContents();
    const int needed = m_totals->horizontalHeader()->length() + 2 * m_totals->frameWidth() +
                       m_totals->verticalScrollBar()->sizeHint().width();
    m_totals->horizontalHeader()->setStretchLastSection(true);
    if (const QList<int> sizes = m_figures->sizes();
        sizes.size() == 2 && sizes.first() < needed && sizes.last() > needed) {
        m_figures->setSizes({needed, sizes.first() + sizes.last() - needed});
    }
    QList<PaymentStatusChart::Slice> slices;
    for (const QString& state :
         {QStringLiteral("paid"), QStringLiteral("failed"), QStringLiteral("sent"), QStringLiteral("issued")}) {
        slices.append({state, stateTitle(state), totals.payments(state)});
    }
    m_stateChart->setCounts(slices);
    m_paidChart->setFigures(figures);
    m_completionsChart->setCompletions(totals.completions);
    m_reasonsChart->setReasons(totals.failureReasons);
    QStringList reasons;
    for (const DisbursementTotals::Reason& reason : totals.failureReasons) {
        reasons.append(reason.reason);
    }
    m_payments->showCycle(m_cycle->cycleId(), batchIds, reasons);
}

bool ReconciliationPage::requestReissue()
{
    return m_reissue->request();
}

bool ReconciliationPage::decideReissue(bool approve, const QString& note)
{
    return m_reissue->decide(approve, note);
}

void ReconciliationPage::askForReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the cycle's report"), QString(),
                                                      tr("PDF report (*.pdf);;Every payment, CSV (*.csv)"));
    if (!path.isEmpty()) {
        saveReport(path);
    }
}

bool ReconciliationPage::saveReport(const QString& path)
{
    const auto& officer = m_session.officer();
    const qint64 cycleId = m_cycle->cycleId();
    if (!officer || cycleId == 0 || m_reportJobs->busy()) {
        m_status->setText(tr("Choose a cycle and who is acting first."));
        return false;
    }
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const auto openDatabase = m_session.connectionForWorker();
    const QString officerId = officer->id;
    struct Written
    {
        std::optional<CycleReport> report; // for a PDF, drawn on the GUI thread
        QString error;
    };
    m_status->setText(tr("Writing the report…"));
    m_reportJobs->run<Written>(
        [openDatabase, cycleId, officerId, path, csv](const JobControl&) {
            Written written;
            const auto database = openDatabase(&written.error);
            if (!database) {
                return written;
            }
            if (!csv) {
                written.report = CycleReport::of(*database, cycleId, officerId, &written.error);
                return written;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                written.error = tr("cannot write %1: %2").arg(path, file.errorString());
            } else if (CycleReport::writePaymentsCsv(*database, cycleId, &file, &written.error) && !file.commit()) {
                written.error = tr("cannot write %1: %2").arg(path, file.errorString());
            }
            return written;
        },
        [this, path](const Written& written) {
            QString error = written.error;
            if (error.isEmpty() && written.report) {
                CycleReportPdf::write(*written.report, path, &error); // drawing needs the GUI thread's fonts
            }
            m_status->setText(error.isEmpty() ? tr("Report saved to %1.").arg(path)
                                              : tr("Cannot save the report: %1").arg(error));
            Q_EMIT reportSaved(path, error);
        });
    return true;
}

void ReconciliationPage::askForResults()
{
    QStringList batches;
    QList<qint64> batchIds; // in the order of the names
    for (const PaymentBatch& batch : BatchRepository(m_session.database()).batchesOf(m_cycle->cycleId())) {
        if (batch.state == BatchState::Sent) {
            batches.append(tr("Batch %1 (hub %2)").arg(batch.id).arg(batch.hubBatchId));
            batchIds.append(batch.id);
        }
    }
    if (batches.isEmpty()) {
        m_status->setText(tr("No sent batch of this cycle waits for results."));
        return;
    }
    bool chosen = false;
    const QString batch =
        QInputDialog::getItem(this, tr("Apply a result file"), tr("The results are for:"), batches, 0, false, &chosen);
    if (!chosen) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("The hub's batch detail export or result CSV"),
                                                      QString(), tr("Hub results (*.json *.csv);;All files (*)"));
    if (!path.isEmpty()) {
        applyResults(batchIds.value(batches.indexOf(batch)), path);
    }
}

bool ReconciliationPage::applyResults(qint64 batchId, const QString& path)
{
    const auto& officer = m_session.officer();
    const qint64 cycleId = m_cycle->cycleId();
    QString error;
    const auto batch = BatchRepository(m_session.database()).find(batchId, &error);
    if (!batch) {
        m_status->setText(error);
        return false;
    }
    if (!officer || m_reconcileJobs->busy() || batch->cycleId != cycleId) {
        m_status->setText(tr("Choose a sent batch of the cycle shown, and who is acting, first."));
        return false;
    }
    const auto openDatabase = m_session.connectionForWorker();
    const Officer actor = *officer;
    m_status->setText(tr("Applying %1…").arg(path));
    startReconciling([openDatabase, cycleId, batchId, path, actor] {
        ReconcileOutcome failed;
        failed.batchId = batchId;
        QFile file(path);
        QString error;
        const auto database = openDatabase(&error);
        if (!database || !file.open(QIODevice::ReadOnly)) {
            failed.message = database ? tr("cannot read %1: %2").arg(path, file.errorString()) : error;
            return QList<ReconcileOutcome>{failed};
        }
        PaymentReconciler reconciler(*database);
        const QList<ReconcileOutcome> outcomes{reconciler.apply(batchId, file.readAll(), actor)};
        reconciler.closeCycleIfDone(cycleId, actor, &error);
        return outcomes;
    });
    return true;
}

bool ReconciliationPage::matchStatement(const QString& path)
{
    const auto& officer = m_session.officer();
    const qint64 cycleId = m_cycle->cycleId();
    if (!officer || cycleId == 0 || m_statementJobs->busy()) {
        m_status->setText(tr("Choose a cycle and who is acting first."));
        return false;
    }
    const auto openDatabase = m_session.connectionForWorker();
    const Officer actor = *officer;
    m_status->setText(tr("Matching %1 against the cycle…").arg(QDir::toNativeSeparators(path)));
    m_statementJobs->run<StatementMatch>(
        [openDatabase, cycleId, path, actor](const JobControl&) {
            StatementMatch match;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                match.error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
                return match;
            }
            const QByteArray bytes = file.read(Mt940Parser::kMaxBytes + 1);
            const auto statements = BankStatementFile::read(bytes, &match.error);
            const auto database = statements ? openDatabase(&match.error) : nullptr;
            if (database) {
                match = StatementMatcher(*database).match(
                    cycleId, *statements,
                    QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), actor);
            }
            return match;
        },
        [this, path](const StatementMatch& match) {
            m_statementMatch = match;
            if (!m_statementMatch.succeeded) {
                m_status->setText(tr("The statement was not matched: %1").arg(m_statementMatch.error));
            } else {
                m_status->setText(m_statementMatch.clean()
                                      ? tr("The statement agrees with the hub: every paid payment is debited once, "
                                           "nothing else was debited.")
                                      : tr("The statement and the hub disagree: see the findings."));
                if (!m_statementFindings) {
                    m_statementFindings = new StatementFindingsDialog(this);
                }
                m_statementFindings->show(m_statementMatch, path);
            }
            Q_EMIT statementMatched();
        });
    return true;
}

bool ReconciliationPage::reconcileNow()
{
    const auto& officer = m_session.officer();
    const qint64 cycleId = m_cycle->currentData().toLongLong();
    QString error;
    const auto program = m_cycle->chosenProgram(m_session.database(), &error);
    if (!officer || !program || m_reconcileJobs->busy()) {
        m_status->setText(error.isEmpty() ? tr("Choose a cycle and who is acting first.") : error);
        return false;
    }
    HubEndpoint endpoint = m_session.hubEndpoint(program->hubSettings);
    if (!DisbursementChannel::isComplete(*program, endpoint)) {
        m_status->setText(tr("This program names no hub to ask."));
        return false;
    }
    if (!m_session.secrets().completeEndpoint(this, &endpoint)) {
        m_status->setText(tr("Nothing was asked: the operations app's password was not given."));
        return false;
    }
    const auto openDatabase = m_session.connectionForWorker();
    const Officer actor = *officer;
    m_status->setText(tr("Asking the hub…"));
    startReconciling([openDatabase, cycleId, actor, endpoint] {
        QString error;
        const auto database = openDatabase(&error);
        if (!database) {
            ReconcileOutcome failed;
            failed.message = error;
            return QList<ReconcileOutcome>{failed};
        }
        bool distributed = false;
        return PaymentReconciler(*database).pollCycle(cycleId, endpoint, actor, &distributed, &error);
    });
    return true;
}

void ReconciliationPage::startReconciling(const std::function<QList<ReconcileOutcome>()>& work)
{
    m_outcomes.clear();
    m_reconcileJobs->run<QList<ReconcileOutcome>>(
        [work](const JobControl&) { return work(); },
        [this](const QList<ReconcileOutcome>& outcomes) {
            m_outcomes = outcomes;
            int complete = 0;
            int problems = 0;
            for (const ReconcileOutcome& outcome : std::as_const(m_outcomes)) {
                complete += outcome.state == BatchState::Completed || outcome.state == BatchState::CompletedWithFailures
                                ? 1
                                : 0;
                problems += outcome.succeeded ? 0 : 1;
            }
            m_status->setText(m_outcomes.isEmpty() ? tr("No sent batch is waiting for the hub.")
                                                   : tr("%1 batches asked: %2 now complete, %3 could not be read. %4")
                                                         .arg(m_outcomes.size())
                                                         .arg(complete)
                                                         .arg(problems)
                                                         .arg(m_outcomes.last().message));
            reloadCycles();
            Q_EMIT reconciled();
        });
}
