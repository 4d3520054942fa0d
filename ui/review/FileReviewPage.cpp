#include "FileReviewPage.h"

#include "i18n/DisplayFormat.h"
#include "widgets/BackgroundJobs.h"
#include "widgets/TablePlaceholder.h"

#include "evidence/EvidencePackVerifier.h"
#include "review/BatchFileReviewer.h"
#include "review/ReviewReport.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

FileReviewPage::FileReviewPage(QWidget* parent)
    : QWidget(parent), m_certificate(new QLineEdit(this)),
      m_summary(new QLabel(tr("Open a Payment Hub EE batch file, or the CSV of an exported bundle, to review it. "
                              "Nothing is sent anywhere."),
                           this)),
      m_findings(new QTableWidget(0, 3, this)), m_jobs(new BackgroundJobs(this))
{
    auto* open = new QPushButton(tr("&Open file…"), this);
    open->setObjectName(QStringLiteral("openReviewFileButton"));
    auto* browseCertificate = new QPushButton(tr("&Certificate…"), this);
    auto* results = new QPushButton(tr("&Results…"), this);
    results->setObjectName(QStringLiteral("reviewResultsButton"));
    auto* pack = new QPushButton(tr("Evidence &pack…"), this);
    pack->setObjectName(QStringLiteral("openEvidencePackButton"));
    pack->setToolTip(
        tr("Check an evidence pack folder: every file, audit entry, approval, signature and batch in it."));
    auto* exportButton = new QPushButton(tr("E&xport review…"), this);
    exportButton->setObjectName(QStringLiteral("exportReviewButton"));
    m_certificate->setObjectName(QStringLiteral("reviewCertificate"));
    m_certificate->setAccessibleName(tr("The tenant's certificate, to check the signature"));
    m_certificate->setPlaceholderText(tr("optional: the tenant's certificate, to check the signature"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setObjectName(QStringLiteral("reviewFindings"));
    m_findings->setAccessibleName(tr("Problems found in the file"));
    new TablePlaceholder(m_findings, QStringLiteral("reviewEmptyState"),
                         tr("Open a batch file (or an evidence pack) to see here what the hub would refuse."));
    m_findings->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->verticalHeader()->setVisible(false);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(open);
    toolbar->addWidget(m_certificate, 1);
    toolbar->addWidget(browseCertificate);
    toolbar->addWidget(results);
    toolbar->addWidget(pack);
    toolbar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    connect(open, &QPushButton::clicked, this, &FileReviewPage::chooseFile);
    connect(browseCertificate, &QPushButton::clicked, this, &FileReviewPage::chooseCertificate);
    connect(results, &QPushButton::clicked, this, &FileReviewPage::chooseResults);
    connect(exportButton, &QPushButton::clicked, this, &FileReviewPage::chooseExport);
    connect(pack, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("An evidence pack folder"));
        if (!folder.isEmpty()) {
            openEvidencePack(folder);
        }
    });
}

bool FileReviewPage::openEvidencePack(const QString& folder)
{
    if (m_jobs->busy()) {
        return false;
    }
    m_summary->setText(tr("Checking the evidence pack %1…").arg(QDir::toNativeSeparators(folder)));
    m_findings->setRowCount(0);
    setEnabled(false);
    // A pack holds every payment of a cycle: hashed and reviewed in a worker.
    const QByteArray anchor = m_trustAnchor;
    m_jobs->run<EvidenceCheck>(
        [folder, anchor](const JobControl&) { return EvidencePackVerifier::verify(folder, anchor); },
        [this, folder](const EvidenceCheck& check) {
            setEnabled(true);
            m_review.reset();
            m_comparison.reset();
            m_path.clear();
            if (!check.readable) {
                m_summary->setText(check.error);
            } else {
                QStringList lines = {tr("Evidence pack %1:").arg(QDir::toNativeSeparators(folder))};
                for (const QString& held : std::as_const(check.held)) {
                    lines.append(tr("Checked: %1.").arg(held));
                }
                lines.append(check.clean() ? tr("The evidence pack holds.")
                                           : tr("%n problem(s) found.", nullptr, int(check.problems.size())));
                m_summary->setText(lines.join(u'\n'));
            }
            m_findings->setHorizontalHeaderLabels({tr("File"), QString(), tr("Problem")});
            m_findings->setRowCount(int(check.problems.size()));
            for (int row = 0; row < check.problems.size(); ++row) {
                m_findings->setItem(row, 0, new QTableWidgetItem(check.problems.at(row).file));
                m_findings->setItem(row, 2, new QTableWidgetItem(check.problems.at(row).problem));
            }
            m_findings->resizeColumnToContents(0);
            Q_EMIT evidenceChecked(check.clean());
        });
    return true;
}

void FileReviewPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Review a batch file"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void FileReviewPage::chooseCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The tenant's certificate"));
    if (!path.isEmpty()) {
        m_certificate->setText(QDir::toNativeSeparators(path));
        if (!m_path.isEmpty()) {
            openFile(m_path);
        }
    }
}

