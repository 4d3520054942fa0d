#include "PaymentsBrowser.h"

#include "widgets/TablePlaceholder.h"

#include "models/PaymentTableModel.h"
#include "reconciliation/FailureReasonText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace {

// Selects the entry whose data is value, adding it (with text) when the list lacks it.
void choose(QComboBox* combo, const QVariant& value, const QString& text)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(text, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

PaymentsBrowser::PaymentsBrowser(Database& database, QWidget* parent)
    : QWidget(parent), m_model(new PaymentTableModel(database, this)), m_view(new QTableView(this)),
      m_state(new QComboBox(this)), m_region(new QComboBox(this)), m_batch(new QComboBox(this)),
      m_reason(new QComboBox(this)), m_count(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("paymentsTable"));
    m_view->setAccessibleName(tr("Payments"));
    m_view->setModel(m_model);
    new TablePlaceholder(m_view, QStringLiteral("paymentsEmptyState"),
                         tr("No payment to show: nothing was prepared for this cycle yet."));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_state->setObjectName(QStringLiteral("paymentStateFilter"));
    m_region->setObjectName(QStringLiteral("paymentRegionFilter"));
    m_batch->setObjectName(QStringLiteral("paymentBatchFilter"));
    m_reason->setObjectName(QStringLiteral("paymentReasonFilter"));
    m_count->setObjectName(QStringLiteral("paymentCount"));
    m_state->addItem(tr("Any state"), QString());
    m_state->addItem(tr("paid"), QStringLiteral("paid"));
    m_state->addItem(tr("failed"), QStringLiteral("failed"));
    m_state->addItem(tr("in flight"), QStringLiteral("sent"));
    m_state->addItem(tr("not sent yet"), QStringLiteral("issued"));
    m_region->addItem(tr("Any region"), QString());
    m_batch->addItem(tr("Any batch"), qint64(0));
    m_reason->addItem(tr("Any failure reason"), QString());
    m_reason->setMaximumWidth(320);
    auto* clear = new QPushButton(tr("&Show all"), this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Payments:"), this));
    filters->addWidget(m_state);
    filters->addWidget(m_region);
    filters->addWidget(m_batch);
    filters->addWidget(m_reason, 1);
    filters->addWidget(clear);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    for (QComboBox* combo : {m_state, m_region, m_batch, m_reason}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &PaymentsBrowser::applyCombos);
    }
    connect(clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(m_model, &PaymentTableModel::loaded, this, [this] {
        fillRegions();
        m_count->setText(tr("%1 payments").arg(QLocale().toString(m_model->rowCount())));
        m_view->resizeColumnsToContents();
        Q_EMIT loaded();
    });
}

void PaymentsBrowser::showCycle(qint64 cycleId, const QList<qint64>& batchIds, const QStringList& reasons)
{
    m_cycleId = cycleId;
    {
        m_filling = true;
        const PaymentFilter kept = cycleId == m_model->cycleId() ? filter() : PaymentFilter();
        const QSignalBlocker batchBlocker(m_batch);
        const QSignalBlocker reasonBlocker(m_reason);
        m_batch->clear();
        m_batch->addItem(tr("Any batch"), qint64(0));
        for (const qint64 batchId : batchIds) {
            m_batch->addItem(tr("Batch %1").arg(batchId), batchId);
        }
        m_reason->clear();
        m_reason->addItem(tr("Any failure reason"), QString());
        for (const QString& reason : reasons) {
            if (!reason.isEmpty()) {
                m_reason->addItem(FailureReasonText::of(reason), reason);
            }
        }
        m_filling = false;
        setFilter(kept);
    }
}

void PaymentsBrowser::setFilter(const PaymentFilter& wanted)
{
    m_filling = true;
    choose(m_state, wanted.state, wanted.state);
    choose(m_region, wanted.region, wanted.region);
    choose(m_batch, wanted.batchId, tr("Batch %1").arg(wanted.batchId));
    choose(m_reason, wanted.reason, wanted.reason);
    m_filling = false;
    applyCombos();
}

PaymentFilter PaymentsBrowser::filter() const
{
    return {m_state->currentData().toString(), m_region->currentData().toString(), m_batch->currentData().toLongLong(),
            m_reason->currentData().toString()};
}

void PaymentsBrowser::applyCombos()
{
    if (!m_filling) {
        m_count->setText(tr("Reading…"));
        m_model->show(m_cycleId, filter());
    }
}

void PaymentsBrowser::fillRegions()
{
    const QSignalBlocker blocker(m_region);
    const QString chosen = m_region->currentData().toString();
    m_region->clear();
    m_region->addItem(tr("Any region"), QString());
    for (const QString& region : m_model->regions()) {
        if (!region.isEmpty()) {
            m_region->addItem(region, region);
        }
    }
    choose(m_region, chosen, chosen);
}
