#include "FileReviewPage.h"

#include "review/BatchFileReviewer.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

FileReviewPage::FileReviewPage(QWidget* parent)
    : QWidget(parent)
    , m_certificate(new QLineEdit(this))
    , m_summary(new QLabel(tr("Open a Payment Hub EE batch file, or the CSV of an exported bundle, to review it. "
                              "Nothing is sent anywhere."),
                           this))
    , m_findings(new QTableWidget(0, 3, this))
{
    auto* open = new QPushButton(tr("&Open file…"), this);
    open->setObjectName(QStringLiteral("openReviewFileButton"));
    auto* browseCertificate = new QPushButton(tr("Certificate…"), this);
    m_certificate->setObjectName(QStringLiteral("reviewCertificate"));
    m_certificate->setPlaceholderText(tr("optional: the tenant's certificate, to check the signature"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setObjectName(QStringLiteral("reviewFindings"));
    m_findings->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->verticalHeader()->setVisible(false);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(open);
    toolbar->addWidget(m_certificate, 1);
    toolbar->addWidget(browseCertificate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    connect(open, &QPushButton::clicked, this, &FileReviewPage::chooseFile);
    connect(browseCertificate, &QPushButton::clicked, this, &FileReviewPage::chooseCertificate);
}

void FileReviewPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Review a batch file"), QString(), tr("CSV files (*.csv);;All files (*)"));
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
    BatchFileReviewer::Options options;
    if (!m_certificate->text().isEmpty()) {
        QFile certificate(QDir::fromNativeSeparators(m_certificate->text()));
        if (certificate.open(QIODevice::ReadOnly)) {
            options.certificate = certificate.read(1 << 20);
        }
    }
    const BatchReview review = BatchFileReviewer::reviewPath(path, options);
    m_findings->setRowCount(0);
    if (!review.readable) {
        m_summary->setText(tr("%1 cannot be reviewed: %2").arg(QDir::toNativeSeparators(path), review.error));
        return;
    }
    const QLocale locale;
    QStringList totals;
    for (auto it = review.totals.constBegin(); it != review.totals.constEnd(); ++it) {
        totals.append(it.value().toDecimalString() + u' ' + it.key());
    }
    QStringList lines = {tr("%1: %2 rows, %3 bytes, total %4.")
                             .arg(QDir::toNativeSeparators(path), locale.toString(review.rows), locale.toString(review.fileBytes),
                                  totals.join(QStringLiteral(", "))),
                         tr("SHA-256: %1").arg(review.sha256)};
    if (review.signatureValid) {
        lines.append(tr("Signature: %1.").arg(review.signatureDetail));
    }
    if (review.manifestMatches) {
        lines.append(tr("Manifest: %1.").arg(review.manifestDetail));
    }
    lines.append(review.clean() ? tr("Nothing the hub would refuse.")
                                : tr("%n problem(s) found.", nullptr, int(review.findings.size())));
    m_summary->setText(lines.join(u'\n'));
    m_findings->setRowCount(int(review.findings.size()));
    for (int row = 0; row < review.findings.size(); ++row) {
        const BatchReview::Finding& finding = review.findings.at(row);
        m_findings->setItem(row, 0, new QTableWidgetItem(finding.line > 0 ? QString::number(finding.line) : tr("file")));
        m_findings->setItem(row, 1, new QTableWidgetItem(finding.column));
        m_findings->setItem(row, 2, new QTableWidgetItem(finding.problem));
    }
    m_findings->resizeColumnToContents(0);
}
