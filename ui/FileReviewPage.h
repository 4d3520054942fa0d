#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

// File review: a batch file (or an exported bundle) checked with no database and no network, for
// finance officers and auditors. The file is at most a few hundred kilobytes: it is read at once.
class FileReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit FileReviewPage(QWidget* parent = nullptr);

    // Reviews a file, as "Open file…" does.
    void openFile(const QString& path);

private:
    void chooseFile();
    void chooseCertificate();

    QLineEdit* m_certificate;
    QLabel* m_summary;
    QTableWidget* m_findings;
    QString m_path;
};
