#include "PositionIndexBuilder.h"

#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"

#include <algorithm>

PositionIndexBuilder::PositionIndexBuilder(QString databaseLocation)
    : m_location(std::move(databaseLocation))
{
}

PositionIndexBuilder::~PositionIndexBuilder() = default;

void PositionIndexBuilder::build(quint64 generation, const BeneficiaryQuery& query, bool invalidate)
{
    if (invalidate) {
        m_unfilteredOrders.clear();
    }
    QString error;
    if (!m_database) {
        m_database = Database::open(m_location, &error);
        if (!m_database) {
            Q_EMIT built(generation, {}, 0, error);
            return;
        }
    }
    BeneficiaryRepository repository(*m_database);
    const bool unfiltered = query.text.trimmed().isEmpty();
    const int sortKey = static_cast<int>(query.sort);
    QList<qint64> ids;
    if (unfiltered && m_unfilteredOrders.contains(sortKey)) {
        ids = m_unfilteredOrders.value(sortKey);
    } else {
        BeneficiaryQuery ascending = query;
        ascending.descending = false;
        const auto read = repository.orderedIds(ascending);
        if (!read) {
            Q_EMIT built(generation, {}, 0, repository.lastError());
            return;
        }
        ids = *read;
        if (unfiltered) {
            m_unfilteredOrders.insert(sortKey, ids);
        }
    }
    if (query.descending) {
        std::reverse(ids.begin(), ids.end());
    }
    // Every unfiltered order holds the whole registry: its size is the total.
    qint64 total = ids.size();
    if (!unfiltered) {
        total = m_unfilteredOrders.isEmpty() ? repository.count() : m_unfilteredOrders.constBegin()->size();
    }
    Q_EMIT built(generation, ids, total, QString());
}
