#include "AuditCheckpoints.h"

#include "batching/SigningKey.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "trust/OfficerKeyring.h"

#include <QSqlError>
#include <QSqlQuery>

AuditCheckpoints::AuditCheckpoints(Database& database) : m_database(database) {}

std::optional<AuditCheckpoint> AuditCheckpoints::take(const QString& officerId, QString* error)
{
    const OfficerCredential* signer = m_database.keyring().find(officerId);
    if (!signer) {
        *error = tr("%1 has not signed in with their key").arg(officerId);
        return std::nullopt;
    }
    QSqlQuery head(m_database.connection());
    if (!head.exec(QStringLiteral("SELECT sequence, hash FROM audit_entry ORDER BY sequence DESC LIMIT 1"))) {
        *error = tr("cannot read the audit log: %1").arg(head.lastError().text());
        return std::nullopt;
    }
    AuditCheckpoint checkpoint;
    if (head.next()) {
        checkpoint.entries = head.value(0).toLongLong();
        checkpoint.headHash = head.value(1).toString();
    } else {
        checkpoint.headHash = QString(64, u'0');
    }
    head.finish();
    checkpoint.takenAt =
        QDateTime::fromString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    checkpoint.officer = officerId;
    checkpoint.signerCertificate = signer->certificate.fingerprint();
    checkpoint.certificatePem = signer->certificate.pem();
    checkpoint.signature = QString::fromLatin1(signer->key->signMessage(checkpoint.signedMessage(), error));
    if (checkpoint.signature.isEmpty()) {
        return std::nullopt;
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_checkpoint (entries, head_hash, taken_at, officer, signer_certificate, signature) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(checkpoint.entries), QVariant(checkpoint.headHash),
                                  QVariant(checkpoint.takenAt.toString(Qt::ISODateWithMs)), sqlText(officerId),
                                  QVariant(checkpoint.signerCertificate), QVariant(checkpoint.signature)}) {
        insert.addBindValue(value);
    }
    if (!insert.exec()) {
        *error = tr("cannot keep the audit checkpoint: %1").arg(insert.lastError().text());
        return std::nullopt;
    }
    return checkpoint;
}

QList<AuditCheckpoint> AuditCheckpoints::all()
{
    QList<AuditCheckpoint> checkpoints;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(
            QStringLiteral("SELECT c.entries, c.head_hash, c.taken_at, c.officer, c.signer_certificate, c.signature, "
                           "COALESCE(o.certificate_pem, '') FROM audit_checkpoint c "
                           "LEFT JOIN officer_certificate o ON o.fingerprint = c.signer_certificate "
                           "ORDER BY c.entries, c.taken_at"))) {
        while (query.next()) {
            AuditCheckpoint checkpoint;
            checkpoint.entries = query.value(0).toLongLong();
            checkpoint.headHash = query.value(1).toString();
            checkpoint.takenAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
            checkpoint.officer = query.value(3).toString();
            checkpoint.signerCertificate = query.value(4).toString();
            checkpoint.signature = query.value(5).toString();
            checkpoint.certificatePem = query.value(6).toString().toLatin1();
            checkpoints.append(checkpoint);
        }
    }
    return checkpoints;
}

std::optional<AuditCheckpoint> AuditCheckpoints::latest()
{
    const QList<AuditCheckpoint> checkpoints = all();
    return checkpoints.isEmpty() ? std::nullopt : std::optional<AuditCheckpoint>(checkpoints.last());
}
