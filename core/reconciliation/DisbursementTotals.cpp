#include "DisbursementTotals.h"

#include "storage/Database.h"

#include <QSqlQuery>

DisbursementTotals DisbursementTotals::of(Database& database, qint64 cycleId)
{
    DisbursementTotals totals;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT state, currency, COUNT(*), SUM(amount_minor_units) FROM payment WHERE batch_id IN "
        "(SELECT id FROM payment_batch WHERE cycle_id = ?) GROUP BY state, currency ORDER BY state, currency"));
    query.addBindValue(cycleId);
    if (query.exec()) {
        while (query.next()) {
            const Currency currency = Currency::fromCode(query.value(1).toString());
            totals.rows.append({query.value(0).toString(), currency, query.value(2).toLongLong(),
                                Money(query.value(3).toLongLong(), currency)});
        }
    }
    query.prepare(QStringLiteral(
        "SELECT failure_reason, COUNT(*) FROM payment WHERE batch_id IN (SELECT id FROM payment_batch WHERE "
        "cycle_id = ?) AND state = 'failed' GROUP BY failure_reason ORDER BY COUNT(*) DESC, failure_reason LIMIT 20"));
    query.addBindValue(cycleId);
    if (query.exec()) {
        while (query.next()) {
            totals.failureReasons.append({query.value(0).toString(), query.value(1).toLongLong()});
        }
    }
    query.prepare(QStringLiteral(
        "SELECT substr(settled_at, 1, 16), SUM(CASE WHEN state = 'paid' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END) FROM payment WHERE batch_id IN (SELECT id FROM "
        "payment_batch WHERE cycle_id = ?) AND settled_at <> '' GROUP BY substr(settled_at, 1, 16) ORDER BY 1"));
    query.addBindValue(cycleId);
    if (query.exec()) {
        while (query.next()) {
            QDateTime minute = QDateTime::fromString(query.value(0).toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
            minute.setTimeSpec(Qt::UTC);
            if (minute.isValid()) {
                totals.completions.append({minute, query.value(1).toLongLong(), query.value(2).toLongLong()});
            }
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
