#include "PositionIndexBuilder.h"

#include "registry/BeneficiaryRepository.h"
#include "storage/Database.h"

#include <algorithm>
#include <vector>

PositionIndexBuilder::PositionIndexBuilder(QString databaseLocation) : m_location(std::move(databaseLocation)) {}

PositionIndexBuilder::~PositionIndexBuilder() = default;

bool PositionIndexBuilder::ensureOrder(quint64 generation, const BeneficiaryQuery& query, QString* error)
{
    const int sortKey = static_cast<int>(query.sort);
    if (m_orders.contains(sortKey)) {
        return true;
    }
    BeneficiaryRepository repository(*m_database);
    if (query.selectsAll()) {
        // The officer waits for this order: send the count and the first rows ahead of the rest.
        const qint64 total = repository.count();
        const auto first = repository.orderedIds(query, kFirstRows);
        if (total < 0 || !first) {
            *error = repository.lastError();
            return false;
        }
        if (total > first->size()) {
            Q_EMIT built(generation, *first, total, total, false, QString());
        }
    }
    BeneficiaryQuery whole;
    whole.sort = query.sort;
    const auto order = repository.orderedIds(whole);
    if (!order) {
        *error = repository.lastError();
        return false;
    }
    for (const qint64 id : *order) {
        m_maxId = qMax(m_maxId, id);
    }
    m_orders.insert(sortKey, *order);
    return true;
}

QList<qint64> PositionIndexBuilder::inOrder(const QList<qint64>& order, const QList<qint64>& matches) const
{
    // Mark the matches, then walk the kept order once: linear, whatever the number of matches.
    qint64 maxId = m_maxId;
    for (const qint64 id : matches) {
        maxId = qMax(maxId, id);
    }
    std::vector<bool> matched(size_t(maxId + 1), false);
    for (const qint64 id : matches) {
        matched[size_t(id)] = true;
    }
    QList<qint64> ids;
    ids.reserve(matches.size());
    for (const qint64 id : order) {
        if (matched[size_t(id)]) {
            ids.append(id);
        }
    }
    return ids;
}

void PositionIndexBuilder::build(quint64 generation, const BeneficiaryQuery& query, bool invalidate)
{
    if (invalidate) {
        m_orders.clear();
        m_maxId = 0;
    }
    QString error;
    if (!m_database) {
        m_database = Database::open(m_location, &error);
    }
    if (!m_database || !ensureOrder(generation, query, &error)) {
        Q_EMIT built(generation, {}, 0, 0, true, error);
        return;
    }
    const QList<qint64>& order = m_orders[static_cast<int>(query.sort)];
    QList<qint64> ids;
    if (query.selectsAll()) {
        ids = order;
    } else {
        BeneficiaryRepository repository(*m_database);
        const auto matches = repository.matchingIds(query);
        if (!matches) {
            Q_EMIT built(generation, {}, 0, 0, true, repository.lastError());
            return;
        }
        ids = inOrder(order, *matches);
    }
    if (query.descending) {
        std::reverse(ids.begin(), ids.end());
    }
    Q_EMIT built(generation, ids, ids.size(), order.size(), true, QString());
}
