#include "EntitlementTableModel.h"

#include "domain/Money.h"
#include "i18n/DisplayFormat.h"
#include "programs/EntitlementState.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace {

// The values readPage gives for each row, in this order.
enum Value
{
    RegistryIdValue,
    NameValue,
    RegionValue,
    MinorUnitsValue,
    CurrencyValue,
    StateValue,
};

} // namespace

EntitlementTableModel::EntitlementTableModel(Database& database, QObject* parent) : IdPagedTableModel(database, parent)
{
}

void EntitlementTableModel::setCycle(qint64 cycleId)
{
    load([this, cycleId](Database& database) {
        Loaded loaded;
        QMap<QString, qint64> totals;
        if (cycleId != 0) {
            QSqlQuery ids(database.connection());
            ids.setForwardOnly(true);
            ids.prepare(QStringLiteral("SELECT e.id FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                                       "WHERE e.cycle_id = ? ORDER BY b.registry_id"));
            ids.addBindValue(cycleId);
            if (ids.exec()) {
                while (ids.next()) {
                    loaded.ids.append(ids.value(0).toLongLong());
                }
            }
            QSqlQuery sums(database.connection());
            sums.prepare(
                QStringLiteral("SELECT b.region, SUM(e.amount_minor_units) FROM entitlement e "
                               "JOIN beneficiary b ON b.id = e.beneficiary_id WHERE e.cycle_id = ? AND e.state <> ? "
                               "GROUP BY b.region ORDER BY b.region"));
            sums.addBindValue(cycleId);
            sums.addBindValue(entitlementStateName(EntitlementState::Cancelled));
            if (sums.exec()) {
                while (sums.next()) {
                    totals.insert(sums.value(0).toString(), sums.value(1).toLongLong());
                }
            }
        }
        loaded.apply = [this, totals] { m_totalsByRegion = totals; };
        return loaded;
    });
}

int EntitlementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<QVariantList> EntitlementTableModel::readPage(Database& database, const QList<qint64>& ids) const
{
    return readInOrder(
        database,
        QStringLiteral("SELECT e.id, b.registry_id, b.full_name, b.region, e.amount_minor_units, e.currency, e.state "
                       "FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id WHERE e.id IN (%1)"),
        ids, [](const QSqlQuery& query) {
            return QVariantList{query.value(1), query.value(2), query.value(3),
                                query.value(4), query.value(5), query.value(6)};
        });
}

QVariant EntitlementTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != RawValueRole)) {
        return {};
    }
    const QVariantList row = rowAt(index.row());
    if (row.isEmpty()) {
        return {};
    }
    switch (index.column()) {
    case RegistryIdColumn:
        return row.at(RegistryIdValue);
    case NameColumn:
        return row.at(NameValue);
    case RegionColumn:
        return row.at(RegionValue);
    case AmountColumn: {
        const Money amount(row.at(MinorUnitsValue).toLongLong(), Currency::fromCode(row.at(CurrencyValue).toString()));
        return role == RawValueRole ? QVariant(amount.minorUnits()) : QVariant(DisplayFormat::money(amount));
    }
    case StateColumn: {
        const auto state = entitlementStateFromName(row.at(StateValue).toString());
        return role == RawValueRole || !state ? row.at(StateValue) : QVariant(entitlementStateText(*state));
    }
    default:
        return {};
    }
}

QVariant EntitlementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RegistryIdColumn:
        return tr("Registry ID");
    case NameColumn:
        return tr("Name");
    case RegionColumn:
        return tr("Region");
    case AmountColumn:
        return tr("Amount");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}
