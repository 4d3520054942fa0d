#pragma once

#include "batching/PaymentBatch.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class OfficerSession;
class QComboBox;
class QLabel;
class QTableWidget;

// Batches of an approved cycle: prepare the payments (in a worker), list the batches with their
// states and totals, show a batch's frozen rows, export a batch as a bundle.
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

Q_SIGNALS:
    void prepared();

private:
    void reloadBatches();
    void showRows();
    void prepare();
    void chooseExport();

    OfficerSession& m_session;
    QComboBox* m_cycle;
    QTableWidget* m_batches;
    QTableWidget* m_rows;
    QLabel* m_status;
    QList<PaymentBatch> m_shown;
    QPointer<QThread> m_worker;
};
