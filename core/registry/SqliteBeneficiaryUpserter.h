#pragma once

#include "RowwiseBeneficiaryUpserter.h"

struct sqlite3;
struct sqlite3_stmt;

// BeneficiaryUpserter on the native SQLite API: Qt's per-value binding costs more than SQLite's
// own insert (see reference/qt-toolchain.md), so the import's hot loop talks to SQLite directly.
class SqliteBeneficiaryUpserter : public RowwiseBeneficiaryUpserter
{
public:
    SqliteBeneficiaryUpserter(sqlite3* handle, const SqlDialect& dialect, bool insertOnly);
    ~SqliteBeneficiaryUpserter() override;

    QString errorString() const override { return m_error; }

protected:
    Outcome upsert(const Beneficiary& beneficiary, qint64 importId) override;

private:
    void bindText(int index, const QString& value);

    sqlite3* m_handle;
    sqlite3_stmt* m_statement = nullptr;
    bool m_insertOnly;
    QString m_error;
};
