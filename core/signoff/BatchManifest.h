#pragma once

#include "batching/PaymentBatch.h"
#include "programs/Cycle.h"
#include "programs/Program.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

// A ready batch's manifest: program, cycle, batch, correlation id, tenant, payment mode, rows,
// totals per currency, the file's name in its bundle and SHA-256, who prepared it and when. The
// same bytes every time for the same batch, so the maker's sign-off and the checker's
// countersignature (BatchSignOff) cover exactly what the bundle carries as BASE.manifest.json.
class BatchManifest
{
    Q_DECLARE_TR_FUNCTIONS(BatchManifest)

public:
    // What a manifest is of: a ready batch (its file frozen), with its cycle and program.
    struct Subject
    {
        PaymentBatch batch;
        Cycle cycle;
        Program program;
    };

    // The ready batch batchId with its cycle and program; nothing, with error set, when any of
    // them cannot be read or the batch has no frozen file.
    static std::optional<Subject> readySubject(Database& database, qint64 batchId, QString* error);
    // The manifest's bytes (indented JSON), or empty with error set.
    static QByteArray of(Database& database, qint64 batchId, QString* error);
    // The same, for a batch (with its file) its caller has loaded already, with its cycle and program.
    static QByteArray of(const PaymentBatch& batch, const Cycle& cycle, const Program& program);
    // The name of the batch's file in a bundle: batch-CORRELATION_ID.csv, or .json for G2P Connect.
    static QString fileName(const QString& correlationId, const QByteArray& file);
};
