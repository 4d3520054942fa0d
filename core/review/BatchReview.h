#pragma once

#include "domain/Money.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What the offline review found in a batch file: its figures, and everything its receiver (Payment
// Hub EE, or a G2P Connect disbursement receiver) would refuse or mangle, each with the line (for a
// G2P Connect request, the disbursement's position) and column (field) it is about.
struct BatchReview
{
    struct Finding
    {
        qint64 line = 0; // 0: the file as a whole
        QString column;
        QString problem; // translated
    };

    bool readable = false;
    QString error; // why the file could not be read at all
    qint64 fileBytes = 0;
    QString sha256;
    QStringList columns;
    qint64 rows = 0;
    QMap<QString, Money> totals; // by currency, over the rows with a valid amount
    QStringList paymentModes;
    QList<Finding> findings;
    std::optional<bool> signatureValid; // set when a signature was checked
    QString signatureDetail;
    std::optional<bool> manifestMatches; // set when a manifest came with the file
    QString manifestDetail;
    std::optional<bool> signOffValid; // set when the bundle carried a sign-off
    bool signOffComplete = false;     // valid, with both the maker's and the checker's signatures
    QString signOffDetail;

    static constexpr qsizetype kMaxFindings = 10000;
    // Records a finding, up to kMaxFindings.
    void addFinding(qint64 line, const QString& column, const QString& problem)
    {
        if (findings.size() < kMaxFindings) {
            findings.append({line, column, problem});
        }
    }

    bool clean() const
    {
        return readable && findings.isEmpty() && signatureValid.value_or(true) && manifestMatches.value_or(true) &&
               signOffValid.value_or(true);
    }
};
