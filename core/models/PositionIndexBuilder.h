#pragma once

#include "registry/BeneficiaryQuery.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class Database;

// Works in a worker thread for BeneficiaryTableModel: reads the ids of every beneficiary a query
// selects, in its order (the model's position index), on its own database connection, so the GUI
// thread never waits on a scan of the registry.
// The whole registry's order for each sort key is read once (the count and first rows are sent
// ahead, in milliseconds) and kept until invalidate(). A filter then only asks the database which
// ids match, in no order, and takes them from the kept order: no sort of the matches, and the
// reverse order costs nothing.
class PositionIndexBuilder : public QObject
{
    Q_OBJECT

public:
    // Rows sent ahead of the complete index: whole pages of the model.
    static constexpr int kFirstRows = 1024;

    explicit PositionIndexBuilder(QString databaseLocation);
    ~PositionIndexBuilder() override;

    void build(quint64 generation, const BeneficiaryQuery& query, bool invalidate);

Q_SIGNALS:
    // ids holds the first rows of the order, or all of them when complete.
    void built(quint64 generation, const QList<qint64>& ids, qint64 rowCount, qint64 totalCount, bool complete,
               const QString& error);

private:
    QString m_location;
    std::unique_ptr<Database> m_database;
    bool ensureOrder(quint64 generation, const BeneficiaryQuery& query, QString* error);
    QList<qint64> inOrder(const QList<qint64>& order, const QList<qint64>& matches) const;

    QHash<int, QList<qint64>> m_orders; // the whole registry by BeneficiaryQuery::Sort, ascending
    qint64 m_maxId = 0;
};
