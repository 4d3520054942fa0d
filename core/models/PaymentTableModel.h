#pragma once

#include "IdPagedTableModel.h"
#include "PaymentFilter.h"

#include <QStringList>

// A cycle's payments as a table, filtered by state, region, batch and failure reason, for any
// cycle size: the matching ids (and the cycle's regions, for a filter list) are read in a worker
// thread; rows are fetched a page at a time by id.
class PaymentTableModel : public IdPagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RequestIdColumn,
        RegistryIdColumn,
        RegionColumn,
        BatchColumn,
        PayeeColumn,
        AmountColumn,
        StateColumn,
        ReasonColumn,
        SettledAtColumn,
        ColumnCount
    };

    explicit PaymentTableModel(Database& database, QObject* parent = nullptr);

    // Lists the cycle's payments that match (cycle 0: none); the rows arrive with loaded().
    void show(qint64 cycleId, const PaymentFilter& filter);
    qint64 cycleId() const { return m_cycleId; }
    const PaymentFilter& filter() const { return m_filter; }
    const QStringList& regions() const { return m_regions; } // of the whole cycle
    // Payee accounts shown masked (IdentifierMask), for officers who need not see them.
    void setMasked(bool masked);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<QVariantList> readPage(Database& database, const QList<qint64>& ids) const override;

private:
    qint64 m_cycleId = 0;
    PaymentFilter m_filter;
    QStringList m_regions;
    qint64 m_regionsCycle = -1; // the cycle m_regions are of
    bool m_masked = true;
};
