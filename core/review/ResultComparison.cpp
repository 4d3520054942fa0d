#include "ResultComparison.h"

#include "BatchFileRows.h"

#include "csv/CsvReader.h"
#include "hub/G2pConnectClient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace {

struct Reported
{
    QString status;
    QString reason;
    QString settledAt;
};

// The hub's errorInformation is often Mojaloop's JSON ({"errorInformation":{"errorCode":"5103",
// "errorDescription":"..."}}): an officer reads "5103 ...". Anything else is kept as it came.
QString readableReason(const QString& reported)
{
    const QJsonObject object = QJsonDocument::fromJson(reported.toUtf8()).object();
    const QJsonObject information = object.value(QStringLiteral("errorInformation")).isObject()
        ? object.value(QStringLiteral("errorInformation")).toObject()
        : object;
    const QString code = information.value(QStringLiteral("errorCode")).toVariant().toString();
    const QString description = information.value(QStringLiteral("errorDescription")).toString();
    if (code.isEmpty() && description.isEmpty()) {
        return reported.trimmed();
    }
    return QStringList{code, description}.join(u' ').trimmed();
}

// The hub gives times as epoch milliseconds (a number, or its text in the result CSV); ISO 8601 is
// read too. Anything else is no time at all.
QString settledAtOf(const QVariant& value)
{
    bool number = false;
    const qint64 millis = value.toString().trimmed().toLongLong(&number);
    QDateTime when = number && millis > 0 ? QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC)
                                          : QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
    if (!when.isValid()) {
        return {};
    }
    return when.toUTC().toString(Qt::ISODate);
}

ResultComparison::Outcome outcomeOf(const QString& status)
{
    const QString upper = status.trimmed().toUpper();
    if (upper == u"COMPLETED" || upper == u"SUCC" || upper.contains(QStringLiteral("SUCCESS"))) {
        return ResultComparison::Outcome::Paid;
    }
    if (upper == u"FAILED" || upper == u"RJCT" || upper == u"EXCEPTION" || upper == u"REJECTED" || upper == u"ABORTED"
        || upper.contains(QStringLiteral("FAIL")) || upper.contains(QStringLiteral("ERROR"))) {
        return ResultComparison::Outcome::Failed;
    }
    return ResultComparison::Outcome::InFlight;
}

QList<QList<QByteArray>> records(const QByteArray& bytes, QString* error)
{
    CsvReader reader(bytes, ',');
    QList<QList<QByteArray>> all;
    QList<QByteArray> record;
    while (reader.readRecord(record)) {
        all.append(record);
    }
    if (reader.hasError()) {
        *error = reader.errorString();
    }
    return all;
}

QString matchKey(const QString& payee, const QString& amount, const QString& currency)
{
    return payee.trimmed() + u'\x1f' + amount.trimmed() + u'\x1f' + currency.trimmed().toUpper();
}

} // namespace

int ResultComparison::count(Outcome outcome) const
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [outcome](const Line& line) { return line.outcome == outcome; }));
}

QString ResultComparison::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Paid:
        return tr("paid");
    case Outcome::Failed:
        return tr("failed");
    case Outcome::InFlight:
        return tr("in flight");
    case Outcome::Missing:
        return tr("missing");
    }
    return {};
}

