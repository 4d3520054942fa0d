#pragma once

#include "approvals/ApprovalStatus.h"
#include "officers/Officer.h"
#include "programs/Cycle.h"
#include "programs/CycleTotals.h"
#include "programs/Program.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class BackgroundJobs;
struct HubEndpoint;
class CycleFindingsDialog;
class CycleService;
class EntitlementTableModel;
class OfficerSession;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class RegionTotalsChart;

// Cycles of a program: create, generate entitlements (in a worker, with progress), submit,
// approve or send back, cancel; what changed since the program's previous cycle, for the checker
// to acknowledge; the selected cycle's entitlements and a chart of its totals by region. What an officer may do is
// decided in core; a refusal is shown in words.
class CyclesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CyclesPage(OfficerSession& session, QWidget* parent = nullptr);

    void reloadPrograms();
    EntitlementTableModel* entitlements() const { return m_entitlements; }
    bool isBusy() const;
    // A step the officer started (generate, submit, approve, findings…) is running: not a refresh.
    bool isWorking() const { return m_working; }
    // What a checker should see before approving the selected cycle (CycleDiff), read in a worker
    // and shown in a window; with acknowledge, the acting checker acknowledges them first.
    // findingsShown() when done.
    bool showFindings(bool acknowledge = false);

Q_SIGNALS:
    void findingsShown();
    // A background step (reading the cycles, generate, submit, approve, send back, cancel) is done;
    // its outcome and the cycles as they now are are shown.
    void stepFinished();

private:
    // The acting officer and the selected cycle; nothing, with the officer told, when either is missing.
    std::optional<std::pair<Officer, Cycle>> actingOnSelectedCycle();
    void setUpWidgets();
    struct CycleListing
    {
        QList<Cycle> cycles;
        QList<std::optional<CycleTotals>> totals;
        QList<std::optional<ApprovalStatus>> approvals;
        QList<qint64> unpaid; // of a distributed or ended cycle, else 0
    };

    void reloadCycles();
    void showListing(const CycleListing& listing);
    void showCycle();
    void endpointsToAsk(std::optional<HubEndpoint>* mapper, std::optional<HubEndpoint>* lookup) const;
    static QString stateText(CycleState state, qint64 unpaid);
    std::optional<Cycle> selectedCycle() const;
    void createCycle();
    void generate();
    void act(const QString& action);
    void runInBackground(const QString& busyText, const std::function<QString(CycleService&)>& work);
    void report(const QString& message);

    OfficerSession& m_session;
    QList<Program> m_programs;
    QList<Cycle> m_cycles;
    QComboBox* m_program;
    QTableWidget* m_cycleTable;
    QLineEdit* m_cycleName;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QPushButton* m_generateButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableView* m_entitlementView;
    EntitlementTableModel* m_entitlements;
    RegionTotalsChart* m_chart;
    BackgroundJobs* m_jobs;
    CycleFindingsDialog* m_findings = nullptr;
    bool m_working = false;
};
