#include "BundleExporter.h"

#include "BatchRepository.h"
#include "SigningKey.h"
#include "XSignature.h"

#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QString BundleExporter::exportBatch(Database& database, qint64 batchId, const QString& folder, const SigningKey* key,
                                    QString* error)
{
    const auto batch = BatchRepository(database).find(batchId);
    const auto cycle = batch ? CycleService(database).find(batch->cycleId) : std::nullopt;
    const auto program = cycle ? ProgramRepository(database).find(cycle->programId) : std::nullopt;
    if (!program || batch->fileSha256.isEmpty()) {
        *error = tr("there is no ready batch %1").arg(batchId);
        return {};
    }
    const QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("cannot create %1").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const QString base = dir.filePath(QStringLiteral("batch-%1").arg(batch->correlationId));
    const QString tenant = program->backendSettings.value(QStringLiteral("tenant")).toString();
    // A G2P Connect disburse request is JSON, and is not signed with Payment Hub EE's X-SIGNATURE.
    const bool json = batch->file.startsWith('{');
    const QString extension = json ? QStringLiteral(".json") : QStringLiteral(".csv");
    QByteArray signature;
    if (key && !json) {
        signature = key->sign(XSignature::sha3HexDigest(XSignature::dataToSign(batch->correlationId, tenant, batch->file)), error);
        if (signature.isEmpty()) {
            return {};
        }
    }
    QJsonObject manifest;
    manifest.insert(QStringLiteral("program"), program->name);
    manifest.insert(QStringLiteral("cycle"), cycle->name);
    manifest.insert(QStringLiteral("batch"), batch->id);
    manifest.insert(QStringLiteral("correlation_id"), batch->correlationId);
    manifest.insert(QStringLiteral("tenant"), tenant);
    manifest.insert(QStringLiteral("payment_mode"), batch->paymentMode);
    manifest.insert(QStringLiteral("rows"), batch->rowCount);
    manifest.insert(QStringLiteral("totals"), QJsonObject{{batch->total.currency().code(), batch->total.toDecimalString()}});
    manifest.insert(QStringLiteral("file"), QString(QDir(folder).relativeFilePath(base) + extension));
    manifest.insert(QStringLiteral("sha256"), batch->fileSha256);
    manifest.insert(QStringLiteral("signed"), !signature.isEmpty());
    manifest.insert(QStringLiteral("prepared_by"), batch->createdBy);
    manifest.insert(QStringLiteral("frozen_at"), batch->frozenAt);
    manifest.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!writeFile(base + extension, batch->file, error)
        || (!signature.isEmpty() && !writeFile(base + QStringLiteral(".signature"), signature, error))
        || !writeFile(base + QStringLiteral(".manifest.json"), QJsonDocument(manifest).toJson(), error)) {
        *error = tr("cannot write the bundle: %1").arg(*error);
        return {};
    }
    return base;
}
