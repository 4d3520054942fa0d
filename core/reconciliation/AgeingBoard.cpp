#include "AgeingBoard.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

QString AgeingBoard::bandName(Band band)
{
    switch (band) {
    case Band::UnderAnHour:
        return tr("under an hour");
    case Band::UnderADay:
        return tr("1 to 24 hours");
    case Band::UnderAWeek:
        return tr("1 to 7 days");
    case Band::OverAWeek:
        return tr("over 7 days");
    }
    return {};
}

QList<AgeingBoard::Batch> AgeingBoard::read(Database& database, const QDateTime& now, qint64 cycleId, QString* error)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT b.id, b.cycle_id, c.name, b.hub_batch_id, b.state, b.sending_since, COUNT(*), "
        "SUM(p.amount_minor_units), p.currency "
        "FROM payment p JOIN payment_batch b ON b.id = p.batch_id JOIN cycle c ON c.id = b.cycle_id "
        "WHERE (p.state = 'sent' OR (p.state = 'issued' AND b.state = 'sending')) AND (? = 0 OR b.cycle_id = ?) "
        "GROUP BY b.id, b.cycle_id, c.name, b.hub_batch_id, b.state, b.sending_since, p.currency ORDER BY "
        "b.sending_since, b.id"));
    query.addBindValue(cycleId);
    query.addBindValue(cycleId);
    if (!query.exec()) {
        *error = tr("cannot read the payments without an outcome: %1").arg(query.lastError().text());
        return {};
    }
    QList<Batch> batches;
    while (query.next()) {
        Batch batch;
        batch.batchId = query.value(0).toLongLong();
        batch.cycleId = query.value(1).toLongLong();
        batch.cycleName = query.value(2).toString();
        batch.hubBatchId = query.value(3).toString();
        batch.uncertain = query.value(4).toString() == u"sending";
        batch.since = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        batch.ageMinutes = batch.since.isValid() ? qMax<qint64>(0, batch.since.secsTo(now) / 60) : 0;
        batch.band = batch.ageMinutes < 60            ? Band::UnderAnHour
                     : batch.ageMinutes < 24 * 60     ? Band::UnderADay
                     : batch.ageMinutes < 7 * 24 * 60 ? Band::UnderAWeek
                                                      : Band::OverAWeek;
        batch.payments = query.value(6).toLongLong();
        batch.amount = Money(query.value(7).toLongLong(), Currency::fromCode(query.value(8).toString()));
        if (batch.uncertain) {
            batch.action =
                tr("uncertain: resolve it (\"Send to the hub…\" on the Batches page); it is posted again only once "
                   "the hub is known not to have it");
        } else if (batch.band == Band::OverAWeek) {
            batch.action = tr("escalate: ask the hub's operator about hub batch %1; reconciling has not brought its "
                              "outcome in a week")
                               .arg(batch.hubBatchId);
        } else {
            batch.action =
                tr("in flight on the hub: reconcile to ask it again (Reconcile now, on the Reconciliation page)");
        }
        batches.append(batch);
    }
    return batches;
}

QList<qint64> AgeingBoard::paymentsPerBand(const QList<Batch>& batches)
{
    QList<qint64> counts(kBands, 0);
    for (const Batch& batch : batches) {
        counts[int(batch.band)] += batch.payments;
    }
    return counts;
}
