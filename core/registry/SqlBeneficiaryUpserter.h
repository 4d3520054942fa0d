#pragma once

#include "BeneficiaryUpserter.h"

#include <QSqlQuery>

class QSqlDatabase;
class SqlDialect;

// BeneficiaryUpserter through Qt SQL: PostgreSQL, and SQLite in builds without PAYDESK_NATIVE_SQLITE.
class SqlBeneficiaryUpserter : public BeneficiaryUpserter
{
public:
    SqlBeneficiaryUpserter(QSqlDatabase& db, const SqlDialect& dialect);

    Outcome upsert(const Beneficiary& beneficiary, qint64 importId) override;
    QString errorString() const override { return m_error; }

private:
    QSqlQuery m_query;
    QString m_error;
};
