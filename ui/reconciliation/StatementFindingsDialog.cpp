#include "StatementFindingsDialog.h"

#include "i18n/DisplayFormat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

StatementFindingsDialog::StatementFindingsDialog(QWidget* parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_findings(new QTableWidget(0, 5, this))
{
    setWindowTitle(tr("Bank statement against the cycle"));
    m_summary->setObjectName(QStringLiteral("statementSummary"));
    m_summary->setWordWrap(true);
    m_findings->setObjectName(QStringLiteral("statementFindings"));
    m_findings->setHorizontalHeaderLabels(
        {tr("Finding"), tr("Statement line"), tr("Payment or batch"), tr("Amount"), tr("What")});
    m_findings->verticalHeader()->setVisible(false);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    layout->addWidget(buttons);
    resize(900, 500);
}

int StatementFindingsDialog::findingCount() const
{
    return m_findings->rowCount();
}

void StatementFindingsDialog::show(const StatementMatch& match, const QString& file)
{
    m_summary->setText(
        tr("%1: %2 debits; %3 payments the hub paid are debited; %4 paid but not debited (the first %5 listed); "
           "%6 paid after the statement's last day, not looked for.")
            .arg(QDir::toNativeSeparators(file))
            .arg(match.debits)
            .arg(match.debitedPayments)
            .arg(match.paidNotDebitedCount)
            .arg(match.paidNotDebited.size())
            .arg(match.notYetDue));
    const QList<std::pair<QString, const QList<StatementMatch::Finding>*>> lists = {
        {tr("debited, not paid by the hub"), &match.debitedNotPaid},
        {tr("debited twice"), &match.debitedTwice},
        {tr("amount differs"), &match.amountDiffers},
        {tr("brought back by the bank"), &match.reversed},
        {tr("names nothing of this cycle"), &match.unmatched},
        {tr("paid, not debited"), &match.paidNotDebited}};
    m_findings->setRowCount(0);
    for (const auto& [kind, list] : lists) {
        for (const StatementMatch::Finding& finding : *list) {
            const int row = m_findings->rowCount();
            m_findings->insertRow(row);
            m_findings->setItem(row, 0, new QTableWidgetItem(kind));
            m_findings->setItem(
                row, 1,
                new QTableWidgetItem(finding.statementLine > 0 ? QString::number(finding.statementLine) : QString()));
            m_findings->setItem(
                row, 2,
                new QTableWidgetItem(finding.requestId.isEmpty() ? finding.batchCorrelationId : finding.requestId));
            m_findings->setItem(row, 3, new QTableWidgetItem(DisplayFormat::money(finding.amount)));
            m_findings->setItem(row, 4, new QTableWidgetItem(finding.what));
        }
    }
    m_findings->resizeColumnsToContents();
    QDialog::show();
}
