#include "SqliteBeneficiaryUpserter.h"

#include "domain/Beneficiary.h"
#include "storage/SqlDialect.h"

#include <sqlite3.h>

SqliteBeneficiaryUpserter::SqliteBeneficiaryUpserter(sqlite3* handle, const SqlDialect& dialect, bool insertOnly)
    : m_handle(handle), m_insertOnly(insertOnly)
{
    const QByteArray sql = (insertOnly ? insertSql() : upsertSql(dialect)).toUtf8();
    if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
}

SqliteBeneficiaryUpserter::~SqliteBeneficiaryUpserter()
{
    sqlite3_finalize(m_statement);
}

void SqliteBeneficiaryUpserter::bindText(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

BeneficiaryUpserter::Outcome SqliteBeneficiaryUpserter::upsert(const Beneficiary& b, qint64 importId)
{
    sqlite3_reset(m_statement);
    bindText(1, b.registryId);
    bindText(2, b.givenName);
    bindText(3, b.familyName);
    bindText(4, b.gender);
    if (b.birthDate.isValid()) {
        bindText(5, b.birthDate.toString(Qt::ISODate));
    } else {
        sqlite3_bind_null(m_statement, 5);
    }
    bindText(6, b.householdId);
    sqlite3_bind_int(m_statement, 7, b.householdSize);
    bindText(8, b.region);
    bindText(9, b.district);
    bindText(10, b.phone);
    bindText(11, b.payee.isValid() ? partyIdTypeName(b.payee.type()) : QString());
    bindText(12, b.payee.value());
    bindText(13, b.nationalId);
    sqlite3_bind_int(m_statement, 14, b.active ? 1 : 0);
    sqlite3_bind_int64(m_statement, 15, importId);
    sqlite3_bind_int64(m_statement, 16, importId);
    sqlite3_bind_int64(m_statement, 17, importId);

    const int first = sqlite3_step(m_statement);
    if (m_insertOnly) {
        // A failed statement leaves the transaction as it was; the conflict is with this import.
        // (Qt's driver turns extended result codes on: compare the primary code.)
        if ((first & 0xff) == SQLITE_CONSTRAINT && sqlite3_extended_errcode(m_handle) == SQLITE_CONSTRAINT_UNIQUE) {
            return Outcome::RepeatedInImport;
        }
        if (first == SQLITE_DONE) {
            return Outcome::Inserted;
        }
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return Outcome::Failed;
    }
    if (first == SQLITE_DONE) {
        return outcomeFor(false, 0, 0, importId);
    }
    if (first != SQLITE_ROW) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return Outcome::Failed;
    }
    const qint64 createdImportId = sqlite3_column_int64(m_statement, 0);
    const qint64 changedImportId = sqlite3_column_int64(m_statement, 1);
    if (sqlite3_step(m_statement) != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return Outcome::Failed;
    }
    return outcomeFor(true, createdImportId, changedImportId, importId);
}
