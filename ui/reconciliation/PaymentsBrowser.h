#pragma once

#include "models/PaymentFilter.h"

#include <QList>
#include <QWidget>

class Database;
class PaymentTableModel;
class QComboBox;
class QLabel;
class QTableView;

// A cycle's payments in a table, filtered by state, region, batch and failure reason (chosen in
// the combos, or set by a chart's drill-down).
class PaymentsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsBrowser(Database& database, QWidget* parent = nullptr);

    // Lists the cycle's payments; batches and reasons feed the filter lists.
    void showCycle(qint64 cycleId, const QList<qint64>& batchIds, const QStringList& reasons);
    void setFilter(const PaymentFilter& filter);
    PaymentFilter filter() const;
    PaymentTableModel* model() const { return m_model; }

Q_SIGNALS:
    void loaded();

private:
    void applyCombos();
    void fillRegions();

    PaymentTableModel* m_model;
    QTableView* m_view;
    QComboBox* m_state;
    QComboBox* m_region;
    QComboBox* m_batch;
    QComboBox* m_reason;
    QLabel* m_count;
    qint64 m_cycleId = 0;
    bool m_filling = false;
};
