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
    QString payee; // as the results name them; empty when they do not
    QString amount;
};

// "10", "10.0" and "10.00" are one amount; anything else is compared as written.
QString plainAmount(QString amount)
{
    amount = amount.trimmed();
    if (amount.contains(u'.')) {
        while (amount.endsWith(u'0')) {
            amount.chop(1);
        }
        if (amount.endsWith(u'.')) {
            amount.chop(1);
        }
    }
    return amount;
}

// A second row about the same payment: the same status is a harmless repeat; another status is a
// contradiction, which no one row may settle.
void insertReported(QHash<QString, Reported>& rows, QHash<QString, QString>& contradictions, const QString& key,
                    const Reported& reported)
{
    const auto existing = rows.constFind(key);
    if (existing != rows.constEnd() &&
        existing->status.trimmed().compare(reported.status.trimmed(), Qt::CaseInsensitive) != 0) {
        contradictions.insert(key,
                              QCoreApplication::translate("ResultComparison", "the results report it both %1 and %2")
                                  .arg(existing->status.trimmed(), reported.status.trimmed()));
    }
    rows.insert(key, reported);
}

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

// Exact known values only (DESIGN.md §1 rule 9): "UNSUCCESSFUL" is not a success, and a word
// PayDesk does not know never makes a payment final.
ResultComparison::Outcome outcomeOf(const QString& status)
{
    const QString upper = status.trimmed().toUpper();
    if (upper == u"COMPLETED" || upper == u"SUCC" || upper == u"SUCCESS" || upper == u"SUCCESSFUL") {
        return ResultComparison::Outcome::Paid;
    }
    if (upper == u"FAILED" || upper == u"RJCT" || upper == u"EXCEPTION" || upper == u"REJECTED" ||
        upper == u"ABORTED" || upper == u"ERROR") {
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

// What the results report, by request id where they name it, else by payee, amount and currency.
struct ReportedRows
{
    QHash<QString, Reported> byRequestId;
    QHash<QString, Reported> byPayee;
    QHash<QString, QString> contradictions; // key -> why
    int count = 0;
};

// A G2P Connect txn/status answer: one status per reference_id.
void readG2pStatuses(const QJsonArray& statuses, ReportedRows& reported)
{
    for (const QJsonValue& value : statuses) {
        const QJsonObject item = value.toObject();
        insertReported(
            reported.byRequestId, reported.contradictions, item.value(QStringLiteral("reference_id")).toString(),
            Reported{item.value(QStringLiteral("status")).toString(), G2pConnectClient::reasonOf(item),
                     settledAtOf(item.value(QStringLiteral("timestamp")).toVariant()), QString(), QString()});
        ++reported.count;
    }
}

// The hub's batch detail: transfers with their request id (the clientCorrelationId, or the
// transactionId of closed-loop rows), or only payee, amount and currency on an older hub.
void readHubTransfers(const QJsonArray& content, ReportedRows& reported)
{
    for (const QJsonValue& value : content) {
        const QJsonObject transfer = value.toObject();
        QString requestId = transfer.value(QStringLiteral("clientCorrelationId")).toString();
        requestId.remove(u'"'); // the hub stores it with literal quotes
        const Reported row{transfer.value(QStringLiteral("status")).toString(),
                           transfer.value(QStringLiteral("errorInformation")).toString(),
                           settledAtOf(transfer.value(QStringLiteral("completedAt")).toVariant()),
                           transfer.value(QStringLiteral("payeePartyId")).toString(),
                           transfer.value(QStringLiteral("amount")).toVariant().toString()};
        if (!requestId.isEmpty()) {
            insertReported(reported.byRequestId, reported.contradictions, requestId, row);
        }
        const QString transactionId = transfer.value(QStringLiteral("transactionId")).toString();
        if (!transactionId.isEmpty() && transactionId != requestId) {
            insertReported(reported.byRequestId, reported.contradictions, transactionId, row);
        }
        if (requestId.isEmpty()) {
            insertReported(reported.byPayee, reported.contradictions,
                           matchKey(row.payee, row.amount, transfer.value(QStringLiteral("currency")).toString()), row);
        }
        ++reported.count;
    }
}

// The hub's result CSV: status, payee, amount, currency and reason by position, no request id.
bool readResultCsv(const QByteArray& results, ReportedRows& reported, QString* error)
{
    const auto rows = records(results, error);
    if (!error->isEmpty()) {
        *error = ResultComparison::tr("the result file: %1").arg(*error);
        return false;
    }
    for (const QList<QByteArray>& row : rows) {
        if (row.size() < 9) {
            *error =
                ResultComparison::tr("the result file is neither the hub's batch detail (JSON) nor its result CSV");
            return false;
        }
        insertReported(
            reported.byPayee, reported.contradictions,
            matchKey(QString::fromUtf8(row.at(3)), QString::fromUtf8(row.at(6)), QString::fromUtf8(row.at(7))),
            Reported{QString::fromUtf8(row.at(1)), QString::fromUtf8(row.at(8)),
                     row.size() > 10 ? settledAtOf(QString::fromUtf8(row.at(10))) : QString(),
                     QString::fromUtf8(row.at(3)), QString::fromUtf8(row.at(6))});
        ++reported.count;
    }
    return true;
}

// What the results say of one row of the frozen file, checked against it: a result about another
// payee or amount, or contradicting another row, settles nothing.
void settle(ResultComparison::Line& line, const Reported& reported, const QString& contradiction)
{
    using Outcome = ResultComparison::Outcome;
    line.outcome = outcomeOf(reported.status);
    line.reason = line.outcome == Outcome::Failed ? readableReason(reported.reason) : QString();
    line.settledAt = line.outcome == Outcome::Paid || line.outcome == Outcome::Failed ? reported.settledAt : QString();
    QString dispute = contradiction;
    if (dispute.isEmpty() && !reported.payee.isEmpty() && reported.payee.trimmed() != line.payee.trimmed()) {
        dispute = ResultComparison::tr("the results name payee %1, the frozen file %2")
                      .arg(reported.payee.trimmed(), line.payee);
    }
    if (dispute.isEmpty() && !reported.amount.isEmpty() && plainAmount(reported.amount) != plainAmount(line.amount)) {
        dispute = ResultComparison::tr("the results name amount %1, the frozen file %2")
                      .arg(reported.amount.trimmed(), line.amount);
    }
    if (!dispute.isEmpty()) {
        line.outcome = Outcome::Disputed;
        line.reason = dispute;
        line.settledAt.clear();
    }
}

} // namespace

int ResultComparison::count(Outcome outcome) const
{
    return int(
        std::count_if(lines.cbegin(), lines.cend(), [outcome](const Line& line) { return line.outcome == outcome; }));
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
    case Outcome::Disputed:
        return tr("disputed");
    }
    return {};
}