void FileReviewPage::openFile(const QString& path)
{
    m_path = path;
    m_comparison.reset();
    BatchFileReviewer::Options options;
    options.trustAnchor = m_trustAnchor;
    if (!m_certificate->text().isEmpty()) {
        QFile certificate(QDir::fromNativeSeparators(m_certificate->text()));
        if (certificate.open(QIODevice::ReadOnly)) {
            options.certificate = certificate.read(1 << 20);
        }
    }
    m_review = BatchFileReviewer::reviewPath(path, options);
    showReview();
}

void FileReviewPage::compareWith(const QString& resultsPath)
{
    QFile batch(m_path);
    QFile results(resultsPath);
    if (!m_review || !batch.open(QIODevice::ReadOnly) || !results.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Open a batch file first, then the hub's results for it."));
        return;
    }
    m_comparison = ResultComparison::compare(batch.read(1 << 24), results.read(1 << 26));
    showReview();
}

void FileReviewPage::chooseResults()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The hub's results for this batch"), QString(),
                                                      tr("Batch detail or result file (*.json *.csv);;All files (*)"));
    if (!path.isEmpty()) {
        compareWith(path);
    }
}

void FileReviewPage::chooseExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the review"), QString(), tr("PDF (*.pdf);;CSV (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool FileReviewPage::exportTo(const QString& path)
{
    if (!m_review || !m_review->readable) {
        return false;
    }
    const ResultComparison* comparison = m_comparison && m_comparison->readable ? &*m_comparison : nullptr;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        QSaveFile file(path);
        const QByteArray bytes = ReviewReport::csv(m_path, *m_review, comparison);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(tr("Batch file review"));
    QTextDocument document;
    document.setHtml(ReviewReport::html(m_path, *m_review, comparison));
    document.print(&writer);
    return QFileInfo(path).size() > 0;
}

void FileReviewPage::showReview()
{
    const BatchReview& review = *m_review;
    m_findings->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_findings->setRowCount(0);
    if (!review.readable) {
        m_summary->setText(tr("%1 cannot be reviewed: %2").arg(QDir::toNativeSeparators(m_path), review.error));
        return;
    }
    const QLocale locale;
    QStringList totals;
    for (auto it = review.totals.constBegin(); it != review.totals.constEnd(); ++it) {
        totals.append(DisplayFormat::money(it.value()));
    }
    QStringList lines = {tr("%1: %2 rows, %3 bytes, total %4.")
                             .arg(QDir::toNativeSeparators(m_path), locale.toString(review.rows),
                                  locale.toString(review.fileBytes), totals.join(QStringLiteral(", "))),
                         tr("SHA-256: %1").arg(review.sha256)};
    // Each check says whether it holds, marked; one that fails is a problem in the table too.
    QList<BatchReview::Finding> failedChecks;
    const auto check = [&lines, &failedChecks](const std::optional<bool>& holds, const QString& what,
                                               const QString& detail) {
        if (!holds) {
            return;
        }
        lines.append((*holds ? tr("✓ %1: %2.") : tr("✗ %1: %2.")).arg(what, detail));
        if (!*holds) {
            failedChecks.append({0, what, detail});
        }
    };
    check(review.signatureValid, tr("Signature"), review.signatureDetail);
    check(review.manifestMatches, tr("Manifest"), review.manifestDetail);
    check(review.signOffValid, tr("Sign-off"), review.signOffDetail);
    lines.append(ReviewReport::verdict(review));
    if (m_comparison) {
        lines.append(m_comparison->readable
                         ? tr("Against the hub's results: %1 paid, %2 failed, %3 in flight, %4 missing.")
                               .arg(m_comparison->count(ResultComparison::Outcome::Paid))
                               .arg(m_comparison->count(ResultComparison::Outcome::Failed))
                               .arg(m_comparison->count(ResultComparison::Outcome::InFlight))
                               .arg(m_comparison->count(ResultComparison::Outcome::Missing))
                         : tr("The results cannot be compared: %1").arg(m_comparison->error));
    }
    m_summary->setText(lines.join(u'\n'));
    const QList<BatchReview::Finding> shown = failedChecks + review.findings;
    m_findings->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const BatchReview::Finding& finding = shown.at(row);
        m_findings->setItem(row, 0,
                            new QTableWidgetItem(finding.line > 0 ? QString::number(finding.line) : tr("file")));
        m_findings->setItem(row, 1, new QTableWidgetItem(finding.column));
        m_findings->setItem(row, 2, new QTableWidgetItem(finding.problem));
    }
    if (m_comparison && m_comparison->readable) {
        for (const ResultComparison::Line& line : m_comparison->lines) {
            if (line.outcome != ResultComparison::Outcome::Paid) {
                const int row = m_findings->rowCount();
                m_findings->insertRow(row);
                m_findings->setItem(row, 0, new QTableWidgetItem(ResultComparison::outcomeName(line.outcome)));
                m_findings->setItem(row, 1, new QTableWidgetItem(line.requestId));
                m_findings->setItem(row, 2, new QTableWidgetItem(line.reason));
            }
        }
    }
    m_findings->resizeColumnToContents(0);
}
