#include "BeneficiaryUpserter.h"

#include "SqlBeneficiaryUpserter.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#ifdef PAYDESK_NATIVE_SQLITE
#include "SqliteBeneficiaryUpserter.h"
#endif
#ifdef PAYDESK_LIBPQ
#include "PostgresBeneficiaryCopier.h"
#endif

#include <QStringList>

#include <array>

std::unique_ptr<BeneficiaryUpserter> BeneficiaryUpserter::create(Database& database, bool registryWasEmpty,
                                                                 QString* error)
{
    std::unique_ptr<BeneficiaryUpserter> upserter;
#ifdef PAYDESK_NATIVE_SQLITE
    if (database.sqliteHandle()) {
        upserter =
            std::make_unique<SqliteBeneficiaryUpserter>(database.sqliteHandle(), database.dialect(), registryWasEmpty);
    }
#endif
#ifdef PAYDESK_LIBPQ
    if (database.postgresHandle()) {
        upserter = std::make_unique<PostgresBeneficiaryCopier>(database);
    }
#endif
    if (!upserter) {
        upserter = std::make_unique<SqlBeneficiaryUpserter>(database.connection(), database.dialect());
    }
    if (!upserter->errorString().isEmpty()) {
        *error = upserter->errorString();
        return nullptr;
    }
    return upserter;
}

namespace {

// The columns an import writes, in the order the statements bind them.
constexpr std::array kValueColumns{"given_name",     "family_name", "gender",   "birth_date", "household_id",
                                   "household_size", "region",      "district", "phone",      "payee_type",
                                   "payee_address",  "national_id", "active"};

} // namespace

QString BeneficiaryUpserter::insertSql()
{
    return QStringLiteral(
        "INSERT INTO beneficiary (registry_id, given_name, family_name, gender, birth_date, household_id, "
        "household_size, region, district, phone, payee_type, payee_address, national_id, active, "
        "created_import_id, import_id, changed_import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QString BeneficiaryUpserter::upsertSql(const SqlDialect& dialect)
{
    QStringList assignments;
    QStringList changes;
    for (const char* column : kValueColumns) {
        const QString name = QLatin1String(column);
        assignments.append(QStringLiteral("%1 = excluded.%1").arg(name));
        changes.append(dialect.differs(QStringLiteral("beneficiary.") + name, QStringLiteral("excluded.") + name));
    }
    return insertSql() +
           QStringLiteral(
               " ON CONFLICT (registry_id) DO UPDATE SET %1, import_id = excluded.import_id, "
               "changed_import_id = CASE WHEN %2 THEN excluded.import_id ELSE beneficiary.changed_import_id END "
               "WHERE beneficiary.import_id <> excluded.import_id "
               "RETURNING created_import_id, changed_import_id")
               .arg(assignments.join(QStringLiteral(", ")), changes.join(QStringLiteral(" OR ")));
}

BeneficiaryUpserter::Outcome BeneficiaryUpserter::outcomeFor(bool rowReturned, qint64 createdImportId,
                                                             qint64 changedImportId, qint64 importId)
{
    if (!rowReturned) {
        return Outcome::RepeatedInImport;
    }
    if (createdImportId == importId) {
        return Outcome::Inserted;
    }
    return changedImportId == importId ? Outcome::Updated : Outcome::Unchanged;
}
