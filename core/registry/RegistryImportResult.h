#pragma once

#include "FieldIssue.h"

#include "SharedPayeeAccount.h"

#include <QList>
#include <QMetaType>
#include <QString>

// A row of the file and what the import found in it: everything wrong with a rejected row, or
// what was changed in an imported one by a documented rule.
struct RowIssues
{
    qint64 line = 0;
    QList<FieldIssue> issues;
};

// What a registry import did. When succeeded is false nothing was written.
struct RegistryImportResult
{
    static constexpr int kRejectedSampleSize = 1000;
    static constexpr int kSharedAccountSampleSize = 100;

    bool succeeded = false;
    bool cancelled = false;
    QString error; // translated, says where and what
    qint64 importId = 0;
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;   // known registry ids whose values the file changed
    qint64 unchanged = 0; // known registry ids the file holds as they were
    qint64 rejected = 0;
    QList<RowIssues> rejectedSample; // the first kRejectedSampleSize rejected rows
    QString rejectsPath;             // the file holding every rejected row, when there are any
    qint64 rowsWithWarnings = 0;     // imported rows with a value changed by a documented rule
    QList<RowIssues> warningSample;  // the first kRejectedSampleSize of them
    QStringList ignoredColumns;
    QStringList columnWarnings; // ignored columns that look like payee accounts
    // Payee accounts held by more than one registry id, at least one of them in this file.
    qint64 sharedAccountCount = 0;
    QList<SharedPayeeAccount> sharedAccounts;
};

Q_DECLARE_METATYPE(RegistryImportResult)
