#pragma once

#include "RowwiseBeneficiaryUpserter.h"

#include <QSqlQuery>

class QSqlDatabase;
class SqlDialect;

// BeneficiaryUpserter through Qt SQL: PostgreSQL, and SQLite in builds without PAYDESK_NATIVE_SQLITE.
class SqlBeneficiaryUpserter : public RowwiseBeneficiaryUpserter
{
public:
    SqlBeneficiaryUpserter(QSqlDatabase& db, const SqlDialect& dialect);

    QString errorString() const override { return m_error; }

protected:
    Outcome upsert(const Beneficiary& beneficiary, qint64 importId) override;

private:
    QSqlQuery m_query;
    QString m_error;
};
