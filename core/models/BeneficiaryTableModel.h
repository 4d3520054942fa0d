#pragma once

#include "registry/BeneficiaryQuery.h"
#include "registry/BeneficiaryRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThread>

class Database;
class PositionIndexBuilder;

// The registry as a table, for any registry size. The model never loads the registry: it keeps a
// position index (the row ids in the current order and filter, 8 bytes a row), built in a worker
// thread, and fetches pages of rows by id on demand, keeping a bounded number of pages cached.
// A new order or filter keeps the current rows on screen until the new index starts to arrive;
// rows past the part that has arrived are blank until the rest follows (dataChanged).
class BeneficiaryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RegistryIdColumn,
        NameColumn,
        GenderColumn,
        BirthDateColumn,
        HouseholdColumn,
        RegionColumn,
        DistrictColumn,
        PhoneColumn,
        PayeeTypeColumn,
        PayeeAddressColumn,
        ActiveColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole,
        IdRole,
    };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;

    explicit BeneficiaryTableModel(Database& database, QObject* parent = nullptr);
    ~BeneficiaryTableModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const BeneficiaryQuery& query() const { return m_query; }
    void setFilter(BeneficiaryQuery::Filter filter, const QString& text);
    // Shows only beneficiaries whose payee account another registry id holds too.
    void setSharedPayeeOnly(bool only);
    // Re-reads the registry (after an import).
    void refresh();
    // Phone numbers and payee accounts shown masked (IdentifierMask), for officers who need not see them.
    void setMasked(bool masked);
    bool isMasked() const { return m_masked; }

    // True from a change of order or filter until its whole position index is in.
    bool isLoading() const { return m_requested != m_shown || !m_complete; }
    // The whole beneficiary at a row, from the page cache.
    std::optional<Beneficiary> beneficiaryAt(int row) const;
    qint64 totalCount() const { return m_totalCount; }
    const QString& lastError() const { return m_lastError; }

Q_SIGNALS:
    // The rows of the current query are on show.
    void countsChanged(qint64 shown, qint64 total);
    void loadingChanged(bool loading);
    void failed(const QString& message);
    void buildRequested(quint64 generation, const BeneficiaryQuery& query, bool invalidate);

private:
    void requestBuild(bool invalidate);
    void applyBuilt(quint64 generation, const QList<qint64>& ids, qint64 rowCount, qint64 totalCount, bool complete,
                    const QString& error);
    const QList<Beneficiary>* page(int pageIndex) const;
    static QVariant displayValue(const Beneficiary& b, int column);

    mutable BeneficiaryRepository m_repository;
    QThread m_worker;
    PositionIndexBuilder* m_builder;
    BeneficiaryQuery m_query;
    quint64 m_requested = 0;
    quint64 m_shown = 0;
    QList<qint64> m_ids; // the position index, or its first part while !m_complete
    int m_rowCount = 0;
    bool m_complete = true;
    bool m_masked = true;
    qint64 m_totalCount = 0;
    mutable QHash<int, QList<Beneficiary>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    QString m_lastError;
};
