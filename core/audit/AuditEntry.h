#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// One line of the audit log: who did what to which thing, when, and the state before and after
// (as compact JSON text chosen by the caller).
struct AuditEntry
{
    qint64 sequence = 0; // assigned by AuditLog::append, from 1, without gaps
    QDateTime occurredAt; // UTC, millisecond precision
    QString officer;
    QString action; // e.g. "cycle.approve", "program.payer_account"
    QString subjectType;
    QString subjectId;
    QString before;
    QString after;
    QString previousHash; // hex SHA-256 of the entry before; 64 zeros for the first
    QString hash;         // hex SHA-256 over previousHash and this entry's fields

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
                           {QStringLiteral("hash"), hash}};
    }
};
