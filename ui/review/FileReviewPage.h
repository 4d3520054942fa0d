#pragma once

#include "review/BatchReview.h"
#include "review/ResultComparison.h"

#include <QWidget>

#include <optional>

class BackgroundJobs;
class QLabel;
class QLineEdit;
class QTableWidget;

// File review: a batch file (or an exported bundle) checked with no database and no network, for
// finance officers and auditors. The file is at most a few hundred kilobytes: it is read at once.
// An evidence pack folder is checked too (EvidencePackVerifier), in a worker.
class FileReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit FileReviewPage(QWidget* parent = nullptr);

    // Reviews a file, as "Open file…" does.
    void openFile(const QString& path);
    // Compares the open file with the hub's results (batch detail JSON or result CSV), as "Results…" does.
    void compareWith(const QString& resultsPath);
    // Writes the review as CSV or PDF (by the file's ending), as the export buttons do.
    bool exportTo(const QString& path);
    // Checks an evidence pack folder in a worker, as "Evidence pack…" does; evidenceChecked() when done.
    bool openEvidencePack(const QString& folder);
    // The administrator's certificate (PEM) officers' signatures are checked against: the anchor of
    // the database the window opened, never one a file or pack carries.
    void setTrustAnchor(const QByteArray& pem) { m_trustAnchor = pem; }

Q_SIGNALS:
    void evidenceChecked(bool clean);

private:
    void chooseFile();
    void chooseCertificate();
    void chooseResults();
    void chooseExport();
    void showReview();

    QLineEdit* m_certificate;
    QLabel* m_summary;
    QTableWidget* m_findings;
    QString m_path;
    QByteArray m_trustAnchor;
    std::optional<BatchReview> m_review;
    std::optional<ResultComparison> m_comparison;
    BackgroundJobs* m_jobs;
};
