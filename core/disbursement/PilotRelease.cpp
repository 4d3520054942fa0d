#include "PilotRelease.h"

#include "batching/BatchState.h"
#include "storage/Database.h"

#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString percent(qint64 part, qint64 whole)
{
    return QLocale::c().toString(whole > 0 ? 100.0 * double(part) / double(whole) : 0.0, 'f', 1);
}

} // namespace

std::optional<PilotStatus> PilotRelease::status(Database& database, qint64 cycleId, int maxFailedPerMille,
                                                QString* error)
{
    PilotStatus status;
    status.maxFailedPerMille = maxFailedPerMille;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id, state FROM payment_batch WHERE cycle_id = ? AND pilot = 1 ORDER BY id"));
    query.addBindValue(cycleId);
    if (!query.exec()) {
        *error = tr("cannot read the pilot of cycle %1: %2").arg(cycleId).arg(query.lastError().text());
        return std::nullopt;
    }
    status.final = true;
    QStringList notFinal;
    while (query.next()) {
        status.batches.append(query.value(0).toLongLong());
        const auto state = batchStateFromName(query.value(1).toString());
        if (state != BatchState::Completed && state != BatchState::CompletedWithFailures) {
            status.final = false;
            notFinal.append(tr("batch %1 is %2").arg(query.value(0).toLongLong()).arg(query.value(1).toString()));
        }
    }
    status.hasPilot = !status.batches.isEmpty();
    if (!status.hasPilot) {
        status.final = false;
        status.summary = tr("cycle %1 has no pilot").arg(cycleId);
        return status;
    }
    query.prepare(QStringLiteral(
        "SELECT p.state, p.failure_reason, COUNT(*) FROM payment p JOIN payment_batch b ON b.id = p.batch_id "
        "WHERE b.cycle_id = ? AND b.pilot = 1 GROUP BY p.state, p.failure_reason"));
    query.addBindValue(cycleId);
    if (!query.exec()) {
        *error = tr("cannot read the pilot's payments: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QMap<QString, qint64> reasons;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const qint64 count = query.value(2).toLongLong();
        status.payments += count;
        if (state == u"paid") {
            status.paid += count;
        } else if (state == u"failed") {
            status.failed += count;
            reasons[query.value(1).toString().isEmpty() ? tr("no reason given") : query.value(1).toString()] += count;
        } else {
            status.inFlight += count;
        }
    }
    QList<std::pair<QString, qint64>> sorted(reasons.keyValueBegin(), reasons.keyValueEnd());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [reason, count] : sorted.mid(0, 5)) {
        status.commonReasons.append(QStringLiteral("%1 (%2)").arg(reason).arg(count));
    }
    const QString allowed = percent(status.maxFailedPerMille, 1000);
    if (!status.final) {
        status.summary = tr("the pilot has no final results yet (%1): %2 paid, %3 failed, %4 in flight of %5 payments")
                             .arg(notFinal.join(QStringLiteral(", ")))
                             .arg(status.paid)
                             .arg(status.failed)
                             .arg(status.inFlight)
                             .arg(status.payments);
    } else if (!status.withinThreshold()) {
        status.summary =
            tr("the pilot failed %1 of %2 payments (%3 %), above the program's %4 %: the rest of the cycle is stopped. "
               "Most common reasons: %5")
                .arg(status.failed)
                .arg(status.payments)
                .arg(percent(status.failed, status.payments), allowed, status.commonReasons.join(QStringLiteral("; ")));
    } else {
        status.summary = tr("the pilot paid %1 of %2 payments (%3 % failed, at most %4 % allowed): the rest may go")
                             .arg(status.paid)
                             .arg(status.payments)
                             .arg(percent(status.failed, status.payments), allowed);
    }
    return status;
}
