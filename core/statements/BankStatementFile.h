#pragma once

#include "BankStatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

// A statement file of either kind PayDesk reads: MT940 (it holds a :20: tag) or a CSV statement.
class BankStatementFile
{
    Q_DECLARE_TR_FUNCTIONS(BankStatementFile)

public:
    static std::optional<QList<BankStatement>> read(const QByteArray& file, QString* error);
};
