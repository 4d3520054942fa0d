#pragma once

#include "reconciliation/ReconcileOutcome.h"

#include <QPointer>
#include <QThread>
#include <QUrl>
#include <QWidget>

class DisbursementTotals;
class OfficerSession;
class PaidCycleCombo;
class PaymentStatusChart;
class QCheckBox;
class QLabel;
class QTableWidget;
class QTimer;

// What was really paid, for a cycle: payments per state and currency, a donut of their states, the
// failure reasons, and "Reconcile now" (or every 30 seconds) against the program's Payment Hub EE,
// in a worker.
class ReconciliationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReconciliationPage(OfficerSession& session, QWidget* parent = nullptr);
    ~ReconciliationPage() override;

    void reloadCycles();
    void setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl);
    // Polls every sent batch of the cycle shown; reconciled() when done.
    bool reconcileNow();
    QList<ReconcileOutcome> lastOutcomes() const { return m_outcomes; }

Q_SIGNALS:
    void reconciled();
    void totalsShown();

private:
    // Reads the cycle's totals in a worker (they cover every payment), then shows them.
    void showTotals();
    void fill(const DisbursementTotals& totals);

    OfficerSession& m_session;
    PaidCycleCombo* m_cycle;
    QLabel* m_status;
    QTableWidget* m_totals;
    QTableWidget* m_reasons;
    PaymentStatusChart* m_chart;
    QCheckBox* m_autoRefresh;
    QTimer* m_timer;
    QPointer<QThread> m_worker;
    QPointer<QThread> m_totalsWorker;
    bool m_totalsAgain = false; // asked for while a read was running
    QUrl m_sandboxBulkUrl;
    QUrl m_sandboxOperationsUrl;
    QList<ReconcileOutcome> m_outcomes;
};
