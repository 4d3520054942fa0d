#include "BatchSignOff.h"

#include "BatchManifest.h"
#include "SignOffVerifier.h"

#include "audit/AuditLog.h"
#include "batching/BatchRepository.h"
#include "batching/PublicKey.h"
#include "batching/SigningKey.h"
#include "officers/Officer.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"
#include "trust/OfficerKeyring.h"
#include "trust/TrustStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

BatchSignOff::BatchSignOff(Database& database) : m_database(database) {}

bool BatchSignOff::sign(qint64 batchId, const Officer& officer, QString* error)
{
    const OfficerCredential* credential = m_database.keyring().find(officer.id);
    if (!credential) {
        *error = tr("%1 has not signed in with their key").arg(officer.id);
        return false;
    }
    const SigningKey& key = *credential->key;
    if (!officer.active || (officer.role != OfficerRole::Maker && officer.role != OfficerRole::Checker)) {
        *error = tr("%1 signs nothing: only active makers sign off and checkers countersign").arg(officer.id);
        return false;
    }
    const auto batch = BatchRepository(m_database).find(batchId, error);
    if (!batch) {
        return false;
    }
    if ((batch->state != BatchState::Ready && batch->state != BatchState::Rejected &&
         batch->state != BatchState::HandedOver)) {
        *error =
            tr("batch %1 is not waiting to be sent: only a ready (or handed-over) batch is signed off").arg(batchId);
        return false;
    }
    const auto anchor = TrustStore(m_database).anchor(error);
    if (!anchor) {
        return false;
    }
    const Certificate& certificate = credential->certificate;
    const QByteArray manifest = BatchManifest::of(m_database, batchId, error);
    if (manifest.isEmpty()) {
        return false;
    }
    QString readError;
    const QJsonObject signOff = document(batchId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    const bool maker = officer.role == OfficerRole::Maker;
    const QString role = maker ? QStringLiteral("maker") : QStringLiteral("checker");
    if (signOff.contains(role)) {
        const QString signer = signOff.value(role).toObject().value(QStringLiteral("officer")).toString();
        *error = (maker ? tr("batch %1 is already signed off by its maker (%2)")
                        : tr("batch %1 is already countersigned by a checker (%2)"))
                     .arg(batchId)
                     .arg(signer);
        return false;
    }
    QByteArray message;
    if (maker) {
        message = SignOffVerifier::makerMessage(manifest);
    } else {
        message = countersignMessage(batchId, officer, certificate, manifest, signOff, *anchor, error);
        if (message.isEmpty()) {
            return false;
        }
    }
    const QByteArray signature = key.signMessage(message, error);
    if (signature.isEmpty()) {
        return false;
    }
    return record(*batch, role, officer, certificate, manifest, signature, error);
}

// What a checker signs: the manifest and the maker's signature, once the maker's sign-off checks and
// was made by another officer with another key; nothing, with why, otherwise.
QByteArray BatchSignOff::countersignMessage(qint64 batchId, const Officer& officer, const Certificate& certificate,
                                            const QByteArray& manifest, const QJsonObject& signOff,
                                            const Certificate& anchor, QString* error)
{
    const SignOffCheck before = SignOffVerifier::check(manifest, signOff, anchor);
    if (!signOff.contains(QStringLiteral("maker")) || !before.valid) {
        *error = signOff.contains(QStringLiteral("maker"))
                     ? tr("the maker's sign-off of batch %1 does not check: %2").arg(batchId).arg(before.detail)
                     : tr("batch %1 has no maker's sign-off to countersign yet").arg(batchId);
        return {};
    }
    if (before.signers.first().officer == officer.id) {
        *error = tr("%1 signed batch %2 off and cannot also countersign it").arg(officer.id).arg(batchId);
        return {};
    }
    const auto certifiedKey = certificate.publicKey();
    if (before.signers.first().fingerprint == certificate.fingerprint() ||
        (certifiedKey && before.signers.first().publicKey == certifiedKey->fingerprint())) {
        *error = tr("%1 holds the same key as the maker who signed batch %2 off: a countersignature needs another key")
                     .arg(officer.id)
                     .arg(batchId);
        return {};
    }
    return SignOffVerifier::checkerMessage(
        manifest,
        signOff.value(QStringLiteral("maker")).toObject().value(QStringLiteral("signature")).toString().toLatin1());
}

// The signature kept with the officer's certificate, and audited, in one transaction.
bool BatchSignOff::record(const PaymentBatch& batch, const QString& role, const Officer& officer,
                          const Certificate& certificate, const QByteArray& manifest, const QByteArray& signature,
                          QString* error)
{
    const QString manifestSha256 =
        QString::fromLatin1(QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex());
    DbTransaction transaction(m_database.connection());
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO batch_signoff (batch_id, role, officer_id, certificate, fingerprint, manifest_sha256, "
        "signature, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(batch.id), QVariant(role), QVariant(officer.id), QVariant(QString::fromLatin1(certificate.pem())),
          QVariant(certificate.fingerprint()), QVariant(manifestSha256), QVariant(QString::fromLatin1(signature)),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))}) {
        insert.addBindValue(value);
    }
    if (!transaction.isActive() || !insert.exec()) {
        *error = tr("cannot record the signature: %1").arg(insert.lastError().text());
        return false;
    }
    AuditEntry entry = AuditEntry::now(
        officer.id, role == u"maker" ? QStringLiteral("batch.sign_off") : QStringLiteral("batch.countersign"),
        QStringLiteral("batch"), QString::number(batch.id));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("manifest_sha256"), manifestSha256},
                                                {QStringLiteral("file_sha256"), batch.fileSha256},
                                                {QStringLiteral("certificate"), certificate.fingerprint()}});
    if (!AuditLog(m_database).append(entry, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

QJsonObject BatchSignOff::document(qint64 batchId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT role, officer_id, certificate, fingerprint, manifest_sha256, signature, signed_at "
                       "FROM batch_signoff WHERE batch_id = ? ORDER BY role DESC"));
    query.addBindValue(batchId);
    if (!query.exec()) {
        *error = tr("cannot read the sign-off of batch %1: %2").arg(batchId).arg(query.lastError().text());
        return {};
    }
    QJsonObject document;
    while (query.next()) {
        // The maker's row comes first ('maker' > 'checker'); its manifest is the one signed.
        if (!document.contains(QStringLiteral("manifest_sha256"))) {
            document.insert(QStringLiteral("manifest_sha256"), query.value(4).toString());
        }
        document.insert(query.value(0).toString(),
                        QJsonObject{{QStringLiteral("officer"), query.value(1).toString()},
                                    {QStringLiteral("certificate"), query.value(2).toString()},
                                    {QStringLiteral("fingerprint"), query.value(3).toString()},
                                    {QStringLiteral("signature"), query.value(5).toString()},
                                    {QStringLiteral("signed_at"), query.value(6).toString()}});
    }
    return document;
}

SignOffCheck BatchSignOff::check(qint64 batchId)
{
    QString error;
    const QByteArray manifest = BatchManifest::of(m_database, batchId, &error);
    const QJsonObject signOff = manifest.isEmpty() ? QJsonObject() : document(batchId, &error);
    const auto anchor = error.isEmpty() ? TrustStore(m_database).anchor(&error) : std::nullopt;
    if (!anchor) {
        SignOffCheck failed;
        failed.detail = error;
        return failed;
    }
    return SignOffVerifier::check(manifest, signOff, *anchor);
}

QHash<qint64, std::pair<QString, QString>> BatchSignOff::signersOfCycle(qint64 cycleId)
{
    QHash<qint64, std::pair<QString, QString>> signers;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT s.batch_id, s.role, s.officer_id FROM batch_signoff s JOIN payment_batch b ON b.id = s.batch_id "
        "WHERE b.cycle_id = ?"));
    query.addBindValue(cycleId);
    if (query.exec()) {
        while (query.next()) {
            auto& pair = signers[query.value(0).toLongLong()];
            (query.value(1).toString() == u"maker" ? pair.first : pair.second) = query.value(2).toString();
        }
    }
    return signers;
}
