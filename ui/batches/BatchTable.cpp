#include "BatchTable.h"

#include "widgets/TablePlaceholder.h"

#include "batching/BatchState.h"
#include "i18n/DisplayFormat.h"
#include "programs/Cycle.h"
#include "programs/Program.h"

#include <QHeaderView>
#include <QLocale>

namespace {

constexpr int kRowsMeasured = 100;

} // namespace

BatchTable::BatchTable(QWidget* parent) : QTableWidget(0, 8, parent)
{
    setObjectName(QStringLiteral("batchTable"));
    setAccessibleName(tr("Batches of the cycle"));
    new TablePlaceholder(this, QStringLiteral("batchesEmptyState"),
                         tr("No batch for this cycle: once a checker approved it, a maker presses Prepare payments."));
    setHorizontalHeaderLabels({tr("Batch"), tr("State"), tr("Mode"), tr("Rows"), tr("Total"), tr("SHA-256"),
                               tr("Release"), tr("Hub batch / what to do")});
    horizontalHeader()->setStretchLastSection(true);
    // Columns sized to the first rows: measuring every row of a cycle's 2,000 batches held the
    // window still for a second.
    horizontalHeader()->setResizeContentsPrecision(kRowsMeasured);
    verticalHeader()->setVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void BatchTable::showBatches(const QList<PaymentBatch>& batches, const std::optional<Program>& program,
                             const std::optional<Cycle>& cycle,
                             const QHash<qint64, std::pair<QString, QString>>& signers)
{
    const QLocale locale;
    setUpdatesEnabled(false);
    setRowCount(int(batches.size()));
    for (int row = 0; row < batches.size(); ++row) {
        const PaymentBatch& batch = batches.at(row);
        const QString name = program && cycle
                                 ? tr("%1, %2, batch %3").arg(program->name, cycle->name, locale.toString(row + 1))
                                 : tr("Batch %1").arg(locale.toString(row + 1));
        const bool g2pConnect = program && program->backend == PaymentBackend::G2pConnect;
        const QStringList cells = {name,
                                   batchStateText(batch.state),
                                   g2pConnect ? paymentBackendText(program->backend) : batch.paymentMode,
                                   locale.toString(batch.rowCount),
                                   DisplayFormat::money(batch.total),
                                   batch.fileSha256.left(16) + QStringLiteral("…")};
        for (int column = 0; column < cells.size(); ++column) {
            setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        item(row, 0)->setToolTip(tr("Correlation id: %1").arg(batch.correlationId));
        QStringList release;
        if (batch.pilot) {
            release.append(tr("pilot"));
        }
        const auto signedBy = signers.value(batch.id);
        if (!signedBy.first.isEmpty()) {
            release.append(tr("signed off by %1").arg(signedBy.first));
        }
        if (!signedBy.second.isEmpty()) {
            release.append(tr("countersigned by %1").arg(signedBy.second));
        }
        setItem(row, 6, new QTableWidgetItem(release.join(QStringLiteral("; "))));
        showNote(row, batch);
    }
    resizeColumnsToContents();
    setColumnWidth(7, qMin(columnWidth(7), 420)); // the whole text is in its tooltip
    clearSelection();
    setUpdatesEnabled(true);
}

// The hub's batch id, or what to do with an uncertain or refused batch, whose row stands out.
void BatchTable::showNote(int row, const PaymentBatch& batch)
{
    QString note = batch.hubBatchId;
    QColor standOut;
    if (batch.state == BatchState::Sending) {
        note = tr("Uncertain: the hub may have it. Send again to find out (it is looked up on the hub, never posted "
                  "twice); after the grace period it can be posted again once you confirm. %1")
                   .arg(batch.failureReason);
        standOut = QColor(255, 214, 102); // amber: needs the officer
    } else if (batch.state == BatchState::Rejected) {
        note = tr("Refused, nothing was paid: %1").arg(batch.failureReason);
        standOut = QColor(244, 170, 170);
    }
    auto* noteItem = new QTableWidgetItem(note);
    noteItem->setToolTip(note);
    setItem(row, 7, noteItem);
    if (standOut.isValid()) {
        for (int column = 0; column < columnCount(); ++column) {
            item(row, column)->setBackground(standOut);
        }
    }
}
