#pragma once

#include "PaymentLine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// Writes a Payment Hub EE batch file (reference payment-hub-ee.md §4.4): the 10 canonical columns,
// LF line ends and no trailing newline, so the bytes are exactly what the hub reads, hashes and
// stores. Refuses what the hub would mangle: an amount with a fraction, a field with a comma, quote
// or line break in an identifier (notes are cleaned instead).
class PheeCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(PheeCsvWriter)

public:
    static QByteArray header();
    // A payment's row without its leading position ("id,"): the same wherever the payment goes;
    // empty with error set when the payment cannot be paid as it is. Amounts are whole major units,
    // as the hub reads them, unless wholeUnitsOnly is false (the row then only measures a batch
    // that another backend pays, with its decimals).
    static QByteArray rowAfterPosition(const PaymentLine& payment, const PartyId& payer, QString* error,
                                       bool wholeUnitsOnly = true);
    // Appends the row at position (0-based) to a file that holds the header and the rows before it.
    static void appendRow(QByteArray& file, qsizetype position, const QByteArray& rowAfterPosition);
    // The whole file; empty with error (naming the payment) on the first refusal.
    static QByteArray file(const QList<PaymentLine>& payments, const PartyId& payer, QString* error);
    // A note the hub keeps as it is: commas and quotes become spaces, control characters go.
    static QString cleanNote(const QString& note);
    // The identifier-type names the hub expects.
    static QString hubIdentifierType(PartyIdType type);
};
