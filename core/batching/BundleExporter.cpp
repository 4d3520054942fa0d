#include "BundleExporter.h"

#include "BatchRepository.h"
#include "SigningKey.h"
#include "XSignature.h"

#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "signoff/BatchManifest.h"
#include "signoff/BatchSignOff.h"
#include "storage/Database.h"

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
    const QString fileName = BatchManifest::fileName(batch->correlationId, batch->file);
    const QString extension = fileName.mid(fileName.lastIndexOf(u'.'));
    const QString base = dir.filePath(fileName.left(fileName.size() - extension.size()));
    const QString tenant = program->backendSettings.value(QStringLiteral("tenant")).toString();
    // A G2P Connect disburse request is JSON, and is not signed with Payment Hub EE's X-SIGNATURE.
    const bool json = extension == u".json";
    QByteArray signature;
    if (key && !json) {
        signature = key->sign(XSignature::sha3HexDigest(XSignature::dataToSign(batch->correlationId, tenant, batch->file)), error);
        if (signature.isEmpty()) {
            return {};
        }
    }
    QString readError;
    const QByteArray manifest = BatchManifest::of(*batch, *cycle, *program);
    const QJsonObject signOff = BatchSignOff(database).document(batchId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return {};
    }
    if (!writeFile(base + extension, batch->file, error)
        || (!signature.isEmpty() && !writeFile(base + QStringLiteral(".signature"), signature, error))
        || !writeFile(base + QStringLiteral(".manifest.json"), manifest, error)
        || (!signOff.isEmpty() && !writeFile(base + QStringLiteral(".signoff.json"), QJsonDocument(signOff).toJson(), error))) {
        *error = tr("cannot write the bundle: %1").arg(*error);
        return {};
    }
    return base;
}
