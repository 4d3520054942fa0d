#include "PaymentTableModel.h"

#include "domain/Money.h"
#include "i18n/DisplayFormat.h"
#include "privacy/IdentifierMask.h"
#include "reconciliation/FailureReasonText.h"
#include "storage/Database.h"

#include <QSqlQuery>

PaymentTableModel::PaymentTableModel(Database& database, QObject* parent) : IdPagedTableModel(database, parent) {}

void PaymentTableModel::show(qint64 cycleId, const PaymentFilter& filter)
{
    // A cycle's regions do not change with the filter: read when the cycle does.
    const bool newCycle = cycleId != m_regionsCycle;
    m_cycleId = cycleId;
    m_filter = filter;
    load([this, cycleId, filter, newCycle](Database& database) {
        Loaded loaded;
        QStringList regions;
        if (cycleId != 0) {
            QString where = QStringLiteral("p.batch_id IN (SELECT id FROM payment_batch WHERE cycle_id = ?)");
            QVariantList values{cycleId};
            if (!filter.state.isEmpty()) {
                where += QStringLiteral(" AND p.state = ?");
                values.append(filter.state);
            }
            if (!filter.region.isEmpty()) {
                where += QStringLiteral(" AND b.region = ?");
                values.append(filter.region);
            }
            if (filter.batchId != 0) {
                where += QStringLiteral(" AND p.batch_id = ?");
                values.append(filter.batchId);
            }
            if (!filter.reason.isEmpty()) {
                where += QStringLiteral(" AND p.failure_reason = ?");
                values.append(filter.reason);
            }
            QSqlQuery ids(database.connection());
            ids.setForwardOnly(true);
            ids.prepare(QStringLiteral("SELECT p.id FROM payment p JOIN entitlement e ON e.id = p.entitlement_id "
                                       "JOIN beneficiary b ON b.id = e.beneficiary_id WHERE %1 ORDER BY p.id")
                            .arg(where));
            for (const QVariant& value : std::as_const(values)) {
                ids.addBindValue(value);
            }
            if (ids.exec()) {
                while (ids.next()) {
                    loaded.ids.append(ids.value(0).toLongLong());
                }
            }
        }
        if (newCycle && cycleId != 0) {
            QSqlQuery names(database.connection());
            names.setForwardOnly(true);
            names.prepare(QStringLiteral(
                "SELECT DISTINCT b.region FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                "WHERE e.cycle_id = ? ORDER BY b.region"));
            names.addBindValue(cycleId);
            if (names.exec()) {
                while (names.next()) {
                    regions.append(names.value(0).toString());
                }
            }
        }
        if (newCycle) {
            loaded.apply = [this, regions, cycleId] {
                m_regions = regions;
                m_regionsCycle = cycleId;
            };
        }
        return loaded;
    });
}

int PaymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<QVariantList> PaymentTableModel::readPage(Database& database, const QList<qint64>& ids) const
{
    return readInOrder(
        database,
        QStringLiteral("SELECT p.id, p.request_id, b.registry_id, b.region, p.batch_id, p.payee_type, p.payee_address, "
                       "p.amount_minor_units, p.currency, p.state, p.failure_reason, p.settled_at FROM payment p "
                       "JOIN entitlement e ON e.id = p.entitlement_id JOIN beneficiary b ON b.id = e.beneficiary_id "
                       "WHERE p.id IN (%1)"),
        ids, [](const QSqlQuery& query) {
            const Money amount(query.value(7).toLongLong(), Currency::fromCode(query.value(8).toString()));
            return QVariantList{query.value(1),
                                query.value(2),
                                query.value(3),
                                query.value(4),
                                QString(query.value(5).toString() + u':' + query.value(6).toString()),
                                DisplayFormat::money(amount),
                                query.value(9),
                                FailureReasonText::of(query.value(10).toString()),
                                query.value(11)};
        });
}

QVariant PaymentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const QVariant value = rowAt(index.row()).value(index.column());
    if (index.column() == PayeeColumn && m_masked) {
        const QString payee = value.toString(); // TYPE:ADDRESS: the type stays readable
        const qsizetype colon = payee.indexOf(u':');
        return QString(payee.left(colon + 1) + IdentifierMask::mask(payee.mid(colon + 1)));
    }
    if (index.column() != StateColumn) {
        return value;
    }
    // The stored state (paid, failed, sent, issued), in the officer's words.
    const QString state = value.toString();
    if (state == u"paid") {
        return tr("paid");
    }
    if (state == u"failed") {
        return tr("failed");
    }
    return state == u"sent" ? tr("in flight") : state == u"issued" ? tr("not sent yet") : state;
}

void PaymentTableModel::setMasked(bool masked)
{
    if (m_masked == masked) {
        return;
    }
    m_masked = masked;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, PayeeColumn), index(rowCount() - 1, PayeeColumn));
    }
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RequestIdColumn:
        return tr("Request ID");
    case RegistryIdColumn:
        return tr("Registry ID");
    case RegionColumn:
        return tr("Region");
    case BatchColumn:
        return tr("Batch");
    case PayeeColumn:
        return tr("Payee");
    case AmountColumn:
        return tr("Amount");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Failure reason");
    case SettledAtColumn:
        return tr("Settled (UTC)");
    default:
        return {};
    }
}
