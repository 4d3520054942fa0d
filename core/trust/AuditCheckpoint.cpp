#include "AuditCheckpoint.h"

QByteArray AuditCheckpoint::signedMessage() const
{
    return QByteArrayLiteral("paydesk-checkpoint-v1\n") + QByteArray::number(entries) + '\n' + headHash.toLatin1() +
           '\n' + takenAt.toUTC().toString(Qt::ISODateWithMs).toLatin1() + '\n' + officer.toUtf8();
}

QJsonObject AuditCheckpoint::toJson() const
{
    return QJsonObject{{QStringLiteral("entries"), entries},
                       {QStringLiteral("head_hash"), headHash},
                       {QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("officer"), officer},
                       {QStringLiteral("signer_certificate"), signerCertificate},
                       {QStringLiteral("certificate"), QString::fromLatin1(certificatePem)},
                       {QStringLiteral("signature"), signature}};
}

std::optional<AuditCheckpoint> AuditCheckpoint::fromJson(const QJsonObject& object, QString* error)
{
    AuditCheckpoint checkpoint;
    checkpoint.entries = object.value(QStringLiteral("entries")).toInteger(-1);
    checkpoint.headHash = object.value(QStringLiteral("head_hash")).toString();
    checkpoint.takenAt = QDateTime::fromString(object.value(QStringLiteral("taken_at")).toString(), Qt::ISODateWithMs);
    checkpoint.officer = object.value(QStringLiteral("officer")).toString();
    checkpoint.signerCertificate = object.value(QStringLiteral("signer_certificate")).toString();
    checkpoint.certificatePem = object.value(QStringLiteral("certificate")).toString().toLatin1();
    checkpoint.signature = object.value(QStringLiteral("signature")).toString();
    if (checkpoint.entries < 0 || checkpoint.headHash.size() != 64 || !checkpoint.takenAt.isValid() ||
        checkpoint.officer.isEmpty() || checkpoint.signature.isEmpty()) {
        *error = tr("not a PayDesk audit checkpoint (it needs entries, head_hash, taken_at, officer and signature)");
        return std::nullopt;
    }
    return checkpoint;
}
