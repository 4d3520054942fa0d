#pragma once

#include "IdPagedTableModel.h"

#include <QMap>

// One cycle's entitlements as a table, for any cycle size: the ids (in registry order) and the
// totals per region are read in a worker thread, rows are fetched a page at a time by id.
class EntitlementTableModel : public IdPagedTableModel
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

    explicit EntitlementTableModel(Database& database, QObject* parent = nullptr);

    // Shows a cycle's entitlements (0: none); the rows arrive with loaded().
    void setCycle(qint64 cycleId);
    // Entitled amount per region, in minor units of the cycle's currency (for the chart).
    const QMap<QString, qint64>& totalsByRegion() const { return m_totalsByRegion; }

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<QVariantList> readPage(Database& database, const QList<qint64>& ids) const override;

private:
    QMap<QString, qint64> m_totalsByRegion;
};
