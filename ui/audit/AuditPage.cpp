#include "AuditPage.h"

#include "i18n/DisplayFormat.h"
#include "widgets/TablePlaceholder.h"

#include "audit/AuditLog.h"
#include "audit/AuditWording.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kEntriesShown = 1000;

} // namespace

AuditPage::AuditPage(Database& database, QWidget* parent)
    : QWidget(parent), m_database(database), m_filter(new QLineEdit(this)), m_table(new QTableWidget(0, 4, this)),
      m_verification(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("auditFilterEdit"));
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_filter->setPlaceholderText(tr("Filter by officer, action or subject"));
    m_filter->setClearButtonEnabled(true);
    auto* reloadButton = new QPushButton(tr("&Reload"), this);
    auto* verifyButton = new QPushButton(tr("&Verify the chain"), this);
    verifyButton->setObjectName(QStringLiteral("verifyAuditButton"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries"));
    new TablePlaceholder(m_table, QStringLiteral("auditEmptyState"),
                         tr("Nothing recorded yet, or nothing matches the filter."));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("Officer"), tr("What happened")});
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // sentences wrap
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_verification->setObjectName(QStringLiteral("auditVerification"));
    m_verification->setWordWrap(true);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(reloadButton);
    toolbar->addWidget(verifyButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_verification);

    connect(m_filter, &QLineEdit::textChanged, this, &AuditPage::applyFilter);
    connect(reloadButton, &QPushButton::clicked, this, &AuditPage::reload);
    connect(verifyButton, &QPushButton::clicked, this, &AuditPage::verify);
    reload();
}

void AuditPage::reload()
{
    const QList<AuditEntry> entries = AuditLog(m_database).latest(kEntriesShown);
    AuditWording wording;
    QString error;
    if (!wording.load(m_database, &error)) {
        m_verification->setText(error); // the sentences then name ids, not names
    }
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry& entry = entries.at(row);
        const QStringList cells = {QString::number(entry.sequence), DisplayFormat::dateTime(entry.occurredAt),
                                   entry.officer, wording.sentence(entry)};
        // What the log holds, word for word, for an auditor who hovers: the action and its states.
        const QString recorded = tr("%1 on %2 %3\nbefore: %4\nafter: %5")
                                     .arg(entry.action, entry.subjectType, entry.subjectId,
                                          entry.before.isEmpty() ? tr("(nothing)") : entry.before, entry.after);
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(recorded);
            item->setData(Qt::UserRole, recorded);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    applyFilter();
}

void AuditPage::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 2; column <= 3 && !match; ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            match = item->text().contains(text, Qt::CaseInsensitive) ||
                    item->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive);
        }
        m_table->setRowHidden(row, !match);
    }
}

void AuditPage::verify()
{
    const AuditVerification result = AuditLog(m_database).verify();
    m_verification->setText(result.intact ? tr("The audit log is intact: %n entries, each chained to the one before.",
                                               nullptr, int(result.entriesChecked))
                                          : tr("The audit log is broken: %1.").arg(result.problem));
}
