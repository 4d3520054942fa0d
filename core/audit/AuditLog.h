#pragma once

#include "AuditEntry.h"
#include "AuditVerification.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class Database;

// The append-only audit log. Every entry carries the SHA-256 of the one before it and of its own
// fields, so editing or deleting an entry breaks the chain from that point on; verify() walks the
// chain and names the first entry that does not fit. Each entry is signed by the officer who acted
// (their key in the database's keyring), over its hash; AuditVerifier checks those signatures
// against a trust anchor, and signed checkpoints (AuditCheckpoint) catch a removed tail.
// append() writes inside the caller's transaction, so a state change and its entry commit together.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& database);

    // Assigns the sequence, previous hash and hash, signs the hash with the key of entry.officer
    // (refused when that officer has not signed in on this connection) and inserts the entry. Two
    // writers racing on a shared database cannot both take the same sequence: the loser fails.
    bool append(AuditEntry& entry, QString* error);
    // The newest entries first, at most limit, optionally only those about one subject.
    QList<AuditEntry> latest(int limit, const QString& subjectType = QString(), const QString& subjectId = QString());
    // Every entry whose action starts with prefix or is one of actions, oldest first.
    QList<AuditEntry> ofActions(const QString& prefix, const QStringList& actions);
    // Every entry about these subjects of one type, oldest first.
    QList<AuditEntry> about(const QString& subjectType, const QStringList& subjectIds);
    // Walks the chain from the first entry; checkEntry, when given, may name a problem with an entry
    // that fits the chain (AuditVerifier checks its signature).
    AuditVerification verify(const std::function<QString(const AuditEntry&)>& checkEntry = {});

    // The hash an entry must carry, from its fields and its previousHash.
    static QString hashOf(const AuditEntry& entry);
    static QString genesisHash();
    // The bytes an officer signs for an entry with this hash.
    static QByteArray signedMessage(const QString& hash);

private:
    Database& m_database;
};
