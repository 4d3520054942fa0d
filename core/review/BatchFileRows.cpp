#include "BatchFileRows.h"

#include "csv/CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QList<BatchFileRows::Row> csvRows(const QByteArray& file, QString* error)
{
    CsvReader reader(file, ',');
    QList<QByteArray> header;
    if (!reader.readRecord(header)) {
        *error = reader.hasError() ? reader.errorString() : BatchFileRows::tr("it is empty");
        return {};
    }
    const qsizetype requestColumn = header.indexOf("request_id");
    const qsizetype payeeColumn = header.indexOf("payee_identifier");
    const qsizetype amountColumn = header.indexOf("amount");
    const qsizetype currencyColumn = header.indexOf("currency");
    if (requestColumn < 0 || payeeColumn < 0 || amountColumn < 0 || currencyColumn < 0) {
        *error = BatchFileRows::tr("it lacks request_id, payee_identifier, amount or currency");
        return {};
    }
    QList<BatchFileRows::Row> rows;
    QList<QByteArray> record;
    while (reader.readRecord(record)) {
        if (record.size() == header.size()) {
            rows.append({QString::fromUtf8(record.at(requestColumn)), QString::fromUtf8(record.at(payeeColumn)),
                         QString::fromUtf8(record.at(amountColumn)), QString::fromUtf8(record.at(currencyColumn))});
        }
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return {};
    }
    return rows;
}

QList<BatchFileRows::Row> g2pConnectRows(const QByteArray& file, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file, &parseError);
    const QJsonValue disbursements =
        document.object().value(QStringLiteral("message")).toObject().value(QStringLiteral("disbursements"));
    if (parseError.error != QJsonParseError::NoError || !disbursements.isArray()) {
        *error =
            parseError.error != QJsonParseError::NoError
                ? BatchFileRows::tr("it is not JSON: %1 at byte %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : BatchFileRows::tr("it is JSON, but not a G2P Connect disburse request (no message.disbursements)");
        return {};
    }
    QList<BatchFileRows::Row> rows;
    for (const QJsonValue& value : disbursements.toArray()) {
        const QJsonObject item = value.toObject();
        rows.append({item.value(QStringLiteral("reference_id")).toString(),
                     item.value(QStringLiteral("payee_fa")).toString(),
                     item.value(QStringLiteral("amount")).toVariant().toString(),
                     item.value(QStringLiteral("currency_code")).toString()});
    }
    return rows;
}

} // namespace

bool BatchFileRows::isG2pConnect(const QByteArray& file)
{
    return file.trimmed().startsWith('{');
}

QList<BatchFileRows::Row> BatchFileRows::read(const QByteArray& file, QString* error)
{
    QList<Row> rows = isG2pConnect(file) ? g2pConnectRows(file, error) : csvRows(file, error);
    if (rows.isEmpty() && error->isEmpty()) {
        *error = tr("it holds no payment");
    }
    return rows;
}
