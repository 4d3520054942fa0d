#include "IdPagedTableModel.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace {

constexpr int kMaxCachedPages = 64;

} // namespace

IdPagedTableModel::IdPagedTableModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_database(database)
{
}

IdPagedTableModel::~IdPagedTableModel()
{
    if (m_worker) {
        m_worker->wait();
    }
}

void IdPagedTableModel::load(std::function<Loaded(Database&)> read)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto* result = new Loaded;
    const QString location = m_database.location();
    QThread* worker = QThread::create([location, read = std::move(read), result] {
        QString error;
        if (const auto database = Database::open(location, &error)) {
            *result = read(*database);
        }
    });
    connect(worker, &QThread::finished, this, [this, worker, result, generation] {
        worker->deleteLater();
        if (generation == m_generation) {
            beginResetModel();
            m_ids = result->ids;
            if (result->apply) {
                result->apply();
            }
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

int IdPagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QList<QVariantList> IdPagedTableModel::readInOrder(Database& database, const QString& select, const QList<qint64>& ids,
                                                   const std::function<QVariantList(const QSqlQuery&)>& row)
{
    QString placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        placeholders += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    }
    QSqlQuery query(database.connection());
    query.prepare(select.arg(placeholders));
    for (const qint64 id : ids) {
        query.addBindValue(id);
    }
    if (!query.exec()) {
        return {};
    }
    QHash<qint64, QVariantList> byId;
    while (query.next()) {
        byId.insert(query.value(0).toLongLong(), row(query));
    }
    QList<QVariantList> rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        rows.append(byId.value(id));
    }
    return rows;
}

QVariantList IdPagedTableModel::rowAt(int row) const
{
    const int pageIndex = row / kPageSize;
    auto found = m_pages.constFind(pageIndex);
    if (found == m_pages.constEnd()) {
        QList<QVariantList> rows = readPage(m_database, m_ids.mid(qsizetype(pageIndex) * kPageSize, kPageSize));
        if (rows.isEmpty()) {
            return {};
        }
        if (m_pages.size() >= kMaxCachedPages) {
            m_pages.clear();
        }
        found = m_pages.insert(pageIndex, rows);
    }
    return found->value(row % kPageSize);
}
