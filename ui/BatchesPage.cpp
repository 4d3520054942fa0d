#include "BatchesPage.h"

#include "OfficerSession.h"

#include "batching/BatchRepository.h"
#include "batching/BundleExporter.h"
#include "batching/PaymentPreparer.h"
#include "batching/SigningKey.h"
#include "csv/CsvReader.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

BatchesPage::BatchesPage(OfficerSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_cycle(new QComboBox(this))
    , m_batches(new QTableWidget(0, 6, this))
    , m_rows(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    m_cycle->setObjectName(QStringLiteral("batchCycleCombo"));
    m_cycle->setAccessibleName(tr("Cycle"));
    auto* prepareButton = new QPushButton(tr("&Prepare payments"), this);
    prepareButton->setObjectName(QStringLiteral("preparePaymentsButton"));
    auto* exportButton = new QPushButton(tr("&Export bundle…"), this);
    exportButton->setObjectName(QStringLiteral("exportBundleButton"));
    m_batches->setObjectName(QStringLiteral("batchTable"));
    m_batches->setHorizontalHeaderLabels({tr("Batch"), tr("State"), tr("Mode"), tr("Rows"), tr("Total"), tr("SHA-256")});
    m_batches->horizontalHeader()->setStretchLastSection(true);
    m_batches->verticalHeader()->setVisible(false);
    m_batches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_batches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batches->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setObjectName(QStringLiteral("batchRows"));
    m_rows->verticalHeader()->setVisible(false);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Cycle:"), this));
    toolbar->addWidget(m_cycle, 1);
    toolbar->addWidget(prepareButton);
    toolbar->addWidget(exportButton);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_batches);
    splitter->addWidget(m_rows);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_cycle, &QComboBox::currentIndexChanged, this, &BatchesPage::reloadBatches);
    connect(m_batches, &QTableWidget::itemSelectionChanged, this, &BatchesPage::showRows);
    connect(prepareButton, &QPushButton::clicked, this, &BatchesPage::prepare);
    connect(exportButton, &QPushButton::clicked, this, &BatchesPage::chooseExport);
    reloadCycles();
}

BatchesPage::~BatchesPage()
{
    if (m_worker) {
        m_worker->wait();
    }
}

void BatchesPage::reloadCycles()
{
    const qint64 shown = m_cycle->currentData().toLongLong();
    const QSignalBlocker blocker(m_cycle);
    m_cycle->clear();
    CycleService cycles(m_session.database());
    for (const Program& program : ProgramRepository(m_session.database()).all()) {
        for (const Cycle& cycle : cycles.cyclesOf(program.id)) {
            if (cycle.state == CycleState::Approved || cycle.state == CycleState::Distributed) {
                m_cycle->addItem(tr("%1 — %2").arg(program.name, cycle.name), cycle.id);
            }
        }
    }
    m_cycle->setCurrentIndex(qMax(0, m_cycle->findData(shown)));
    reloadBatches();
}

void BatchesPage::reloadBatches()
{
    m_shown = BatchRepository(m_session.database()).batchesOf(m_cycle->currentData().toLongLong());
    const QLocale locale;
    m_batches->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const PaymentBatch& batch = m_shown.at(row);
        const QStringList cells = {batch.correlationId,        batchStateName(batch.state),
                                   batch.paymentMode,          locale.toString(batch.rowCount),
                                   batch.total.toDecimalString() + u' ' + batch.total.currency().code(),
                                   batch.fileSha256.left(16) + QStringLiteral("…")};
        for (int column = 0; column < cells.size(); ++column) {
            m_batches->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_batches->resizeColumnsToContents();
    m_rows->clear();
    m_rows->setRowCount(0);
}

void BatchesPage::showRows()
{
    const int row = m_batches->currentRow();
    if (row < 0 || row >= m_shown.size()) {
        return;
    }
    // A batch file is bounded by the program's batch policy: it is read at once.
    const auto batch = BatchRepository(m_session.database()).find(m_shown.at(row).id);
    if (!batch) {
        return;
    }
    QBuffer buffer;
    buffer.setData(batch->file);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, ',');
    QList<QByteArray> record;
    reader.readRecord(record);
    QStringList header;
    for (const QByteArray& name : record) {
        header.append(QString::fromUtf8(name));
    }
    m_rows->clear();
    m_rows->setColumnCount(int(header.size()));
    m_rows->setHorizontalHeaderLabels(header);
    m_rows->setRowCount(0);
    while (reader.readRecord(record)) {
        const int at = m_rows->rowCount();
        m_rows->insertRow(at);
        for (int column = 0; column < record.size() && column < header.size(); ++column) {
            m_rows->setItem(at, column, new QTableWidgetItem(QString::fromUtf8(record.at(column))));
        }
    }
}

void BatchesPage::prepare()
{
    const auto& officer = m_session.officer();
    const qint64 cycleId = m_cycle->currentData().toLongLong();
    if (!officer || cycleId == 0 || m_worker) {
        m_status->setText(tr("Choose an approved cycle and who is acting first."));
        return;
    }
    const QString location = m_session.database().location();
    const Officer actor = *officer;
    auto* result = new PreparationResult;
    setEnabled(false);
    m_status->setText(tr("Preparing payments and freezing their batch files…"));
    // Its own connection: a connection belongs to the thread that opened it.
    QThread* worker = QThread::create([location, cycleId, actor, result] {
        QString error;
        const auto database = Database::open(location, &error);
        *result = database ? PaymentPreparer(*database).prepare(cycleId, actor) : PreparationResult{};
        if (!database) {
            result->error = error;
        }
    });
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        m_worker = nullptr;
        setEnabled(true);
        m_status->setText(result->succeeded ? PaymentPreparer::summary(*result)
                                            : tr("No payments were prepared: %1").arg(result->error));
        delete result;
        reloadBatches();
        Q_EMIT prepared();
    });
    m_worker = worker;
    worker->start();
}

QString BatchesPage::exportSelected(const QString& folder, const QString& keyPath)
{
    const int row = m_batches->currentRow();
    if (row < 0 || row >= m_shown.size()) {
        m_status->setText(tr("Choose a batch first."));
        return {};
    }
    QString error;
    std::unique_ptr<SigningKey> key;
    if (!keyPath.isEmpty() && !(key = SigningKey::fromFile(keyPath, {}, &error))) {
        m_status->setText(tr("The bundle was not exported: %1").arg(error));
        return {};
    }
    const QString base = BundleExporter::exportBatch(m_session.database(), m_shown.at(row).id, folder, key.get(), &error);
    m_status->setText(base.isEmpty() ? tr("The bundle was not exported: %1").arg(error)
                                     : tr("Exported to %1 (.csv, .manifest.json%2).")
                                           .arg(QDir::toNativeSeparators(base), key ? QStringLiteral(", .signature") : QString()));
    return base;
}

void BatchesPage::chooseExport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the batch into"));
    if (folder.isEmpty()) {
        return;
    }
    const QString key = QFileDialog::getOpenFileName(this, tr("The tenant's private key, to sign (cancel: unsigned)"),
                                                     QString(), tr("PEM keys (*.pem);;All files (*)"));
    exportSelected(folder, key);
}
