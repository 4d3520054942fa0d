#include "BatchRowsView.h"

#include "csv/CsvReader.h"
#include "privacy/IdentifierMask.h"
#include "review/BatchFileRows.h"

#include <QHeaderView>

namespace {

QString shown(const QString& identifier, bool masked)
{
    return masked ? IdentifierMask::mask(identifier) : identifier;
}

} // namespace

BatchRowsView::BatchRowsView(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("batchRows"));
    setAccessibleName(tr("Payments of the chosen batch"));
    verticalHeader()->setVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void BatchRowsView::showNothing()
{
    clear();
    setRowCount(0);
    setColumnCount(0);
}

void BatchRowsView::showFile(const QByteArray& file, bool masked)
{
    clear();
    setRowCount(0);
    if (BatchFileRows::isG2pConnect(file)) {
        showG2pConnectRequest(file, masked);
    } else {
        showPaymentHubCsv(file, masked);
    }
}

void BatchRowsView::showG2pConnectRequest(const QByteArray& file, bool masked)
{
    QString error;
    const QList<BatchFileRows::Row> rows = BatchFileRows::read(file, &error);
    setColumnCount(4);
    setHorizontalHeaderLabels({QStringLiteral("reference_id"), QStringLiteral("payee_fa"), QStringLiteral("amount"),
                               QStringLiteral("currency_code")});
    setRowCount(int(rows.size()));
    for (int at = 0; at < rows.size(); ++at) {
        const BatchFileRows::Row& line = rows.at(at);
        const QStringList cells = {line.requestId, shown(line.payee, masked), line.amount, line.currency};
        for (int column = 0; column < cells.size(); ++column) {
            setItem(at, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

void BatchRowsView::showPaymentHubCsv(const QByteArray& file, bool masked)
{
    CsvReader reader(file, ',');
    QList<QByteArray> record;
    reader.readRecord(record);
    QStringList header;
    for (const QByteArray& name : record) {
        header.append(QString::fromUtf8(name));
    }
    setColumnCount(int(header.size()));
    setHorizontalHeaderLabels(header);
    const qsizetype payeeColumn = header.indexOf(QStringLiteral("payee_identifier"));
    const qsizetype accountColumn = header.indexOf(QStringLiteral("account_number"));
    while (reader.readRecord(record)) {
        const int at = rowCount();
        insertRow(at);
        for (int column = 0; column < record.size() && column < header.size(); ++column) {
            const QString value = QString::fromUtf8(record.at(column));
            setItem(
                at, column,
                new QTableWidgetItem(column == payeeColumn || column == accountColumn ? shown(value, masked) : value));
        }
    }
}
