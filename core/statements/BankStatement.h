#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

// A payer account's bank statement, as PayDesk reads it (MT940 or a CSV statement): the account,
// the balances, and every entry with where it came from in the file.
struct BankStatement
{
    struct Entry
    {
        qint64 line = 0; // where the entry starts in the file
        QDate valueDate;
        QDate bookingDate;     // the value date when the bank gave none
        bool debit = true;     // money left the account (a reversal of a credit counts as a debit)
        bool reversal = false; // RD / RC: undoes an earlier entry
        Money amount;          // always positive
        QString typeCode;      // MT940's transaction type (NTRF, NMSC, ...); empty in CSV
        QString reference;     // the account owner's reference (what PayDesk sent: a request or correlation id)
        QString bankReference;
        QString details; // MT940 :86:, or the CSV's description
    };

    QString reference; // MT940 :20:
    QString account;   // MT940 :25:
    QString number;    // MT940 :28C:
    Money openingBalance;
    Money closingBalance;
    QList<Entry> entries;
};
