#pragma once

#include <QString>

#include <memory>
#include <vector>

class Database;
class SqlDialect;
struct Beneficiary;

// Writes beneficiaries during an import: inserts a new registry id, updates a known one (telling a
// row it changed from one it found as it was), and refuses a registry id that the same import has
// already written. The caller owns the transaction.
class BeneficiaryUpserter
{
public:
    enum class Outcome
    {
        Inserted,
        Updated,
        Unchanged,
        RepeatedInImport,
        Failed,
    };

    virtual ~BeneficiaryUpserter() = default;

    // The fastest writer the database offers: the native SQLite API, COPY through libpq on
    // PostgreSQL, or else prepared Qt SQL. When the registry was empty before this import, SQLite
    // needs no upsert: a plain insert, whose only possible conflict is a registry id this import
    // already wrote.
    static std::unique_ptr<BeneficiaryUpserter> create(Database& database, bool registryWasEmpty, QString* error);

    // Writes the rows in their order, one outcome each appended to outcomes; the first Failed
    // outcome is the last one appended, and errorString() says why.
    virtual void write(const std::vector<const Beneficiary*>& rows, qint64 importId,
                       std::vector<Outcome>* outcomes) = 0;
    virtual QString errorString() const = 0;

protected:
    // One statement for both dialects; RETURNING tells an insert from an update and a change from
    // none, and the WHERE leaves a row alone (no row returned) when this import already wrote it.
    static QString upsertSql(const SqlDialect& dialect);
    static QString insertSql();
    static Outcome outcomeFor(bool rowReturned, qint64 createdImportId, qint64 changedImportId, qint64 importId);
};
