#include "PaymentTableModel.h"

#include "domain/Money.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace {

constexpr int kMaxCachedPages = 64;

struct Loaded
{
    QList<qint64> ids;
    QStringList regions;
};

Loaded load(const QString& location, qint64 cycleId, const PaymentFilter& filter)
{
    Loaded loaded;
    QString error;
    const auto database = Database::open(location, &error);
    if (!database) {
        return loaded;
    }
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
    QSqlQuery ids(database->connection());
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
    QSqlQuery regions(database->connection());
    regions.setForwardOnly(true);
    regions.prepare(QStringLiteral("SELECT DISTINCT b.region FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                                   "WHERE e.cycle_id = ? ORDER BY b.region"));
    regions.addBindValue(cycleId);
    if (regions.exec()) {
        while (regions.next()) {
            loaded.regions.append(regions.value(0).toString());
        }
    }
    return loaded;
}

} // namespace

PaymentTableModel::PaymentTableModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

PaymentTableModel::~PaymentTableModel()
{
    if (m_worker) {
        m_worker->wait();
    }
}

void PaymentTableModel::show(qint64 cycleId, const PaymentFilter& filter)
{
    m_cycleId = cycleId;
    m_filter = filter;
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto* result = new Loaded;
    const QString location = m_database.location();
    QThread* worker = QThread::create([location, cycleId, filter, result] {
        if (cycleId != 0) {
            *result = load(location, cycleId, filter);
        }
    });
    connect(worker, &QThread::finished, this, [this, worker, result, generation] {
        worker->deleteLater();
        if (generation == m_generation) {
            beginResetModel();
            m_ids = result->ids;
            m_regions = result->regions;
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

int PaymentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PaymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<QVariantList>* PaymentTableModel::page(int pageIndex) const
{
    if (const auto found = m_pages.constFind(pageIndex); found != m_pages.constEnd()) {
        return &found.value();
    }
    const QList<qint64> ids = m_ids.mid(qsizetype(pageIndex) * kPageSize, kPageSize);
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        placeholders.append(QStringLiteral("?"));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT p.id, p.request_id, b.registry_id, b.region, p.batch_id, p.payee_type, p.payee_address, "
                                 "p.amount_minor_units, p.currency, p.state, p.failure_reason, p.settled_at FROM payment p "
                                 "JOIN entitlement e ON e.id = p.entitlement_id JOIN beneficiary b ON b.id = e.beneficiary_id "
                                 "WHERE p.id IN (%1)")
                      .arg(placeholders.join(u',')));
    for (const qint64 id : ids) {
        query.addBindValue(id);
    }
    if (!query.exec()) {
        return nullptr;
    }
    QHash<qint64, QVariantList> byId;
    while (query.next()) {
        const Money amount(query.value(7).toLongLong(), Currency::fromCode(query.value(8).toString()));
        byId.insert(query.value(0).toLongLong(),
                    {query.value(1), query.value(2), query.value(3), query.value(4),
                     QString(query.value(5).toString() + u':' + query.value(6).toString()),
                     QString(amount.toDecimalString() + u' ' + amount.currency().code()), query.value(9), query.value(10),
                     query.value(11)});
    }
    QList<QVariantList> rows;
    for (const qint64 id : ids) {
        rows.append(byId.value(id, QVariantList(ColumnCount)));
    }
    if (m_pages.size() >= kMaxCachedPages) {
        m_pages.clear();
    }
    return &m_pages.insert(pageIndex, rows).value();
}

QVariant PaymentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const QList<QVariantList>* rows = page(index.row() / kPageSize);
    return rows ? rows->at(index.row() % kPageSize).value(index.column()) : QVariant();
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
