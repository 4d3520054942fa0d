#pragma once

#include "programs/EntitlementRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QThread>

class Database;

// One cycle's entitlements as a table, for any cycle size: the ids (in registry order) and the
// totals per region are read in a worker thread on its own connection, rows are fetched a page
// at a time by id.
class EntitlementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RegistryIdColumn,
        NameColumn,
        RegionColumn,
        AmountColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // minor units for AmountColumn
    };
    static constexpr int kPageSize = 256;

    explicit EntitlementTableModel(Database& database, QObject* parent = nullptr);
    ~EntitlementTableModel() override;

    // Shows a cycle's entitlements (0: none); the rows arrive when the worker is done.
    void setCycle(qint64 cycleId);
    bool isLoading() const { return m_loading; }
    // Entitled amount per region, in minor units of the cycle's currency (for the chart).
    const QMap<QString, qint64>& totalsByRegion() const { return m_totalsByRegion; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    const QList<EntitlementRow>* page(int pageIndex) const;

    Database& m_database;
    qint64 m_cycleId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    QPointer<QThread> m_worker;
    QList<qint64> m_ids;
    QMap<QString, qint64> m_totalsByRegion;
    mutable QHash<int, QList<EntitlementRow>> m_pages;
};