ResultComparison ResultComparison::compare(const QByteArray& batchFile, const QByteArray& results)
{
    ResultComparison comparison;
    ReportedRows reported;
    reported.byRequestId.reserve(results.size() / 256); // a detail row is some 600 bytes
    const QJsonDocument json = QJsonDocument::fromJson(results);
    const QJsonArray g2pStatuses =
        G2pConnectClient::statusesOf(json.object().value(QStringLiteral("message")).toObject());
    if (!g2pStatuses.isEmpty()) {
        readG2pStatuses(g2pStatuses, reported);
    } else if (json.isObject()) {
        readHubTransfers(json.object().value(QStringLiteral("content")).toArray(), reported);
    } else if (!readResultCsv(results, reported, &comparison.error)) {
        return comparison;
    }
    const QList<BatchFileRows::Row> batchRows = BatchFileRows::read(batchFile, &comparison.error);
    if (batchRows.isEmpty()) {
        comparison.error = tr("the batch file: %1").arg(comparison.error);
        return comparison;
    }
    int matched = 0;
    for (const BatchFileRows::Row& row : batchRows) {
        Line line{row.requestId, row.payee, row.amount, Outcome::Missing, QString(), QString()};
        if (const auto byId = reported.byRequestId.constFind(line.requestId); byId != reported.byRequestId.constEnd()) {
            settle(line, *byId, reported.contradictions.value(line.requestId));
            ++matched;
        } else if (const auto byKey = reported.byPayee.constFind(matchKey(line.payee, line.amount, row.currency));
                   byKey != reported.byPayee.constEnd()) {
            settle(line, *byKey, reported.contradictions.value(byKey.key()));
            ++matched;
        }
        comparison.lines.append(line);
    }
    comparison.unmatchedResults = qMax(0, reported.count - matched);
    comparison.readable = true;
    return comparison;
}
