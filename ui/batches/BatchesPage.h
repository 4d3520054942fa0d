#pragma once

#include "batching/PaymentBatch.h"

#include "disbursement/SendOutcome.h"
#include "hub/HubEndpoint.h"

#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class BackgroundJobs;
class BatchTable;
class BatchRowsView;
class OfficerSession;
class PaidCycleCombo;
struct Program;
class QLabel;
class QProgressBar;
class QPushButton;
class QResizeEvent;
class QSplitter;
class QTableWidget;
class UnresolvedAddressesView;

// Batches of an approved cycle: prepare the payments (in a worker; for a program that pays by
// registry id, the ID-to-account mapper is asked for the addresses first, and the beneficiaries it
// left unresolved are listed with its reason), list the batches with their
// states and totals, show a batch's frozen rows, export a batch as a bundle, and send the ready
// batches to the program's Payment Hub EE exactly once (in a worker, batch by batch, uncertain ones
// resolved first and standing out until they are). Each batch shows whether it is the cycle's pilot
// and who signed it off and countersigned it; the acting officer signs with their own key; the
// cycle's evidence pack is written for auditors.
class BatchesPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatchesPage(OfficerSession& session, QWidget* parent = nullptr);

    void reloadCycles();
    // Reads the cycles and batches again (another officer's work), keeping the batch chosen;
    // nothing while the page is at work.
    void readAgain();
    bool isBusy() const;
    bool isSending() const { return m_stop != nullptr; }
    // Exports the selected batch into folder (as "Export bundle…" does after asking where); a key
    // path signs it; for hand-carry, a ready batch is handed over. Returns the bundle's base path,
    // or empty (the reason is shown).
    QString exportSelected(const QString& folder, const QString& keyPath, bool handCarry = false);
    // The signed-in officer signs the selected batch's manifest with their key (a maker signs it off,
    // a checker countersigns); false with the reason shown.
    bool signOffSelected();
    // Writes the shown cycle's evidence pack into folder (a new one), in a worker; evidenceWritten() when done.
    bool startEvidencePack(const QString& folder);
    // The figures the officer confirms before anything leaves: the batches, payments and totals.
    QString sendSummary() const;
    // Asks a running send to stop after the batch being posted (finished and recorded); sendFinished() follows.
    void requestStop();
    // Resolves the cycle's uncertain batches, then, unless resolveOnly or one stays uncertain,
    // sends the ready ones shown when it was called (Payment Hub EE uploads signed with the key at
    // keyPath: without one, resolve only; G2P Connect needs none), in a worker; sendFinished() when
    // done. repostConfirmed: the batches the officer agreed to post again, having seen that the hub
    // still lacks them after the grace period.
    bool startSending(const QString& keyPath, const QSet<qint64>& repostConfirmed, bool resolveOnly = false);
    QList<SendOutcome> lastOutcomes() const { return m_outcomes; }
    // The beneficiaries the last preparation could not pay for want of a resolved address.
    int unresolvedShown() const;
    // At start: shows the cycle of the first uncertain batch and, when a checker is acting,
    // resolves its uncertain batches (looks them up; nothing is ever posted). False when none is uncertain.
    bool resolveUncertainOnStart();

Q_SIGNALS:
    void prepared();
    void sendFinished();
    void evidenceWritten(bool written);

protected:
    // The status keeps every line of its text at the page's new width.
    void resizeEvent(QResizeEvent* event) override;

private:
    void reloadBatches();
    void showRows();
    void prepare();
    void chooseExport();
    void chooseSignOff();
    void chooseSend();
    // After an officer's send (never after the start-up lookup): the batches the hub still lacks
    // past their grace period, shown with the evidence; those the officer confirms are posted again.
    // What the send brought back: the batches read again, the outcome said, reposts offered.
    void showSendOutcomes(const QList<SendOutcome>& outcomes);
    void offerReposts();
    void showStatus(const QString& text);
    // Long work: the page's actions wait, a bar moves and Stop is offered (it stops at a safe point).
    void setBusy(bool busy);
    std::optional<HubEndpoint> sendEndpoint(const Program& program);
    void showProgress(const QString& text, int done, int total);

    OfficerSession& m_session;
    PaidCycleCombo* m_cycle;
    BatchTable* m_batches;
    BatchRowsView* m_rows;
    UnresolvedAddressesView* m_unresolved;
    QSplitter* m_splitter;
    QLabel* m_status;
    QList<PaymentBatch> m_shown;
    QProgressBar* m_progress;
    QPushButton* m_stopButton;
    QList<QWidget*> m_idleOnly; // the actions that wait while work runs
    BackgroundJobs* m_jobs;
    QList<SendOutcome> m_outcomes;
    QString m_keyPath;          // the key of the last send, for a confirmed re-post
    bool m_resolveOnly = false; // the running send only looks batches up (at start, or a confirmed re-post)
    std::shared_ptr<std::atomic_bool> m_stop; // of the running send
};
