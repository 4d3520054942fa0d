#pragma once

#include <QDateTime>
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
};
