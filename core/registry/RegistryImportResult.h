#pragma once

#include "FieldIssue.h"

#include "SharedPayeeAccount.h"

#include <QList>
#include <QMetaType>
#include <QString>

// A row the import refused: its line in the file and everything wrong with it.
struct RejectedRow
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
    qint64 updated = 0;
    qint64 rejected = 0;
    QList<RejectedRow> rejectedSample; // the first kRejectedSampleSize rejected rows
    QString rejectsPath;               // the file holding every rejected row, when there are any
    QStringList ignoredColumns;
    qint64 sharedAccountCount = 0; // payee accounts held by more than one registry id, registry-wide
    QList<SharedPayeeAccount> sharedAccounts;
};

Q_DECLARE_METATYPE(RegistryImportResult)
