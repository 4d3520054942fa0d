#pragma once

#include "BeneficiaryUpserter.h"

#include <QCoreApplication>

class Database;

// BeneficiaryUpserter for PostgreSQL: each batch is streamed with COPY into a temporary table of
// this transaction, then written by one INSERT ... ON CONFLICT from it, whose RETURNING tells each
// row's outcome — two round trips per batch where row by row costs one per row.
class PostgresBeneficiaryCopier : public BeneficiaryUpserter
{
    Q_DECLARE_TR_FUNCTIONS(PostgresBeneficiaryCopier)

public:
    explicit PostgresBeneficiaryCopier(Database& database);

    void write(const std::vector<const Beneficiary*>& rows, qint64 importId, std::vector<Outcome>* outcomes) override;
    QString errorString() const override { return m_error; }

private:
    bool stage(const std::vector<const Beneficiary*>& rows);

    Database& m_database;
    QString m_mergeSql;
    QString m_error;
};
