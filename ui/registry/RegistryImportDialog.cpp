#include "RegistryImportDialog.h"

#include "csv/CsvReader.h"
#include "registry/RegistryImporter.h"
#include "widgets/BackgroundJobs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum MappingColumn
{
    HeaderColumn,
    FieldColumn
};

} // namespace

RegistryImportDialog::RegistryImportDialog(QString databaseLocation, QString officerId, OfficerKeyring signers, QWidget* parent)
    : QDialog(parent)
    , m_databaseLocation(std::move(databaseLocation))
    , m_officerId(std::move(officerId))
    , m_signers(std::move(signers))
    , m_fileEdit(new QLineEdit(this))
    , m_mappingTable(new QTableWidget(0, 2, this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_rejectedTable(new QTableWidget(0, 3, this))
    , m_startButton(new QPushButton(tr("&Import"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel import"), this))
    , m_saveRejectsButton(new QPushButton(tr("&Save rejected rows…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_jobs(new BackgroundJobs(this))
{
    setWindowTitle(tr("Import registry"));
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileEdit->setAccessibleName(tr("Registry file"));
    m_fileEdit->setReadOnly(true);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Registry field")});
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setColumnWidth(HeaderColumn, 240);
    m_mappingTable->verticalHeader()->setVisible(false);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejectedTable->setObjectName(QStringLiteral("rejectedTable"));
    m_rejectedTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_rejectedTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectedTable->setColumnWidth(0, 80);
    m_rejectedTable->setColumnWidth(1, 160);
    m_rejectedTable->verticalHeader()->setVisible(false);
    m_rejectedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectedTable->setVisible(false);
    m_startButton->setObjectName(QStringLiteral("startImportButton"));
    m_startButton->setEnabled(false);
    m_startButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setEnabled(false);
    m_saveRejectsButton->setObjectName(QStringLiteral("saveRejectedButton"));
    m_saveRejectsButton->setVisible(false);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browseButton);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_startButton);
    actions->addWidget(m_cancelButton);
    actions->addStretch();
    actions->addWidget(m_saveRejectsButton);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Registry file:"), fileRow);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Columns (check that each column feeds the right field):"), this));
    layout->addWidget(m_mappingTable, 1);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_rejectedTable, 1);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &RegistryImportDialog::browse);
    connect(m_startButton, &QPushButton::clicked, this, &RegistryImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_jobs->cancelAll();
        m_cancelButton->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_saveRejectsButton, &QPushButton::clicked, this, &RegistryImportDialog::saveRejectedRows);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RegistryImportDialog::reject);
    resize(760, 640);
}

bool RegistryImportDialog::isRunning() const
{
    return m_jobs->busy();
}

void RegistryImportDialog::reject()
{
    if (m_jobs->busy()) {
        // Closing cancels; the dialog closes once the worker has rolled back.
        m_jobs->cancelAll();
        m_cancelButton->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
        connect(this, &RegistryImportDialog::importFinished, this, &QDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

void RegistryImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a registry file"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        setFilePath(path);
    }
}

void RegistryImportDialog::setFilePath(const QString& path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    loadHeaders();
}

void RegistryImportDialog::loadHeaders()
{
    m_mappingTable->setRowCount(0);
    m_startButton->setEnabled(false);
    QFile file(QDir::fromNativeSeparators(m_fileEdit->text()));
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot open %1: %2").arg(m_fileEdit->text(), file.errorString()));
        return;
    }
    CsvReader reader(&file);
    QList<QByteArray> header;
    if (!reader.readRecord(header)) {
        m_status->setText(reader.hasError() ? reader.errorString() : tr("The file is empty."));
        return;
    }
    m_mappingTable->setRowCount(int(header.size()));
    for (int row = 0; row < header.size(); ++row) {
        const QString name = QString::fromUtf8(header.at(row)).trimmed();
        auto* item = new QTableWidgetItem(name);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_mappingTable->setItem(row, HeaderColumn, item);
        auto* combo = new QComboBox(m_mappingTable);
        combo->addItem(tr("(ignore this column)"), -1);
        for (int field = 0; field < kRegistryFieldCount; ++field) {
            combo->addItem(registryFieldName(static_cast<RegistryField>(field)), field);
        }
        if (const auto field = registryFieldFromHeader(name)) {
            combo->setCurrentIndex(combo->findData(int(*field)));
        }
        m_mappingTable->setCellWidget(row, FieldColumn, combo);
    }
    m_status->setText(tr("%n column(s) found. Press Import to read and check every row.", nullptr, int(header.size())));
    m_startButton->setEnabled(true);
}

