#include "BatchRowsView.h"

#include "csv/CsvReader.h"
#include "privacy/IdentifierMask.h"
#include "review/BatchFileRows.h"

#include <QHash>
#include <QHeaderView>

namespace {

QString shown(const QString& identifier, bool masked)
{
    return masked ? IdentifierMask::mask(identifier) : identifier;
}

// A column of a batch file, named for the officer; the file's own name stays in the tooltip.
QString heading(const QString& column)
{
    static const QHash<QString, const char*> kHeadings{
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("BatchRowsView", "Row")},
        {QStringLiteral("request_id"), QT_TRANSLATE_NOOP("BatchRowsView", "Request ID")},
        {QStringLiteral("reference_id"), QT_TRANSLATE_NOOP("BatchRowsView", "Request ID")},
        {QStringLiteral("payment_mode"), QT_TRANSLATE_NOOP("BatchRowsView", "Mode")},
        {QStringLiteral("payer_identifier_type"), QT_TRANSLATE_NOOP("BatchRowsView", "Payer's kind of account")},
        {QStringLiteral("payer_identifier"), QT_TRANSLATE_NOOP("BatchRowsView", "Payer")},
        {QStringLiteral("payee_identifier_type"), QT_TRANSLATE_NOOP("BatchRowsView", "Payee's kind of account")},
        {QStringLiteral("payee_identifier"), QT_TRANSLATE_NOOP("BatchRowsView", "Payee")},
        {QStringLiteral("payee_fa"), QT_TRANSLATE_NOOP("BatchRowsView", "Payee's financial address")},
        {QStringLiteral("account_number"), QT_TRANSLATE_NOOP("BatchRowsView", "Account")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("BatchRowsView", "Amount")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("BatchRowsView", "Currency")},
        {QStringLiteral("currency_code"), QT_TRANSLATE_NOOP("BatchRowsView", "Currency")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("BatchRowsView", "Note")},
    };
    const char* text = kHeadings.value(column);
    return text ? BatchRowsView::tr(text) : column;
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
    setColumns({QStringLiteral("reference_id"), QStringLiteral("payee_fa"), QStringLiteral("amount"),
                QStringLiteral("currency_code")});
    setRowCount(int(rows.size()));
    for (int at = 0; at < rows.size(); ++at) {
        const BatchFileRows::Row& line = rows.at(at);
        const QStringList cells = {line.requestId, shown(line.payee, masked), line.amount, line.currency};
        for (int column = 0; column < cells.size(); ++column) {
            setItem(at, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    resizeColumnsToContents();
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
    setColumns(header);
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
    resizeColumnsToContents();
}

void BatchRowsView::setColumns(const QStringList& fileColumns)
{
    setColumnCount(int(fileColumns.size()));
    for (int column = 0; column < fileColumns.size(); ++column) {
        auto* item = new QTableWidgetItem(heading(fileColumns.at(column)));
        item->setToolTip(tr("In the file: %1").arg(fileColumns.at(column)));
        setHorizontalHeaderItem(column, item);
    }
}
