#pragma once

#include <QString>

// One thing wrong with one field of an imported row.
struct FieldIssue
{
    QString column; // the header of the column, as in the file
    QString reason; // translated
};
