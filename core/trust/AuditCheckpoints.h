#pragma once

#include "AuditCheckpoint.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The checkpoints of a database's audit log: taken (signed by a signed-in officer) and kept.
class AuditCheckpoints
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpoints)

public:
    explicit AuditCheckpoints(Database& database);

    // Signs the log's head now in officerId's name, keeps it and returns it; nothing with error set.
    std::optional<AuditCheckpoint> take(const QString& officerId, QString* error);
    // Every checkpoint kept, oldest first.
    QList<AuditCheckpoint> all();
    // The newest, when there is one.
    std::optional<AuditCheckpoint> latest();

private:
    Database& m_database;
};
