#include "SqlBeneficiaryUpserter.h"

#include "domain/Beneficiary.h"

#include <QSqlError>

SqlBeneficiaryUpserter::SqlBeneficiaryUpserter(QSqlDatabase& db)
    : m_query(db)
{
    if (!m_query.prepare(upsertSql())) {
        m_error = m_query.lastError().text();
    }
}

namespace {

// Qt binds a null QString as SQL NULL; the registry's text columns hold '' for "none".
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

} // namespace

BeneficiaryUpserter::Outcome SqlBeneficiaryUpserter::upsert(const Beneficiary& b, qint64 importId)
{
    const QVariantList values = {
        text(b.registryId),
        text(b.givenName),
        text(b.familyName),
        text(b.gender),
        b.birthDate.isValid() ? QVariant(b.birthDate.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
        text(b.householdId),
        b.householdSize,
        text(b.region),
        text(b.district),
        text(b.phone),
        text(b.payee.isValid() ? partyIdTypeName(b.payee.type()) : QString()),
        text(b.payee.value()),
        text(b.nationalId),
        b.active ? 1 : 0,
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
    m_query.finish();
    return outcomeFor(rowReturned, createdImportId, importId);
}
