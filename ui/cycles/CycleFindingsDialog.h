#pragma once

#include "assurance/CycleDiffResult.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// What a checker should see before approving a cycle (CycleDiff): the counts of each kind, the
// findings with their beneficiaries and figures, whether the acting checker acknowledged exactly
// this set, and the button to acknowledge it.
class CycleFindingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CycleFindingsDialog(QWidget* parent = nullptr);

    void show(const CycleDiffResult& result, const QString& cycleName, bool acknowledged, bool mayAcknowledge);
    int findingCount() const;

Q_SIGNALS:
    void acknowledgeRequested();

private:
    QLabel* m_summary;
    QTableWidget* m_findings;
    QPushButton* m_acknowledge;
};
