#pragma once

#include "BankStatement.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

// Reads a simple CSV bank statement, the kind a bank's web portal exports: a header row naming
// date (YYYY-MM-DD, or DD/MM/YYYY), amount (a debit negative, or every amount positive with a
// type column of D or C), currency, reference and, optionally, details, bank_reference and
// account (any order, any case). A row it cannot read is an error naming the line; nothing is
// returned then.
class CsvStatementParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvStatementParser)

public:
    static std::optional<BankStatement> parse(const QByteArray& file, QString* error);
};
