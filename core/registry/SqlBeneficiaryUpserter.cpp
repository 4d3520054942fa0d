#include "SqlBeneficiaryUpserter.h"

#include "storage/SqlDialect.h"
#include "storage/SqlText.h"

#include "domain/Beneficiary.h"

#include <QSqlError>

SqlBeneficiaryUpserter::SqlBeneficiaryUpserter(QSqlDatabase& db, const SqlDialect& dialect) : m_query(db)
{
    if (!m_query.prepare(upsertSql(dialect))) {
        m_error = m_query.lastError().text();
    }
}

BeneficiaryUpserter::Outcome SqlBeneficiaryUpserter::upsert(const Beneficiary& b, qint64 importId)
{
    const QVariantList values = {
        sqlText(b.registryId),
        sqlText(b.givenName),
        sqlText(b.familyName),
        sqlText(b.gender),
        b.birthDate.isValid() ? QVariant(b.birthDate.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
        sqlText(b.householdId),
        b.householdSize,
        sqlText(b.region),
        sqlText(b.district),
        sqlText(b.phone),
        sqlText(b.payee.isValid() ? partyIdTypeName(b.payee.type()) : QString()),
        sqlText(b.payee.value()),
        sqlText(b.nationalId),
        b.active ? 1 : 0,
        importId,
        importId,
        importId,
    };
    for (int i = 0; i < values.size(); ++i) {
        m_query.bindValue(i, values.at(i));
    }
    if (!m_query.exec()) {
        m_error = m_query.lastError().text();
        return Outcome::Failed;
    }
    const bool rowReturned = m_query.next();
    const qint64 createdImportId = rowReturned ? m_query.value(0).toLongLong() : 0;
    const qint64 changedImportId = rowReturned ? m_query.value(1).toLongLong() : 0;
    m_query.finish();
    return outcomeFor(rowReturned, createdImportId, changedImportId, importId);
}
