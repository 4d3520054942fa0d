#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Transfers to these payees (listed, or matching the pattern) fail with a Mojaloop error.
struct OutcomeRule
{
    QStringList payeeIds;
    QRegularExpression payeePattern; // matched whole; invalid or empty: unused
    QString errorCode = QStringLiteral("5101");
    QString errorDescription = QStringLiteral("Payee transaction limit reached");

    bool matches(const QString& payeeId) const
    {
        if (payeeIds.contains(payeeId)) {
            return true;
        }
        return !payeePattern.pattern().isEmpty() && payeePattern.isValid() && payeePattern.match(payeeId).hasMatch();
    }
};
