#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// One line of the audit log: who did what to which thing, when, and the state before and after
// (as compact JSON text chosen by the caller).
struct AuditEntry
{
    qint64 sequence = 0;  // assigned by AuditLog::append, from 1, without gaps
    QDateTime occurredAt; // UTC, millisecond precision
    QString officer;
    QString action; // e.g. "cycle.approve", "program.payer_account"
    QString subjectType;
    QString subjectId;
    QString before;
    QString after;
    QString previousHash;      // hex SHA-256 of the entry before; 64 zeros for the first
    QString hash;              // hex SHA-256 over previousHash and this entry's fields
    QString signerCertificate; // fingerprint of the certificate whose key signed the hash; empty before signatures
    QString signature;         // Base64 signature of AuditLog::signedMessage(hash) by the officer who acted

    // An entry about a subject, happening now.
    static AuditEntry now(const QString& officer, const QString& action, const QString& subjectType,
                          const QString& subjectId)
    {
        AuditEntry entry;
        entry.occurredAt = QDateTime::currentDateTimeUtc();
        entry.officer = officer;
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        return entry;
    }
    // The compact JSON text kept as a before or after state.
    static QString state(const QJsonObject& object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    // Every field, as paydesk-cli audit list --json and evidence packs give it (AuditLog::hashOf
    // recomputes the hash from these).
    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("sequence"), sequence},
                           {QStringLiteral("occurred_at"), occurredAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("officer"), officer},
                           {QStringLiteral("action"), action},
                           {QStringLiteral("subject_type"), subjectType},
                           {QStringLiteral("subject_id"), subjectId},
                           {QStringLiteral("before"), before},
                           {QStringLiteral("after"), after},
                           {QStringLiteral("previous_hash"), previousHash},
                           {QStringLiteral("hash"), hash},
                           {QStringLiteral("signer_certificate"), signerCertificate},
                           {QStringLiteral("signature"), signature}};
    }
    // The entry toJson gave, field for field (nothing is checked here).
    static AuditEntry fromJson(const QJsonObject& object)
    {
        AuditEntry entry;
        entry.sequence = object.value(QStringLiteral("sequence")).toInteger();
        entry.occurredAt =
            QDateTime::fromString(object.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
        entry.officer = object.value(QStringLiteral("officer")).toString();
        entry.action = object.value(QStringLiteral("action")).toString();
        entry.subjectType = object.value(QStringLiteral("subject_type")).toString();
        entry.subjectId = object.value(QStringLiteral("subject_id")).toString();
        entry.before = object.value(QStringLiteral("before")).toString();
        entry.after = object.value(QStringLiteral("after")).toString();
        entry.previousHash = object.value(QStringLiteral("previous_hash")).toString();
        entry.hash = object.value(QStringLiteral("hash")).toString();
        entry.signerCertificate = object.value(QStringLiteral("signer_certificate")).toString();
        entry.signature = object.value(QStringLiteral("signature")).toString();
        return entry;
    }
};
