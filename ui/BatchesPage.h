#pragma once

#include "batching/PaymentBatch.h"

#include "disbursement/SendOutcome.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class OfficerSession;
class PaidCycleCombo;
class QLabel;
class QSplitter;
class QTableWidget;

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
    ~BatchesPage() override;

    void reloadCycles();
    bool isBusy() const { return m_worker != nullptr; }
    // Exports the selected batch into folder (as "Export bundle…" does after asking where); a key
    // path signs it. Returns the bundle's base path, or empty (the reason is shown).
    QString exportSelected(const QString& folder, const QString& keyPath);
    // The acting officer signs the selected batch's manifest with the key at keyPath (a maker signs
    // it off, a checker countersigns), its passphrase asked for when it has one; false with the
    // reason shown.
    bool signOffSelected(const QString& keyPath);
    // Writes the shown cycle's evidence pack into folder (a new one), in a worker; evidenceWritten() when done.
    bool startEvidencePack(const QString& folder);
    // The figures the officer confirms before anything leaves.
    QString sendSummary() const;
    // Resolves the cycle's uncertain batches, then sends its ready ones (Payment Hub EE uploads
    // signed with the key at keyPath: without one, resolve only; G2P Connect needs none), in a
    // worker; sendFinished() when done. repostConfirmed: the
    // officer agreed to post again what the hub still lacks after the grace period.
    bool startSending(const QString& keyPath, bool repostConfirmed);
    QList<SendOutcome> lastOutcomes() const { return m_outcomes; }
    // The beneficiaries the last preparation could not pay for want of a resolved address.
    int unresolvedShown() const;
    // At start: shows the cycle of the first uncertain batch and, when a checker is acting,
    // resolves its uncertain batches (nothing is posted). False when none is uncertain.
    bool resolveUncertainOnStart();

Q_SIGNALS:
    void prepared();
    void sendFinished();
    void evidenceWritten(bool written);

private:
    void reloadBatches();
    void showRows();
    void prepare();
    void chooseExport();
    void chooseSignOff();
    void chooseSend();
    void showOutcome(const SendOutcome& outcome, int done, int total);
    void showStatus(const QString& text);

    OfficerSession& m_session;
    PaidCycleCombo* m_cycle;
    QTableWidget* m_batches;
    QTableWidget* m_rows;
    QTableWidget* m_unresolved;
    QSplitter* m_splitter;
    QLabel* m_status;
    QList<PaymentBatch> m_shown;
    QPointer<QThread> m_worker;
    QList<SendOutcome> m_outcomes;
};
