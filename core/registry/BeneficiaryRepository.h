#pragma once

#include "BeneficiaryQuery.h"
#include "SharedPayeeAccount.h"

#include "domain/Beneficiary.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <optional>

class Database;
class QSqlQuery;

// Reads the beneficiary registry. Writing happens through BeneficiaryUpserter during imports.
class BeneficiaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryRepository)

public:
    explicit BeneficiaryRepository(Database& database);

    qint64 count();
    std::optional<Beneficiary> findByRegistryId(const QString& registryId);
    // Rows in the order of ids; ids that do not exist are skipped.
    QList<Beneficiary> fetchByIds(const QList<qint64>& ids);
    // The row ids the query selects, in its order (all of them, or the first `limit`): the position
    // index of a paged view. Returns nullopt on a database error (see lastError()).
    std::optional<QList<qint64>> orderedIds(const BeneficiaryQuery& query, int limit = -1);
    // The row ids the query's filter selects, in no particular order (cheaper than orderedIds()).
    std::optional<QList<qint64>> matchingIds(const BeneficiaryQuery& query);
    // The registry ids holding a payee account, at most `limit` of them.
    QStringList registryIdsWithPayee(const PartyId& payee, int limit);
    // Payee accounts held by more than one registry id, at least one of them written by the import
    // importId (its own rows and what they collide with), with the first `limit` of them described.
    QList<SharedPayeeAccount> sharedPayeeAccountsOfImport(qint64 importId, int limit, qint64* total);

    const QString& lastError() const { return m_lastError; }

private:
    QString whereClause(const BeneficiaryQuery& query, QVariantList& arguments) const;
    QString textCondition(const BeneficiaryQuery& query, QVariantList& arguments) const;
    static QString orderClause(const BeneficiaryQuery& query);
    std::optional<QList<qint64>> selectIds(const QString& sql, const QVariantList& arguments);
    std::optional<QList<qint64>> selectIdsSqlite(const QString& sql, const QVariantList& arguments);
    bool exec(QSqlQuery& query, const QVariantList& arguments = {});
    static Beneficiary fromRecord(const QSqlQuery& query);

    Database& m_database;
    QString m_lastError;
};
