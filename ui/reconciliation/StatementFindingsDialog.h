#pragma once

#include "statements/StatementMatch.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// What a bank statement's three-way match found, listed for the officer: each finding with its
// kind, the statement line, the payment or batch, the amount and what is wrong.
class StatementFindingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StatementFindingsDialog(QWidget* parent = nullptr);

    void show(const StatementMatch& match, const QString& file);
    int findingCount() const;

private:
    QLabel* m_summary;
    QTableWidget* m_findings;
};
