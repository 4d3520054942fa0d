#pragma once

#include "BankStatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

// Reads SWIFT MT940 customer statements: one or more statements, bare or in SWIFT blocks
// ({1:...}{2:...}{4: ... -}), CRLF or LF, tags :20: :25: :28C: :60F:/:60M: :61: (with its
// supplementary line) :86: (over several lines) :62F:/:62M: :64: :65:. Amounts use the comma as the
// decimal mark, as MT940 does; each statement's balances must agree with its entries. Anything it
// cannot read is an error naming the line and what is wrong, and nothing is returned: a statement is
// taken whole or not at all.
class Mt940Parser
{
    Q_DECLARE_TR_FUNCTIONS(Mt940Parser)

public:
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

    static std::optional<QList<BankStatement>> parse(const QByteArray& file, QString* error);
};
