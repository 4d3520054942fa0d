#include "BeneficiaryTableModel.h"

#include "PositionIndexBuilder.h"

#include "privacy/IdentifierMask.h"
#include "storage/Database.h"

static_assert(PositionIndexBuilder::kFirstRows % BeneficiaryTableModel::kPageSize == 0,
              "the first part of an index must end on a page boundary");

BeneficiaryTableModel::BeneficiaryTableModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_repository(database), m_builder(new PositionIndexBuilder(database.location()))
{
    qRegisterMetaType<BeneficiaryQuery>();
    m_builder->moveToThread(&m_worker);
    connect(&m_worker, &QThread::finished, m_builder, &QObject::deleteLater);
    connect(this, &BeneficiaryTableModel::buildRequested, m_builder, &PositionIndexBuilder::build);
    connect(m_builder, &PositionIndexBuilder::built, this, &BeneficiaryTableModel::applyBuilt);
    m_worker.setObjectName(QStringLiteral("PositionIndexBuilder"));
    m_worker.start();
    requestBuild(false);
}

BeneficiaryTableModel::~BeneficiaryTableModel()
{
    m_worker.quit();
    m_worker.wait();
}

int BeneficiaryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int BeneficiaryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void BeneficiaryTableModel::requestBuild(bool invalidate)
{
    const bool wasLoading = isLoading();
    ++m_requested;
    Q_EMIT buildRequested(m_requested, m_query, invalidate);
    if (!wasLoading) {
        Q_EMIT loadingChanged(true);
    }
}

void BeneficiaryTableModel::applyBuilt(quint64 generation, const QList<qint64>& ids, qint64 rowCount, qint64 totalCount,
                                       bool complete, const QString& error)
{
    if (generation != m_requested) {
        return; // an older request: a newer one is on its way
    }
    const bool completesShownIndex = generation == m_shown && !m_complete && rowCount == m_rowCount && error.isEmpty();
    if (completesShownIndex) {
        // The rest of the index the view already counts: same rows, now all of them known.
        const int firstNew = int(m_ids.size());
        m_ids = ids;
        m_complete = true;
        if (firstNew < m_rowCount) {
            Q_EMIT dataChanged(index(firstNew, 0), index(m_rowCount - 1, ColumnCount - 1));
        }
        Q_EMIT loadingChanged(false);
        return;
    }
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_ids = ids;
    m_rowCount = int(rowCount);
    m_complete = complete;
    m_totalCount = totalCount;
    m_lastError = error.isEmpty() ? QString() : tr("Cannot read the registry: %1").arg(error);
    m_shown = generation;
    endResetModel();
    if (complete) {
        Q_EMIT loadingChanged(false);
    }
    Q_EMIT countsChanged(m_rowCount, m_totalCount);
    if (!m_lastError.isEmpty()) {
        Q_EMIT failed(m_lastError);
    }
}

void BeneficiaryTableModel::refresh()
{
    requestBuild(true);
}

void BeneficiaryTableModel::setFilter(BeneficiaryQuery::Filter filter, const QString& text)
{
    if (m_query.filter == filter && m_query.text == text) {
        return;
    }
    m_query.filter = filter;
    m_query.text = text;
    requestBuild(false);
}

void BeneficiaryTableModel::setSharedPayeeOnly(bool only)
{
    if (m_query.sharedPayeeOnly != only) {
        m_query.sharedPayeeOnly = only;
        requestBuild(false);
    }
}

void BeneficiaryTableModel::sort(int column, Qt::SortOrder order)
{
    BeneficiaryQuery::Sort key;
    switch (column) {
    case NameColumn:
        key = BeneficiaryQuery::Sort::Name;
        break;
    case RegionColumn:
        key = BeneficiaryQuery::Sort::Region;
        break;
    case PhoneColumn:
        key = BeneficiaryQuery::Sort::Phone;
        break;
    case RegistryIdColumn:
        key = BeneficiaryQuery::Sort::RegistryId;
        break;
    default:
        return; // no index behind this column: keep the current order
    }
    const bool descending = order == Qt::DescendingOrder;
    if (m_query.sort == key && m_query.descending == descending) {
        return;
    }
    m_query.sort = key;
    m_query.descending = descending;
    requestBuild(false);
}

