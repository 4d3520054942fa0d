#include "DisbursementTotals.h"

#include "storage/Database.h"

#include <QSqlQuery>

DisbursementTotals DisbursementTotals::of(Database& database, qint64 cycleId)
{
    DisbursementTotals totals;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT state, currency, COUNT(*), SUM(amount_minor_units) FROM payment WHERE batch_id IN "
                                 "(SELECT id FROM payment_batch WHERE cycle_id = ?) GROUP BY state, currency ORDER BY state, currency"));
    query.addBindValue(cycleId);
    if (query.exec()) {
        while (query.next()) {
            const Currency currency = Currency::fromCode(query.value(1).toString());
            totals.rows.append({query.value(0).toString(), currency, query.value(2).toLongLong(),
                                Money(query.value(3).toLongLong(), currency)});
        }
    }
    query.prepare(QStringLiteral("SELECT failure_reason, COUNT(*) FROM payment WHERE batch_id IN (SELECT id FROM payment_batch WHERE "
                                 "cycle_id = ?) AND state = 'failed' GROUP BY failure_reason ORDER BY COUNT(*) DESC, failure_reason LIMIT 20"));
    query.addBindValue(cycleId);
    if (query.exec()) {
        while (query.next()) {
            totals.failureReasons.append({query.value(0).toString(), query.value(1).toLongLong()});
        }
    }
    return totals;
}

qint64 DisbursementTotals::payments(const QString& state) const
{
    qint64 count = 0;
    for (const Row& row : rows) {
        count += row.state == state ? row.payments : 0;
    }
    return count;
}
