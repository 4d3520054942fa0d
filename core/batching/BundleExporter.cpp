#include "BundleExporter.h"

#include "SigningKey.h"
#include "XSignature.h"

#include "audit/AuditLog.h"
#include "signoff/BatchManifest.h"
#include "signoff/BatchSignOff.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"
#include "trust/AuditCheckpoints.h"
#include "trust/TrustRecord.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace {

// The files that accompany a bundle's batch file: BASE plus these.
const QString kManifest = QStringLiteral(".manifest.json");
const QString kSignOff = QStringLiteral(".signoff.json");
const QString kTrustRecord = QStringLiteral(".trust.json");
const QString kCheckpoint = QStringLiteral(".checkpoint.json");
const std::array<QString, 4> kCompanions{kManifest, kSignOff, kTrustRecord, kCheckpoint};

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool handOver(Database& database, const PaymentBatch& batch, const QString& officerId, QString* error)
{
    DbTransaction transaction(database.connection());
    QSqlQuery update(database.connection());
    update.prepare(QStringLiteral("UPDATE payment_batch SET state = ? WHERE id = ? AND state = ?"));
    update.addBindValue(batchStateName(BatchState::HandedOver));
    update.addBindValue(batch.id);
    update.addBindValue(batchStateName(BatchState::Ready));
    AuditEntry entry =
        AuditEntry::now(officerId.isEmpty() ? QStringLiteral("unknown") : officerId,
                        QStringLiteral("batch.handed_over"), QStringLiteral("batch"), QString::number(batch.id));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("correlation_id"), batch.correlationId},
                                                {QStringLiteral("file_sha256"), batch.fileSha256}});
    QString auditError;
    if (!transaction.isActive() || !update.exec() || update.numRowsAffected() != 1 ||
        !AuditLog(database).append(entry, &auditError) || !transaction.commit()) {
        *error = QCoreApplication::translate("BundleExporter", "cannot mark batch %1 as handed over: %2")
                     .arg(batch.id)
                     .arg(!auditError.isEmpty()                  ? auditError
                          : !update.lastError().text().isEmpty() ? update.lastError().text()
                                                                 : transaction.errorString());
        return false;
    }
    return true;
}

} // namespace

bool BundleExporter::isCompanion(const QString& fileName)
{
    return std::any_of(kCompanions.cbegin(), kCompanions.cend(),
                       [&fileName](const QString& suffix) { return fileName.endsWith(suffix); });
}

QString BundleExporter::exportBatch(Database& database, qint64 batchId, const QString& folder, const SigningKey* key,
                                    Purpose purpose, const QString& officerId, QString* error)
{
    const auto subject = BatchManifest::readySubject(database, batchId, error);
    if (!subject) {
        return {};
    }
    const PaymentBatch& batch = subject->batch;
    const Program& program = subject->program;
    const QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("cannot create %1").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const QString fileName = BatchManifest::fileName(batch.correlationId, batch.file);
    const QString extension = fileName.mid(fileName.lastIndexOf(u'.'));
    const QString base = dir.filePath(fileName.left(fileName.size() - extension.size()));
    const QString tenant = program.hubSettings.tenant;
    // A G2P Connect disburse request is JSON, and is not signed with Payment Hub EE's X-SIGNATURE.
    const bool json = extension == u".json";
    QByteArray signature;
    if (key && !json) {
        signature = key->sign(
            XSignature::sha3HexDigest(XSignature::dataToSign(batch.correlationId, tenant, batch.file)), error);
        if (signature.isEmpty()) {
            return {};
        }
    }
    QString readError;
    const QByteArray manifest = BatchManifest::of(subject->batch, subject->cycle, subject->program);
    const QJsonObject signOff = BatchSignOff(database).document(batchId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return {};
    }
    // Handed over before a byte is written: a crash in between leaves it held, never ready.
    if (purpose == Purpose::HandCarry && batch.state == BatchState::Ready &&
        !handOver(database, batch, officerId, error)) {
        return {};
    }
    // The latest signed checkpoint of the audit log: paydesk-cli audit verify --checkpoint takes it
    // back, and a log that lost entries since, or was rewritten, is caught.
    const auto checkpoint = AuditCheckpoints(database).latest();
    if (!writeFile(base + extension, batch.file, error) ||
        (!signature.isEmpty() && !writeFile(base + QStringLiteral(".signature"), signature, error)) ||
        !writeFile(base + kManifest, manifest, error) ||
        (!signOff.isEmpty() && !writeFile(base + kSignOff, QJsonDocument(signOff).toJson(), error))
        // With a sign-off, the certificates and grants that tell whether its signers held their roles.
        || (!signOff.isEmpty() &&
            !writeFile(base + kTrustRecord, QJsonDocument(TrustRecord::of(database)).toJson(), error)) ||
        (checkpoint &&
         !writeFile(base + kCheckpoint,
                    QJsonDocument(QJsonObject{{QStringLiteral("checkpoint"), checkpoint->toJson()}}).toJson(),
                    error))) {
        *error = tr("cannot write the bundle: %1").arg(*error);
        return {};
    }
    return base;
}