const QList<Beneficiary>* BeneficiaryTableModel::page(int pageIndex) const
{
    auto found = m_pages.find(pageIndex);
    if (found == m_pages.end()) {
        const qsizetype first = qsizetype(pageIndex) * kPageSize;
        const QList<qint64> ids = m_ids.mid(first, kPageSize);
        QList<Beneficiary> rows = m_repository.fetchByIds(ids);
        if (rows.size() != ids.size()) {
            return nullptr; // rows vanished underneath us: the view shows blanks until refresh()
        }
        if (m_pages.size() >= kMaxCachedPages) {
            m_pages.remove(m_pageUse.takeFirst());
        }
        found = m_pages.insert(pageIndex, std::move(rows));
    } else {
        m_pageUse.removeOne(pageIndex);
    }
    m_pageUse.append(pageIndex);
    return &found.value();
}

std::optional<Beneficiary> BeneficiaryTableModel::beneficiaryAt(int row) const
{
    if (row < 0 || row >= m_ids.size()) {
        return std::nullopt; // out of range, or not arrived yet
    }
    const QList<Beneficiary>* rows = page(row / kPageSize);
    if (!rows) {
        return std::nullopt;
    }
    return rows->at(row % kPageSize);
}

QVariant BeneficiaryTableModel::displayValue(const Beneficiary& b, int column)
{
    switch (column) {
    case RegistryIdColumn:
        return b.registryId;
    case NameColumn:
        return b.fullName();
    case GenderColumn:
        return b.gender;
    case BirthDateColumn:
        return b.birthDate;
    case HouseholdColumn:
        return b.householdId;
    case RegionColumn:
        return b.region;
    case DistrictColumn:
        return b.district;
    case PhoneColumn:
        return b.phone;
    case PayeeTypeColumn:
        return b.payee.isValid() ? partyIdTypeName(b.payee.type()) : QString();
    case PayeeAddressColumn:
        return b.payee.value();
    case ActiveColumn:
        return b.active;
    default:
        return {};
    }
}

QVariant BeneficiaryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (role == IdRole) {
        return index.row() < m_ids.size() ? QVariant(m_ids.at(index.row())) : QVariant();
    }
    if (role != Qt::DisplayRole && role != RawValueRole) {
        return {};
    }
    const auto beneficiary = beneficiaryAt(index.row());
    if (!beneficiary) {
        return {};
    }
    if (role == Qt::DisplayRole && index.column() == ActiveColumn) {
        return beneficiary->active ? tr("Yes") : tr("No");
    }
    if (m_masked && (index.column() == PhoneColumn || index.column() == PayeeAddressColumn)) {
        return IdentifierMask::mask(displayValue(*beneficiary, index.column()).toString());
    }
    return displayValue(*beneficiary, index.column());
}

void BeneficiaryTableModel::setMasked(bool masked)
{
    if (m_masked == masked) {
        return;
    }
    m_masked = masked;
    if (m_rowCount > 0) {
        Q_EMIT dataChanged(index(0, PhoneColumn), index(m_rowCount - 1, PayeeAddressColumn));
    }
}

QVariant BeneficiaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RegistryIdColumn:
        return tr("Registry ID");
    case NameColumn:
        return tr("Name");
    case GenderColumn:
        return tr("Gender");
    case BirthDateColumn:
        return tr("Birth date");
    case HouseholdColumn:
        return tr("Household");
    case RegionColumn:
        return tr("Region");
    case DistrictColumn:
        return tr("District");
    case PhoneColumn:
        return tr("Phone");
    case PayeeTypeColumn:
        return tr("Payee type");
    case PayeeAddressColumn:
        return tr("Payee account");
    case ActiveColumn:
        return tr("Active");
    default:
        return {};
    }
}
