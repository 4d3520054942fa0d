#include "EntitlementTableModel.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace {

constexpr int kMaxCachedPages = 64;

struct Loaded
{
    QList<qint64> ids;
    QMap<QString, qint64> totalsByRegion;
};

Loaded load(const QString& location, qint64 cycleId)
{
    Loaded loaded;
    QString error;
    const auto database = Database::open(location, &error);
    if (!database) {
        return loaded;
    }
    QSqlQuery ids(database->connection());
    ids.setForwardOnly(true);
    ids.prepare(QStringLiteral("SELECT e.id FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                               "WHERE e.cycle_id = ? ORDER BY b.registry_id"));
    ids.addBindValue(cycleId);
    if (ids.exec()) {
        while (ids.next()) {
            loaded.ids.append(ids.value(0).toLongLong());
        }
    }
    QSqlQuery totals(database->connection());
    totals.prepare(QStringLiteral("SELECT b.region, SUM(e.amount_minor_units) FROM entitlement e "
                                  "JOIN beneficiary b ON b.id = e.beneficiary_id WHERE e.cycle_id = ? AND e.state <> ? "
                                  "GROUP BY b.region ORDER BY b.region"));
    totals.addBindValue(cycleId);
    totals.addBindValue(entitlementStateName(EntitlementState::Cancelled));
    if (totals.exec()) {
        while (totals.next()) {
            loaded.totalsByRegion.insert(totals.value(0).toString(), totals.value(1).toLongLong());
        }
    }
    return loaded;
}

} // namespace

EntitlementTableModel::EntitlementTableModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

EntitlementTableModel::~EntitlementTableModel()
{
    if (m_worker) {
        m_worker->wait();
    }
}

void EntitlementTableModel::setCycle(qint64 cycleId)
{
    m_cycleId = cycleId;
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto* result = new Loaded;
    const QString location = m_database.location();
    QThread* worker = QThread::create([location, cycleId, result] {
        if (cycleId != 0) {
            *result = load(location, cycleId);
        }
    });
    connect(worker, &QThread::finished, this, [this, worker, result, generation] {
        worker->deleteLater();
        if (generation == m_generation) {
            beginResetModel();
            m_ids = result->ids;
            m_totalsByRegion = result->totalsByRegion;
            m_pages.clear();
            m_loading = false;
            endResetModel();
            Q_EMIT loaded();
        }
        delete result;
    });
    if (m_worker) {
        m_worker->wait(); // at most one reader at a time; an older result is dropped above
    }
    m_worker = worker;
    worker->start();
}

int EntitlementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int EntitlementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<EntitlementRow>* EntitlementTableModel::page(int pageIndex) const
{
    auto found = m_pages.find(pageIndex);
    if (found != m_pages.end()) {
        return &found.value();
    }
    const QList<qint64> ids = m_ids.mid(qsizetype(pageIndex) * kPageSize, kPageSize);
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        placeholders.append(QStringLiteral("?"));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT e.id, b.registry_id, b.full_name, b.region, e.amount_minor_units, e.currency, e.state "
                                 "FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id WHERE e.id IN (%1)")
                      .arg(placeholders.join(u',')));
    for (const qint64 id : ids) {
        query.addBindValue(id);
    }
    if (!query.exec()) {
        return nullptr;
    }
    QHash<qint64, EntitlementRow> byId;
    while (query.next()) {
        const EntitlementRow row{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                 query.value(3).toString(),
                                 Money(query.value(4).toLongLong(), Currency::fromCode(query.value(5).toString())),
                                 entitlementStateFromName(query.value(6).toString()).value_or(EntitlementState::Draft)};
        byId.insert(row.id, row);
    }
    QList<EntitlementRow> rows;
    for (const qint64 id : ids) {
        rows.append(byId.value(id));
    }
    if (m_pages.size() >= kMaxCachedPages) {
        m_pages.clear();
    }
    return &m_pages.insert(pageIndex, rows).value();
}

QVariant EntitlementTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != RawValueRole)) {
        return {};
    }
    const QList<EntitlementRow>* rows = page(index.row() / kPageSize);
    if (!rows) {
        return {};
    }
    const EntitlementRow& row = rows->at(index.row() % kPageSize);
    switch (index.column()) {
    case RegistryIdColumn:
        return row.registryId;
    case NameColumn:
        return row.name;
    case RegionColumn:
        return row.region;
    case AmountColumn:
        return role == RawValueRole ? QVariant(row.amount.minorUnits())
                                    : QVariant(row.amount.toDecimalString() + u' ' + row.amount.currency().code());
    case StateColumn:
        return entitlementStateName(row.state);
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
