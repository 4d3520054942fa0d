#include "RegistryImportDialog.h"

#include "registry/RegistryFilePreview.h"
#include "registry/RegistryImporter.h"
#include "widgets/BackgroundJobs.h"

#include <QCheckBox>
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
    FieldColumn,
    MatchColumn,
};

enum OutcomeColumn
{
    LineColumn,
    WhereColumn,
    OutcomeKindColumn,
    ReasonColumn,
};

QString matchText(RegistryColumnMapping::Match match)
{
    switch (match) {
    case RegistryColumnMapping::Match::Canonical:
        return RegistryImportDialog::tr("Its own name");
    case RegistryColumnMapping::Match::Spelling:
        return RegistryImportDialog::tr("Guessed from another system's name: check it");
    case RegistryColumnMapping::Match::Explicit:
        return RegistryImportDialog::tr("Chosen by you");
    case RegistryColumnMapping::Match::Ignored:
        break;
    }
    return RegistryImportDialog::tr("Not imported");
}

} // namespace

RegistryImportDialog::RegistryImportDialog(QString databaseLocation, QString officerId, OfficerKeyring signers,
                                           QWidget* parent)
    : QDialog(parent), m_databaseLocation(std::move(databaseLocation)), m_officerId(std::move(officerId)),
      m_signers(std::move(signers)), m_fileEdit(new QLineEdit(this)), m_mappingTable(new QTableWidget(0, 3, this)),
      m_columnWarnings(new QLabel(this)),
      m_confirmGuesses(new QCheckBox(tr("I have checked the &guessed columns"), this)),
      m_refuseInvalidEncoding(new QCheckBox(
          tr("Refuse the whole file if a row is not &UTF-8 (otherwise only that row is rejected)"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_rejectedTable(new QTableWidget(0, 4, this)),
      m_startButton(new QPushButton(tr("&Import"), this)), m_cancelButton(new QPushButton(tr("&Cancel import"), this)),
      m_saveRejectsButton(new QPushButton(tr("&Save rejected rows…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)), m_jobs(new BackgroundJobs(this))
{
    setWindowTitle(tr("Import registry"));
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileEdit->setAccessibleName(tr("Registry file"));
    m_fileEdit->setReadOnly(true);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    m_startButton->setObjectName(QStringLiteral("startImportButton"));
    m_startButton->setEnabled(false);
    m_startButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setEnabled(false);
    m_saveRejectsButton->setObjectName(QStringLiteral("saveRejectedButton"));
    m_saveRejectsButton->setVisible(false);

    setUpWidgets();
    buildLayout(browseButton);

    connect(browseButton, &QPushButton::clicked, this, &RegistryImportDialog::browse);
    connect(m_startButton, &QPushButton::clicked, this, &RegistryImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_jobs->cancelAll();
        m_cancelButton->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_saveRejectsButton, &QPushButton::clicked, this, &RegistryImportDialog::saveRejectedRows);
    connect(m_confirmGuesses, &QCheckBox::toggled, this, &RegistryImportDialog::showMappingState);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RegistryImportDialog::reject);
    resize(820, 680);
}

void RegistryImportDialog::setUpWidgets()
{
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Registry field"), tr("How it was matched")});
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setColumnWidth(HeaderColumn, 200);
    m_mappingTable->setColumnWidth(FieldColumn, 180);
    m_mappingTable->verticalHeader()->setVisible(false);
    m_columnWarnings->setObjectName(QStringLiteral("columnWarnings"));
    m_columnWarnings->setWordWrap(true);
    m_columnWarnings->setTextFormat(Qt::PlainText); // it quotes the file's own headers
    QFont warningFont = m_columnWarnings->font();
    warningFont.setBold(true);
    m_columnWarnings->setFont(warningFont);
    m_columnWarnings->setVisible(false);
    m_confirmGuesses->setObjectName(QStringLiteral("confirmGuessesCheck"));
    m_confirmGuesses->setVisible(false);
    m_refuseInvalidEncoding->setObjectName(QStringLiteral("refuseInvalidEncodingCheck"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejectedTable->setObjectName(QStringLiteral("rejectedTable"));
    m_rejectedTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Outcome"), tr("Reason")});
    m_rejectedTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectedTable->setColumnWidth(LineColumn, 70);
    m_rejectedTable->setColumnWidth(WhereColumn, 150);
    m_rejectedTable->setColumnWidth(OutcomeKindColumn, 130);
    m_rejectedTable->verticalHeader()->setVisible(false);
    m_rejectedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectedTable->setVisible(false);
}

void RegistryImportDialog::buildLayout(QPushButton* browseButton)
{
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
    layout->addWidget(m_columnWarnings);
    layout->addWidget(m_confirmGuesses);
    layout->addWidget(m_refuseInvalidEncoding);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_rejectedTable, 1);
    layout->addWidget(m_buttons);
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
    m_headersRead = false;
    m_mappingTable->setRowCount(0);
    m_startButton->setEnabled(false);
    m_columnWarnings->setVisible(false);
    m_confirmGuesses->setVisible(false);
    m_preview = RegistryFilePreview::read(QDir::fromNativeSeparators(m_fileEdit->text()), RegistryColumnMapping());
    const RegistryFilePreview& preview = m_preview;
    if (!preview.readable()) {
        m_status->setText(preview.fileError());
        return;
    }
    const QStringList& headers = preview.headers();
    const QList<RegistryColumnMapping::Match>& matches = preview.mapping().matches();
    m_mappingTable->setRowCount(int(headers.size()));
    bool guessed = false;
    for (int row = 0; row < headers.size(); ++row) {
        auto* item = new QTableWidgetItem(headers.at(row));
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_mappingTable->setItem(row, HeaderColumn, item);
        auto* combo = new QComboBox(m_mappingTable);
        combo->addItem(tr("(ignore this column)"), -1);
        for (int field = 0; field < kRegistryFieldCount; ++field) {
            combo->addItem(registryFieldName(static_cast<RegistryField>(field)), field);
        }
        const auto match = row < matches.size() ? matches.at(row) : RegistryColumnMapping::Match::Ignored;
        if (match != RegistryColumnMapping::Match::Ignored) {
            combo->setCurrentIndex(combo->findData(int(*registryFieldFromHeader(headers.at(row)))));
        }
        guessed = guessed || match == RegistryColumnMapping::Match::Spelling;
        auto* how = new QTableWidgetItem(matchText(match));
        how->setFlags(how->flags() & ~Qt::ItemIsEditable);
        m_mappingTable->setItem(row, MatchColumn, how);
        m_mappingTable->setCellWidget(row, FieldColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] {
            m_mappingTable->item(row, MatchColumn)->setText(matchText(RegistryColumnMapping::Match::Explicit));
            checkMapping();
        });
    }
    m_headersRead = true;
    m_confirmGuesses->setChecked(false);
    m_confirmGuesses->setVisible(guessed);
    showMappingState(); // the file as read, with the columns as matched: nothing to read again
}

RegistryColumnMapping RegistryImportDialog::chosenMapping() const
{
    RegistryColumnMapping mapping;
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(row, FieldColumn));
        const int field = combo->currentData().toInt();
        const QString header = m_mappingTable->item(row, HeaderColumn)->text();
        if (field >= 0) {
            mapping.map(header, static_cast<RegistryField>(field));
        } else {
            mapping.ignore(header);
        }
    }
    return mapping;
}

void RegistryImportDialog::checkMapping()
{
    if (m_headersRead) {
        m_preview = RegistryFilePreview::read(QDir::fromNativeSeparators(m_fileEdit->text()), chosenMapping());
        showMappingState();
    }
}

void RegistryImportDialog::showMappingState()
{
    if (!m_headersRead) {
        return;
    }
    const RegistryFilePreview& preview = m_preview;
    const QStringList& warnings = preview.warnings();
    QStringList lines;
    for (const QString& warning : warnings) {
        lines.append(tr("Warning: %1").arg(warning));
    }
    m_columnWarnings->setText(lines.join(u'\n'));
    m_columnWarnings->setVisible(!warnings.isEmpty());
    const bool confirmed = !m_confirmGuesses->isVisible() || m_confirmGuesses->isChecked();
    if (!preview.readable() || !preview.mappingError().isEmpty()) {
        m_status->setText(preview.readable() ? preview.mappingError() : preview.fileError());
    } else if (!confirmed) {
        m_status->setText(tr("Check the guessed columns, then tick the box above."));
    } else {
        m_status->setText(tr("%n column(s) found. Press Import to read and check every row.", nullptr,
                             int(preview.headers().size())));
    }
    m_startButton->setEnabled(preview.readable() && preview.mappingError().isEmpty() && confirmed && !m_jobs->busy());
}

void RegistryImportDialog::startImport()
{
    RegistryImportParams params;
    params.filePath = QDir::fromNativeSeparators(m_fileEdit->text());
    params.databaseLocation = m_databaseLocation;
    params.today = QDate::currentDate();
    params.officer = m_officerId;
    params.signers = m_signers;
    params.rejectsPath =
        m_workDir.filePath(QFileInfo(params.filePath).completeBaseName() + QStringLiteral(".rejected.csv"));
    params.mapping = chosenMapping();
    params.refuseFileOnInvalidEncoding = m_refuseInvalidEncoding->isChecked();
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
            QObject::connect(&importer, &RegistryImporter::progressChanged,
                             [&importer, &control](qint64 bytesRead, qint64 bytesTotal, qint64 rowsRead) {
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
    QString summary =
        tr("Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.")
            .arg(locale.toString(result.rowsRead), locale.toString(result.inserted), locale.toString(result.updated),
                 locale.toString(result.unchanged), locale.toString(result.rejected));
    if (result.rowsWithWarnings > 0) {
        summary += u' ' + tr("%Ln imported row(s) had a value changed by a documented rule (listed below).", nullptr,
                             int(result.rowsWithWarnings));
    }
    if (result.sharedAccountCount > 0) {
        summary +=
            u' ' +
            tr("%1 payee accounts of this file are held by more than one registry id (likely duplicates), e.g. %2.")
                .arg(locale.toString(result.sharedAccountCount),
                     result.sharedAccounts.constFirst().registryIds.join(QStringLiteral(", ")));
    }
    if (!result.ignoredColumns.isEmpty()) {
        summary += u' ' + tr("Ignored columns: %1.").arg(result.ignoredColumns.join(QStringLiteral(", ")));
    }
    for (const QString& warning : result.columnWarnings) {
        summary += u' ' + warning;
    }
    m_status->setText(summary);
    m_rejectedTable->setRowCount(0);
    const auto list = [this, &locale](const QList<RowIssues>& rows, const QString& outcome) {
        for (const RowIssues& row : rows) {
            for (const FieldIssue& issue : row.issues) {
                const int at = m_rejectedTable->rowCount();
                m_rejectedTable->insertRow(at);
                const QString where = issue.columnNumber > 0
                                          ? tr("%1 (column %2)").arg(issue.column).arg(issue.columnNumber)
                                          : tr("whole row");
                m_rejectedTable->setItem(at, LineColumn, new QTableWidgetItem(locale.toString(row.line)));
                m_rejectedTable->setItem(at, WhereColumn, new QTableWidgetItem(where));
                m_rejectedTable->setItem(at, OutcomeKindColumn, new QTableWidgetItem(outcome));
                m_rejectedTable->setItem(at, ReasonColumn, new QTableWidgetItem(issue.reason));
            }
        }
    };
    list(result.rejectedSample, tr("Rejected"));
    list(result.warningSample, tr("Imported, changed"));
    m_rejectedTable->setVisible(result.rejected > 0 || result.rowsWithWarnings > 0);
    m_saveRejectsButton->setVisible(!result.rejectsPath.isEmpty());
    Q_EMIT importSucceeded();
    Q_EMIT importFinished();
}

void RegistryImportDialog::saveRejectedRows()
{
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save rejected rows"), QFileInfo(m_result.rejectsPath).fileName(), tr("CSV files (*.csv)"));
    if (target.isEmpty()) {
        return;
    }
    QFile::remove(target);
    if (!QFile::copy(m_result.rejectsPath, target)) {
        QMessageBox::warning(this, tr("Save rejected rows"),
                             tr("Cannot write %1.").arg(QDir::toNativeSeparators(target)));
    }
}
