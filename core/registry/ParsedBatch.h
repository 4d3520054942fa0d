#pragma once

#include "FieldIssue.h"

#include "domain/Beneficiary.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

// One row of a registry file after parsing and validation: accepted when issues is empty.
struct ParsedRow
{
    QList<QByteArray> record;
    qint64 line = 0;
    Beneficiary beneficiary;
    QList<FieldIssue> issues;
    QList<FieldIssue> warnings;
};

// A batch of consecutive rows, with how far into the file the reader has got and, with the first
// batch, the warnings about columns the reader found in the first rows.
struct ParsedBatch
{
    std::vector<ParsedRow> rows;
    qint64 bytesRead = 0;
    QStringList columnWarnings;
};
