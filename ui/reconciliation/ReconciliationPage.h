#pragma once

#include "reconciliation/AgeingBoard.h"
#include "reconciliation/ReconcileOutcome.h"
#include "statements/StatementMatch.h"

#include <QWidget>

#include <functional>

class BackgroundJobs;
class CompletionsChart;
class DisbursementTotals;
class FailureReasonsChart;
class OfficerSession;
class PaidCycleCombo;
class PaidVsEntitledChart;
class PaymentStatusChart;
class PaymentsBrowser;
class QCheckBox;
class ReissuePanel;
class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTabWidget;
class QTimer;
class StatementFindingsDialog;
struct ProgramCycleFigures;

// What was really paid, for a cycle: payments per state and currency; charts of the states, paid
// against entitled per cycle, settlements over time and failure reasons, each drilling down into
// the payments table below (filtered by state, region, batch, reason); "Reconcile now" (or every
// 30 seconds) against the program's Payment Hub EE in a worker; money in the dark (the cycle's
// batches without a final outcome, aged, with what to do); paying failed payments again under
// four eyes (a maker asks, a checker decides); the cycle's report as PDF or CSV; the payer
// account's bank statement matched three ways.
class ReconciliationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReconciliationPage(OfficerSession& session, QWidget* parent = nullptr);

    void reloadCycles();
    // Polls every sent batch of the cycle shown; reconciled() when done.
    bool reconcileNow();
    QList<ReconcileOutcome> lastOutcomes() const { return m_outcomes; }
    // Offline: applies the hub's batch detail export or result CSV to one sent batch of the cycle
    // shown, in a worker; reconciled() when done.
    bool applyResults(qint64 batchId, const QString& path);
    // The maker asks for every failed payment of the cycle shown to be paid again.
    bool requestReissue();
    // The checker decides the cycle's request waiting for a decision.
    bool decideReissue(bool approve, const QString& note);
    // The cycle's report: a PDF, or every payment as CSV when the path ends in .csv (in a worker);
    // reportSaved() when done.
    bool saveReport(const QString& path);
    // Three-way: the payer account's bank statement (MT940 or CSV) against the cycle shown, in a
    // worker; the findings listed in a window; statementMatched() when done.
    bool matchStatement(const QString& path);
    StatementMatch lastStatementMatch() const { return m_statementMatch; }
    QString statusText() const;
    PaymentsBrowser* payments() const { return m_payments; }

Q_SIGNALS:
    void reconciled();
    void totalsShown();
    void reportSaved(const QString& path, const QString& error);
    void statementMatched();

private:
    void setUpFigures();
    void connectDrillDown();
    // Reads the cycle's totals, the program's cycles and the cycle's re-issues in a worker (they
    // cover every payment), then shows them.
    void showTotals();
    void fill(const DisbursementTotals& totals, const ProgramCycleFigures& figures, const QList<qint64>& batchIds);
    void fillDark(const QList<AgeingBoard::Batch>& batches);
    void askForReport();
    void askForResults();
    // Runs work (which fills the outcomes) in a worker, then shows what it found; reconciled().
    void startReconciling(const std::function<QList<ReconcileOutcome>()>& work);

    OfficerSession& m_session;
    PaidCycleCombo* m_cycle;
    QLabel* m_status;
    QTableWidget* m_totals;
    QSplitter* m_figures;
    QTabWidget* m_charts;
    PaymentStatusChart* m_stateChart;
    PaidVsEntitledChart* m_paidChart;
    CompletionsChart* m_completionsChart;
    FailureReasonsChart* m_reasonsChart;
    QTableWidget* m_dark; // money in the dark: the cycle's batches without a final outcome
    PaymentsBrowser* m_payments;
    ReissuePanel* m_reissue;
    QCheckBox* m_autoRefresh;
    QTimer* m_timer;
    BackgroundJobs* m_reconcileJobs; // asking the hub, or applying a result file
    BackgroundJobs* m_totalsJobs;
    BackgroundJobs* m_reportJobs;
    BackgroundJobs* m_statementJobs;
    StatementMatch m_statementMatch;
    StatementFindingsDialog* m_statementFindings = nullptr;
    bool m_totalsAgain = false; // asked for while a read was running
    QList<ReconcileOutcome> m_outcomes;
};
