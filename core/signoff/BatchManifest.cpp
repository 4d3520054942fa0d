#include "BatchManifest.h"

#include "batching/BatchRepository.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

QString BatchManifest::fileName(const QString& correlationId, const QByteArray& file)
{
    // A G2P Connect disburse request is JSON; a Payment Hub EE batch is CSV.
    return QStringLiteral("batch-%1%2")
        .arg(correlationId, file.startsWith('{') ? QStringLiteral(".json") : QStringLiteral(".csv"));
}

std::optional<BatchManifest::Subject> BatchManifest::readySubject(Database& database, qint64 batchId, QString* error)
{
    const auto batch = BatchRepository(database).find(batchId, error);
    const auto cycle = batch ? CycleService(database).find(batch->cycleId, error) : std::nullopt;
    const auto program = cycle ? ProgramRepository(database).find(cycle->programId, error) : std::nullopt;
    if (!program) {
        return std::nullopt;
    }
    if (batch->fileSha256.isEmpty()) {
        *error = tr("there is no ready batch %1").arg(batchId);
        return std::nullopt;
    }
    return Subject{*batch, *cycle, *program};
}

QByteArray BatchManifest::of(Database& database, qint64 batchId, QString* error)
{
    const auto subject = readySubject(database, batchId, error);
    return subject ? of(subject->batch, subject->cycle, subject->program) : QByteArray();
}

QByteArray BatchManifest::of(const PaymentBatch& batch, const Cycle& cycle, const Program& program)
{
    QJsonObject manifest;
    manifest.insert(QStringLiteral("program"), program.name);
    manifest.insert(QStringLiteral("cycle"), cycle.name);
    manifest.insert(QStringLiteral("batch"), batch.id);
    manifest.insert(QStringLiteral("correlation_id"), batch.correlationId);
    manifest.insert(QStringLiteral("tenant"), program.hubSettings.tenant);
    manifest.insert(QStringLiteral("payment_mode"), batch.paymentMode);
    manifest.insert(QStringLiteral("rows"), batch.rowCount);
    manifest.insert(QStringLiteral("totals"),
                    QJsonObject{{batch.total.currency().code(), batch.total.toDecimalString()}});
    manifest.insert(QStringLiteral("file"), fileName(batch.correlationId, batch.file));
    manifest.insert(QStringLiteral("sha256"), batch.fileSha256);
    manifest.insert(QStringLiteral("prepared_by"), batch.createdBy);
    manifest.insert(QStringLiteral("frozen_at"), batch.frozenAt);
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}
