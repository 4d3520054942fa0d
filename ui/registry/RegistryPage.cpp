#include "RegistryPage.h"

#include "RegistryImportDialog.h"

#include "models/BeneficiaryTableModel.h"
#include "privacy/IdentifierMask.h"
#include "registry/BeneficiaryRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kFilterDelayMs = 250;
constexpr int kSharedAccountShown = 10;

} // namespace

RegistryPage::RegistryPage(Database& database, QWidget* parent)
    : QWidget(parent), m_database(database), m_model(new BeneficiaryTableModel(database, this)),
      m_filterField(new QComboBox(this)), m_filterEdit(new QLineEdit(this)),
      m_sharedPayeeOnly(new QCheckBox(tr("Only &shared payee accounts"), this)), m_filterTimer(new QTimer(this)),
      m_table(new QTableView(this)), m_details(new QFormLayout), m_emptyState(new QLabel(this))
{
    auto* importButton = new QPushButton(tr("&Import registry…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    m_filterField->setObjectName(QStringLiteral("registryFilterField"));
    m_filterField->setAccessibleName(tr("Filter by"));
    m_filterField->addItem(tr("Name"), int(BeneficiaryQuery::Filter::Name));
    m_filterField->addItem(tr("Registry ID"), int(BeneficiaryQuery::Filter::RegistryId));
    m_filterField->addItem(tr("Region"), int(BeneficiaryQuery::Filter::Region));
    m_filterField->addItem(tr("Phone"), int(BeneficiaryQuery::Filter::Phone));
    m_filterEdit->setObjectName(QStringLiteral("registryFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter text"));
    m_filterEdit->setPlaceholderText(tr("Filter: part of a name (3+ letters), or the start of an ID, region or phone"));
    m_filterEdit->setClearButtonEnabled(true);
    m_sharedPayeeOnly->setObjectName(QStringLiteral("sharedPayeeOnlyCheck"));
    m_sharedPayeeOnly->setToolTip(
        tr("Beneficiaries whose payee account another registry id also holds: likely duplicates"));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    refreshButton->setToolTip(tr("Read the registry again (other officers may have changed a shared database)"));

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(importButton);
    toolbar->addWidget(refreshButton);
    toolbar->addSpacing(16);
    toolbar->addWidget(new QLabel(tr("Filter by"), this));
    toolbar->addWidget(m_filterField);
    toolbar->addWidget(m_filterEdit, 1);
    toolbar->addWidget(m_sharedPayeeOnly);

    setUpTable();
    QGroupBox* detailBox = buildDetails();

    m_emptyState->setObjectName(QStringLiteral("registryEmptyState"));
    m_emptyState->setText(tr("The registry is empty. Import a registry CSV file to begin."));
    m_emptyState->setAlignment(Qt::AlignCenter);

    auto* splitter = new QSplitter(this);
    auto* tableArea = new QWidget(splitter);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_emptyState);
    tableLayout->addWidget(m_table, 1);
    splitter->addWidget(tableArea);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    detailBox->setMinimumWidth(300);
    splitter->setSizes({760, 300});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    connect(importButton, &QPushButton::clicked, this, &RegistryPage::openImportDialog);
    connect(refreshButton, &QPushButton::clicked, m_model, &BeneficiaryTableModel::refresh);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterField, &QComboBox::currentIndexChanged, this, &RegistryPage::applyFilter);
    connect(m_filterTimer, &QTimer::timeout, this, &RegistryPage::applyFilter);
    connect(m_sharedPayeeOnly, &QCheckBox::toggled, m_model, &BeneficiaryTableModel::setSharedPayeeOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegistryPage::showDetails);
    connect(m_model, &BeneficiaryTableModel::countsChanged, this, &RegistryPage::publishStatus);
    connect(m_model, &BeneficiaryTableModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            Q_EMIT statusChanged(tr("Reading the registry…"));
        }
    });
    connect(m_model, &BeneficiaryTableModel::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Registry"), message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistryPage::showDetails);
    publishStatus();
}

void RegistryPage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("registryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BeneficiaryTableModel::RegistryIdColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(BeneficiaryTableModel::NameColumn, 200);
    m_table->setColumnWidth(BeneficiaryTableModel::PayeeAddressColumn, 220);
}

