#include "ReconciliationPage.h"

#include "OfficerSession.h"
#include "PaidCycleCombo.h"
#include "PaymentStatusChart.h"

#include "batching/BatchRepository.h"
#include "hub/PaymentHubClient.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "reconciliation/DisbursementTotals.h"
#include "reconciliation/PaymentReconciler.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

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

} // namespace

ReconciliationPage::ReconciliationPage(OfficerSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_cycle(new PaidCycleCombo(this))
    , m_status(new QLabel(this))
    , m_totals(new QTableWidget(0, 4, this))
    , m_reasons(new QTableWidget(0, 2, this))
    , m_chart(new PaymentStatusChart(this))
    , m_autoRefresh(new QCheckBox(tr("Reconcile every 30 s"), this))
    , m_timer(new QTimer(this))
{
    m_cycle->setObjectName(QStringLiteral("reconcileCycleCombo"));
    auto* reconcileButton = new QPushButton(tr("&Reconcile now"), this);
    reconcileButton->setObjectName(QStringLiteral("reconcileNowButton"));
    m_autoRefresh->setObjectName(QStringLiteral("reconcileAutoRefresh"));
    m_status->setObjectName(QStringLiteral("reconcileStatus"));
    m_status->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("reconcileTotals"));
    m_totals->setHorizontalHeaderLabels({tr("State"), tr("Currency"), tr("Payments"), tr("Amount")});
    m_reasons->setObjectName(QStringLiteral("reconcileReasons"));
    m_reasons->setHorizontalHeaderLabels({tr("Why payments failed"), tr("Payments")});
    for (QTableWidget* table : {m_totals, m_reasons}) {
        table->verticalHeader()->setVisible(false);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_timer->setInterval(kRefreshMs);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Cycle:"), this));
    toolbar->addWidget(m_cycle, 1);
    toolbar->addWidget(reconcileButton);
    toolbar->addWidget(m_autoRefresh);
    auto* figures = new QHBoxLayout;
    figures->addWidget(m_totals, 1);
    figures->addWidget(m_chart, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_status);
    layout->addLayout(figures, 1);
    layout->addWidget(m_reasons, 1);

    connect(m_cycle, &QComboBox::currentIndexChanged, this, &ReconciliationPage::showTotals);
    connect(reconcileButton, &QPushButton::clicked, this, &ReconciliationPage::reconcileNow);
    connect(m_autoRefresh, &QCheckBox::toggled, this, [this](bool on) { on ? m_timer->start() : m_timer->stop(); });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_worker) {
            reconcileNow();
        }
    });
    reloadCycles();
}

ReconciliationPage::~ReconciliationPage()
{
    for (QThread* worker : {m_worker.data(), m_totalsWorker.data()}) {
        if (worker) {
            worker->wait();
        }
    }
}

void ReconciliationPage::reloadCycles()
{
    m_cycle->reload(m_session.database());
    showTotals();
}

void ReconciliationPage::setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl)
{
    m_sandboxBulkUrl = bulkUrl;
    m_sandboxOperationsUrl = operationsUrl;
}

void ReconciliationPage::showTotals()
{
    if (m_totalsWorker) {
        m_totalsAgain = true;
        return;
    }
    const QString location = m_session.database().location();
    const qint64 cycleId = m_cycle->cycleId();
    auto* totals = new DisbursementTotals;
    QThread* worker = QThread::create([location, cycleId, totals] {
        QString error;
        if (const auto database = Database::open(location, &error)) {
            *totals = DisbursementTotals::of(*database, cycleId);
        }
    });
    connect(worker, &QThread::finished, this, [this, worker, totals, cycleId] {
        worker->deleteLater();
        m_totalsWorker = nullptr;
        if (cycleId == m_cycle->cycleId()) {
            fill(*totals);
        }
        delete totals;
        if (std::exchange(m_totalsAgain, false)) {
            showTotals();
        } else {
            Q_EMIT totalsShown();
        }
    });
    m_totalsWorker = worker;
    worker->start();
}

void ReconciliationPage::fill(const DisbursementTotals& totals)
{
    const QLocale locale;
    m_totals->setRowCount(int(totals.rows.size()));
    for (int row = 0; row < totals.rows.size(); ++row) {
        const DisbursementTotals::Row& line = totals.rows.at(row);
        const QStringList cells = {stateTitle(line.state), line.currency.code(), locale.toString(line.payments),
                                   line.amount.toDecimalString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column >= 2) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_totals->setItem(row, column, item);
        }
    }
    m_totals->resizeColumnsToContents();
    m_reasons->setRowCount(int(totals.failureReasons.size()));
    for (int row = 0; row < totals.failureReasons.size(); ++row) {
        const auto& reason = totals.failureReasons.at(row);
        m_reasons->setItem(row, 0, new QTableWidgetItem(reason.reason.isEmpty() ? tr("(no reason given)") : reason.reason));
        m_reasons->setItem(row, 1, new QTableWidgetItem(locale.toString(reason.payments)));
    }
    m_reasons->resizeColumnsToContents();
    QList<QPair<QString, qint64>> counts;
    for (const QString& state : {QStringLiteral("paid"), QStringLiteral("failed"), QStringLiteral("sent"), QStringLiteral("issued")}) {
        counts.append({stateTitle(state), totals.payments(state)});
    }
    m_chart->setCounts(counts);
}

bool ReconciliationPage::reconcileNow()
{
    const auto& officer = m_session.officer();
    const qint64 cycleId = m_cycle->currentData().toLongLong();
    const auto cycle = CycleService(m_session.database()).find(cycleId);
    const auto program = cycle ? ProgramRepository(m_session.database()).find(cycle->programId) : std::nullopt;
    if (!officer || !program || m_worker) {
        m_status->setText(tr("Choose a cycle and who is acting first."));
        return false;
    }
    const HubEndpoint endpoint = HubEndpoint::fromProgramSettings(program->backendSettings, m_sandboxBulkUrl, m_sandboxOperationsUrl);
    if (endpoint.operationsUrl.isEmpty()) {
        m_status->setText(tr("This program names no Payment Hub EE operations app to ask."));
        return false;
    }
    const QString location = m_session.database().location();
    const Officer actor = *officer;
    m_outcomes.clear();
    m_status->setText(tr("Asking the hub…"));
    auto* outcomes = new QList<ReconcileOutcome>;
    QThread* worker = QThread::create([location, cycleId, actor, endpoint, outcomes] {
        QString error;
        const auto database = Database::open(location, &error);
        if (!database) {
            ReconcileOutcome failed;
            failed.message = error;
            outcomes->append(failed);
            return;
        }
        PaymentHubClient hub(endpoint);
        PaymentReconciler reconciler(*database);
        for (const PaymentBatch& batch : BatchRepository(*database).batchesOf(cycleId)) {
            if (batch.state == BatchState::Sent) {
                outcomes->append(reconciler.poll(batch.id, hub, actor));
            }
        }
        reconciler.closeCycleIfDone(cycleId, actor, &error);
    });
    connect(worker, &QThread::finished, this, [this, worker, outcomes] {
        worker->deleteLater();
        m_worker = nullptr;
        m_outcomes = *outcomes;
        delete outcomes;
        int complete = 0;
        int problems = 0;
        for (const ReconcileOutcome& outcome : std::as_const(m_outcomes)) {
            complete += outcome.state == BatchState::Completed || outcome.state == BatchState::CompletedWithFailures ? 1 : 0;
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
    m_worker = worker;
    worker->start();
    return true;
}