ResultComparison ResultComparison::compare(const QByteArray& batchFile, const QByteArray& results)
{
    ResultComparison comparison;
    QHash<QString, Reported> byRequestId;
    QHash<QString, Reported> byPayee;
    byRequestId.reserve(results.size() / 256); // a detail row is some 600 bytes
    int reportedRows = 0;
    const QJsonDocument json = QJsonDocument::fromJson(results);
    const QJsonArray g2pStatuses = G2pConnectClient::statusesOf(json.object().value(QStringLiteral("message")).toObject());
    if (!g2pStatuses.isEmpty()) {
        // A G2P Connect txn/status answer: one status per reference_id.
        for (const QJsonValue& value : g2pStatuses) {
            const QJsonObject item = value.toObject();
            byRequestId.insert(item.value(QStringLiteral("reference_id")).toString(),
                               Reported{item.value(QStringLiteral("status")).toString(), G2pConnectClient::reasonOf(item),
                                        settledAtOf(item.value(QStringLiteral("timestamp")).toVariant())});
            ++reportedRows;
        }
    } else if (json.isObject()) {
        const QJsonArray content = json.object().value(QStringLiteral("content")).toArray();
        for (const QJsonValue& value : content) {
            const QJsonObject transfer = value.toObject();
            QString requestId = transfer.value(QStringLiteral("clientCorrelationId")).toString();
            requestId.remove(u'"'); // the hub stores it with literal quotes
            const Reported reported{transfer.value(QStringLiteral("status")).toString(),
                                    transfer.value(QStringLiteral("errorInformation")).toString(),
                                    settledAtOf(transfer.value(QStringLiteral("completedAt")).toVariant())};
            if (!requestId.isEmpty()) {
                byRequestId.insert(requestId, reported);
            }
            // Closed-loop rows carry the request id as their transactionId instead.
            const QString transactionId = transfer.value(QStringLiteral("transactionId")).toString();
            if (!transactionId.isEmpty() && transactionId != requestId) {
                byRequestId.insert(transactionId, reported);
            }
            if (requestId.isEmpty()) { // an older hub's row: the payee, amount and currency may be all there is
                byPayee.insert(matchKey(transfer.value(QStringLiteral("payeePartyId")).toString(),
                                        transfer.value(QStringLiteral("amount")).toVariant().toString(),
                                        transfer.value(QStringLiteral("currency")).toString()),
                               reported);
            }
            ++reportedRows;
        }
    } else {
        const auto rows = records(results, &comparison.error);
        if (!comparison.error.isEmpty()) {
            comparison.error = tr("the result file: %1").arg(comparison.error);
            return comparison;
        }
        for (const QList<QByteArray>& row : rows) {
            if (row.size() < 9) {
                comparison.error = tr("the result file is neither the hub's batch detail (JSON) nor its result CSV");
                return comparison;
            }
            byPayee.insert(matchKey(QString::fromUtf8(row.at(3)), QString::fromUtf8(row.at(6)), QString::fromUtf8(row.at(7))),
                           Reported{QString::fromUtf8(row.at(1)), QString::fromUtf8(row.at(8)),
                                    row.size() > 10 ? settledAtOf(QString::fromUtf8(row.at(10))) : QString()});
            ++reportedRows;
        }
    }
    const QList<BatchFileRows::Row> batchRows = BatchFileRows::read(batchFile, &comparison.error);
    if (batchRows.isEmpty()) {
        comparison.error = tr("the batch file: %1").arg(comparison.error);
        return comparison;
    }
    int matched = 0;
    for (const BatchFileRows::Row& row : batchRows) {
        Line line{row.requestId, row.payee, row.amount, Outcome::Missing, QString(), QString()};
        std::optional<Reported> reported;
        if (const auto byId = byRequestId.constFind(line.requestId); byId != byRequestId.constEnd()) {
            reported = *byId;
        } else if (const auto byKey = byPayee.constFind(matchKey(line.payee, line.amount, row.currency)); byKey != byPayee.constEnd()) {
            reported = *byKey;
        }
        if (reported) {
            line.outcome = outcomeOf(reported->status);
            line.reason = line.outcome == Outcome::Failed ? readableReason(reported->reason) : QString();
            line.settledAt = line.outcome == Outcome::Paid || line.outcome == Outcome::Failed ? reported->settledAt : QString();
            ++matched;
        }
        comparison.lines.append(line);
    }
    comparison.unmatchedResults = qMax(0, reportedRows - matched);
    comparison.readable = true;
    return comparison;
}
