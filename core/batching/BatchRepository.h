#pragma once

#include "PaymentBatch.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// Reads payment batches.
class BatchRepository
{
    Q_DECLARE_TR_FUNCTIONS(BatchRepository)

public:
    explicit BatchRepository(Database& database);

    QList<PaymentBatch> batchesOf(qint64 cycleId); // without their files
    QList<PaymentBatch> inState(BatchState state); // of every cycle, by id, without their files
    // The batch with its file, or nullopt with error saying why: there is no such batch, or it
    // could not be read (a database failure is never reported as "no batch").
    std::optional<PaymentBatch> find(qint64 batchId, QString* error);

private:
    Database& m_database;
};
