#include "BeneficiaryUpserter.h"

#include "storage/Database.h"
#include "SqlBeneficiaryUpserter.h"
#ifdef PAYDESK_NATIVE_SQLITE
#include "SqliteBeneficiaryUpserter.h"
#endif

std::unique_ptr<BeneficiaryUpserter> BeneficiaryUpserter::create(Database& database, bool registryWasEmpty,
                                                                 QString* error)
{
    std::unique_ptr<BeneficiaryUpserter> upserter;
#ifdef PAYDESK_NATIVE_SQLITE
    if (database.sqliteHandle()) {
        upserter = std::make_unique<SqliteBeneficiaryUpserter>(database.sqliteHandle(), registryWasEmpty);
    }
#endif
    if (!upserter) {
        upserter = std::make_unique<SqlBeneficiaryUpserter>(database.connection());
    }
    if (!upserter->errorString().isEmpty()) {
        *error = upserter->errorString();
        return nullptr;
    }
    return upserter;
}

QString BeneficiaryUpserter::insertSql()
{
    return QStringLiteral(
        "INSERT INTO beneficiary (registry_id, given_name, family_name, gender, birth_date, household_id, "
        "household_size, region, district, phone, payee_type, payee_address, national_id, active, "
        "created_import_id, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QString BeneficiaryUpserter::upsertSql()
{
    return insertSql() + QStringLiteral(
        " ON CONFLICT (registry_id) DO UPDATE SET given_name = excluded.given_name, "
        "family_name = excluded.family_name, gender = excluded.gender, birth_date = excluded.birth_date, "
        "household_id = excluded.household_id, household_size = excluded.household_size, "
        "region = excluded.region, district = excluded.district, phone = excluded.phone, "
        "payee_type = excluded.payee_type, payee_address = excluded.payee_address, "
        "national_id = excluded.national_id, active = excluded.active, import_id = excluded.import_id "
        "WHERE beneficiary.import_id <> excluded.import_id "
        "RETURNING created_import_id");
}

BeneficiaryUpserter::Outcome BeneficiaryUpserter::outcomeFor(bool rowReturned, qint64 createdImportId,
                                                             qint64 importId)
{
    if (!rowReturned) {
        return Outcome::RepeatedInImport;
    }
    return createdImportId == importId ? Outcome::Inserted : Outcome::Updated;
}
