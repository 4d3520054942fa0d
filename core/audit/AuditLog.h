#pragma once

#include "AuditEntry.h"
#include "AuditVerification.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// The append-only audit log. Every entry carries the SHA-256 of the one before it and of its own
// fields, so editing or deleting an entry breaks the chain from that point on; verify() walks the
// chain and names the first entry that does not fit. (Removing entries from the very end leaves a
// shorter chain that still fits: anchoring the latest hash outside the database is what catches
// that, and comes with signed sign-offs.)
// append() writes inside the caller's transaction, so a state change and its entry commit together.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& database);

    // Assigns the sequence, previous hash and hash, and inserts the entry. Two writers racing on a
    // shared database cannot both take the same sequence: the loser fails and may try again.
    bool append(AuditEntry& entry, QString* error);
    // The newest entries first, at most limit, optionally only those about one subject.
    QList<AuditEntry> latest(int limit, const QString& subjectType = QString(), const QString& subjectId = QString());
    // Every entry about these subjects of one type, oldest first.
    QList<AuditEntry> about(const QString& subjectType, const QStringList& subjectIds);
    AuditVerification verify();

    // The hash an entry must carry, from its fields and its previousHash.
    static QString hashOf(const AuditEntry& entry);
    static QString genesisHash();

private:
    Database& m_database;
};
