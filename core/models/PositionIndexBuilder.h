#pragma once

#include "storage/BeneficiaryQuery.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class Database;

// Works in a worker thread for BeneficiaryTableModel: reads the ids of every beneficiary a query
// selects, in its order (the model's position index), on its own database connection, so the GUI
// thread never waits on a scan of the registry. Unfiltered orders are cached until invalidate():
// switching back to a seen order, or to the reverse of one, costs no query.
class PositionIndexBuilder : public QObject
{
    Q_OBJECT

public:
    explicit PositionIndexBuilder(QString databaseLocation);
    ~PositionIndexBuilder() override;

    void build(quint64 generation, const BeneficiaryQuery& query, bool invalidate);

Q_SIGNALS:
    void built(quint64 generation, const QList<qint64>& ids, qint64 totalCount, const QString& error);

private:
    QString m_location;
    std::unique_ptr<Database> m_database;
    QHash<int, QList<qint64>> m_unfilteredOrders; // by BeneficiaryQuery::Sort, ascending
};