void RegistryImportDialog::startImport()
{
    RegistryImportParams params;
    params.filePath = QDir::fromNativeSeparators(m_fileEdit->text());
    params.databaseLocation = m_databaseLocation;
    params.today = QDate::currentDate();
    params.officer = m_officerId;
    params.signers = m_signers;
    params.rejectsPath = m_workDir.filePath(QFileInfo(params.filePath).completeBaseName() + QStringLiteral(".rejected.csv"));
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(row, FieldColumn));
        const int field = combo->currentData().toInt();
        const QString header = m_mappingTable->item(row, HeaderColumn)->text();
        if (field >= 0) {
            params.mapping.map(header, static_cast<RegistryField>(field));
        }
    }
    m_startButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_saveRejectsButton->setVisible(false);
    m_rejectedTable->setVisible(false);
    m_progress->setValue(0);
    m_status->setText(tr("Importing…"));
    // The import stops at its next progress report once cancelled, and rolls back.
    m_jobs->run<RegistryImportResult>(
        [params](const JobControl& control) {
            RegistryImporter importer;
            QObject::connect(&importer, &RegistryImporter::progressChanged, [&importer, &control](qint64 bytesRead, qint64 bytesTotal, qint64 rowsRead) {
                control.report(tr("Importing… %1 rows read").arg(QLocale().toString(rowsRead)),
                               bytesTotal > 0 ? int(bytesRead * 1000 / bytesTotal) : 0, 1000);
                if (control.cancelled()) {
                    importer.cancel();
                }
            });
            return importer.run(params);
        },
        [this](const RegistryImportResult& result) { showResult(result); },
        [this](const QString& text, int done, int) {
            m_progress->setValue(done);
            m_status->setText(text);
        });
}

void RegistryImportDialog::showResult(const RegistryImportResult& result)
{
    m_result = result;
    m_cancelButton->setEnabled(false);
    m_startButton->setEnabled(true);
    const QLocale locale;
    if (!result.succeeded) {
        m_progress->setValue(0);
        m_status->setText(result.cancelled ? result.error : tr("Nothing was imported. %1").arg(result.error));
        Q_EMIT importFinished();
        return;
    }
    m_progress->setValue(m_progress->maximum());
    QString summary = tr("Read %1 rows: %2 new, %3 updated, %4 rejected.")
                          .arg(locale.toString(result.rowsRead), locale.toString(result.inserted),
                               locale.toString(result.updated), locale.toString(result.rejected));
    if (result.sharedAccountCount > 0) {
        summary += u' ' + tr("%1 payee accounts are held by more than one registry id (likely duplicates), e.g. %2.")
                              .arg(locale.toString(result.sharedAccountCount),
                                   result.sharedAccounts.constFirst().registryIds.join(QStringLiteral(", ")));
    }
    if (!result.ignoredColumns.isEmpty()) {
        summary += u' ' + tr("Ignored columns: %1.").arg(result.ignoredColumns.join(QStringLiteral(", ")));
    }
    m_status->setText(summary);
    m_rejectedTable->setRowCount(0);
    for (const RowIssues& row : result.rejectedSample) {
        for (const FieldIssue& issue : row.issues) {
            const int at = m_rejectedTable->rowCount();
            m_rejectedTable->insertRow(at);
            m_rejectedTable->setItem(at, 0, new QTableWidgetItem(QString::number(row.line)));
            m_rejectedTable->setItem(at, 1, new QTableWidgetItem(issue.column));
            m_rejectedTable->setItem(at, 2, new QTableWidgetItem(issue.reason));
        }
    }
    m_rejectedTable->setVisible(result.rejected > 0);
    m_saveRejectsButton->setVisible(!result.rejectsPath.isEmpty());
    Q_EMIT importSucceeded();
    Q_EMIT importFinished();
}

void RegistryImportDialog::saveRejectedRows()
{
    const QString target = QFileDialog::getSaveFileName(this, tr("Save rejected rows"),
                                                        QFileInfo(m_result.rejectsPath).fileName(),
                                                        tr("CSV files (*.csv)"));
    if (target.isEmpty()) {
        return;
    }
    QFile::remove(target);
    if (!QFile::copy(m_result.rejectsPath, target)) {
        QMessageBox::warning(this, tr("Save rejected rows"),
                             tr("Cannot write %1.").arg(QDir::toNativeSeparators(target)));
    }
}