// The selected beneficiary's fields, beside the table.
QGroupBox* RegistryPage::buildDetails()
{
    auto* detailBox = new QGroupBox(tr("Beneficiary"), this);
    detailBox->setObjectName(QStringLiteral("beneficiaryDetails"));
    detailBox->setLayout(m_details);
    addDetailRow(tr("Registry ID"), QStringLiteral("detailRegistryId"));
    addDetailRow(tr("Name"), QStringLiteral("detailName"));
    addDetailRow(tr("Gender"), QStringLiteral("detailGender"));
    addDetailRow(tr("Birth date"), QStringLiteral("detailBirthDate"));
    addDetailRow(tr("Household"), QStringLiteral("detailHousehold"));
    addDetailRow(tr("Region"), QStringLiteral("detailRegion"));
    addDetailRow(tr("Phone"), QStringLiteral("detailPhone"));
    addDetailRow(tr("Payee account"), QStringLiteral("detailPayee"));
    addDetailRow(tr("National ID"), QStringLiteral("detailNationalId"));
    addDetailRow(tr("Status"), QStringLiteral("detailStatus"));
    return detailBox;
}

void RegistryPage::addDetailRow(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_details->addRow(label, value);
}

void RegistryPage::publishStatus()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    const qint64 shown = m_model->rowCount();
    m_emptyState->setVisible(total == 0 && !m_model->isLoading());
    m_table->setVisible(total > 0);
    QString message = tr("%1 beneficiaries").arg(locale.toString(total));
    if (!m_model->query().selectsAll()) {
        message = tr("%1 of %2 beneficiaries match the filter").arg(locale.toString(shown), locale.toString(total));
    }
    Q_EMIT statusChanged(message);
}

void RegistryPage::applyFilter()
{
    m_filterTimer->stop();
    const auto filter = static_cast<BeneficiaryQuery::Filter>(m_filterField->currentData().toInt());
    m_model->setFilter(filter, m_filterEdit->text());
    m_table->scrollToTop(); // a new filter starts at its first match, not where the last one was
}

void RegistryPage::setMasked(bool masked)
{
    m_model->setMasked(masked);
    showDetails();
}

void RegistryPage::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const auto beneficiary = current.isValid() ? m_model->beneficiaryAt(current.row()) : std::nullopt;
    const QLocale locale;
    auto set = [this](const char* name, const QString& text) {
        if (auto* label = findChild<QLabel*>(QLatin1String(name))) {
            label->setText(text);
        }
    };
    if (!beneficiary) {
        for (const char* name : {"detailRegistryId", "detailName", "detailGender", "detailBirthDate", "detailHousehold",
                                 "detailRegion", "detailPhone", "detailPayee", "detailNationalId", "detailStatus"}) {
            set(name, QString());
        }
        return;
    }
    const Beneficiary& b = *beneficiary;
    set("detailRegistryId", b.registryId);
    set("detailName", b.fullName());
    set("detailGender", b.gender);
    set("detailBirthDate", b.birthDate.isValid() ? locale.toString(b.birthDate, QLocale::LongFormat) : QString());
    set("detailHousehold", tr("%1, %n member(s)", nullptr, b.householdSize).arg(b.householdId));
    set("detailRegion", b.district.isEmpty() ? b.region : tr("%1, %2").arg(b.district, b.region));
    const bool masked = m_model->isMasked();
    const auto shown = [masked](const QString& identifier) {
        return masked ? IdentifierMask::mask(identifier) : identifier;
    };
    set("detailPhone", shown(b.phone));
    QString payee = tr("none registered");
    if (b.payee.isValid()) {
        payee = tr("%1: %2").arg(partyIdTypeText(b.payee.type()), shown(b.payee.value()));
        // A bounded, indexed look-up: the few registry ids on the same account.
        BeneficiaryRepository repository(m_database);
        QStringList others = repository.registryIdsWithPayee(b.payee, kSharedAccountShown + 1);
        others.removeOne(b.registryId);
        if (!others.isEmpty()) {
            payee +=
                u'\n' +
                tr("Likely duplicate: this account is also registered for %1").arg(others.join(QStringLiteral(", ")));
        }
    }
    set("detailPayee", payee);
    set("detailNationalId", shown(b.nationalId));
    set("detailStatus", b.active ? tr("Active") : tr("Inactive"));
}

void RegistryPage::readAgain()
{
    const int row = m_table->currentIndex().row();
    const int column = qMax(0, m_table->currentIndex().column());
    const int scrolled = m_table->verticalScrollBar()->value();
    auto* once = new QObject(this);
    connect(m_model, &QAbstractItemModel::modelReset, once, [this, once, row, column, scrolled] {
        once->deleteLater();
        if (row >= 0 && row < m_model->rowCount()) {
            m_table->setCurrentIndex(m_model->index(row, column));
        }
        m_table->verticalScrollBar()->setValue(scrolled);
    });
    m_model->refresh();
}

void RegistryPage::openImportDialog()
{
    auto* dialog = new RegistryImportDialog(m_database.location(), m_importingOfficer, m_database.keyring(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegistryImportDialog::importSucceeded, m_model, &BeneficiaryTableModel::refresh);
    dialog->open();
}
