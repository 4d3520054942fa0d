#pragma once

#include <QString>

// One thing wrong with one field of an imported row, or one thing changed in it (a warning).
struct FieldIssue
{
    enum class Kind
    {
        Value,    // the value is not acceptable
        Encoding, // the bytes are not UTF-8
        Damage,   // the CSV quoting of the record is broken
    };

    QString column;       // the header of the column, as in the file; empty: the whole row
    QString reason;       // translated
    int columnNumber = 0; // 1-based position of the column in the file; 0: the whole row
    Kind kind = Kind::Value;
};
