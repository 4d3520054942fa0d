#include "CycleFindingsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CycleFindingsDialog::CycleFindingsDialog(QWidget* parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_findings(new QTableWidget(0, 4, this)),
      m_acknowledge(new QPushButton(tr("&Acknowledge these findings"), this))
{
    setWindowTitle(tr("Before approval"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_findings->setObjectName(QStringLiteral("cycleFindings"));
    m_findings->setHorizontalHeaderLabels({tr("Finding"), tr("Registry ID"), tr("Name"), tr("Figures or reason")});
    m_findings->verticalHeader()->setVisible(false);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeFindingsButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_acknowledge, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    connect(m_acknowledge, &QPushButton::clicked, this, &CycleFindingsDialog::acknowledgeRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

int CycleFindingsDialog::findingCount() const
{
    return m_findings->rowCount();
}

void CycleFindingsDialog::show(const CycleDiffResult& result, const QString& cycleName, bool acknowledged,
                               bool mayAcknowledge)
{
    const QLocale locale;
    QStringList counts;
    for (int kind = 0; kind < CycleFinding::kKinds; ++kind) {
        if (result.counts.at(kind) == 0) {
            continue;
        }
        counts.append(tr("%1: %2").arg(CycleFinding::kindName(CycleFinding::Kind(kind)),
                                       locale.toString(result.counts.at(kind))));
    }
    const QString against = result.previousCycleId > 0 ? tr("against cycle %1").arg(result.previousCycleName)
                                                       : tr("the program's first cycle, so against no earlier one");
    const QString state = acknowledged ? tr("You acknowledged exactly these findings.")
                                       : tr("Not acknowledged by you: a checker acknowledges them before approving.");
    const QString found = counts.isEmpty() ? tr("Nothing found") : counts.join(QStringLiteral("; "));
    m_summary->setText(tr("Cycle %1, %2. %3.\n%4").arg(cycleName, against, found, state));
    m_findings->setRowCount(int(result.findings.size()));
    for (int row = 0; row < result.findings.size(); ++row) {
        const CycleFinding& finding = result.findings.at(row);
        m_findings->setItem(row, 0, new QTableWidgetItem(CycleFinding::kindName(finding.kind)));
        m_findings->setItem(row, 1, new QTableWidgetItem(finding.registryId));
        m_findings->setItem(row, 2, new QTableWidgetItem(finding.name));
        m_findings->setItem(row, 3, new QTableWidgetItem(finding.detail));
    }
    m_findings->resizeColumnsToContents();
    m_acknowledge->setEnabled(mayAcknowledge && !acknowledged);
    QDialog::show();
}
