#pragma once

#include "PaymentFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QVariant>

class Database;

// A cycle's payments as a table, filtered by state, region, batch and failure reason, for any
// cycle size: the matching ids (and the cycle's regions, for a filter list) are read in a worker
// thread on its own connection; rows are fetched a page at a time by id.
class PaymentTableModel : public QAbstractTableModel
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
    static constexpr int kPageSize = 256;

    explicit PaymentTableModel(Database& database, QObject* parent = nullptr);
    ~PaymentTableModel() override;

    // Lists the cycle's payments that match (cycle 0: none); the rows arrive with loaded().
    void show(qint64 cycleId, const PaymentFilter& filter);
    qint64 cycleId() const { return m_cycleId; }
    const PaymentFilter& filter() const { return m_filter; }
    bool isLoading() const { return m_loading; }
    const QStringList& regions() const { return m_regions; } // of the whole cycle
    qint64 paymentId(int row) const { return m_ids.value(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    const QList<QVariantList>* page(int pageIndex) const;

    Database& m_database;
    qint64 m_cycleId = 0;
    PaymentFilter m_filter;
    quint64 m_generation = 0;
    bool m_loading = false;
    QPointer<QThread> m_worker;
    QList<qint64> m_ids;
    QStringList m_regions;
    mutable QHash<int, QList<QVariantList>> m_pages;
};
