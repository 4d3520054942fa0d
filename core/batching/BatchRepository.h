#pragma once

#include "PaymentBatch.h"

#include <QList>

#include <optional>

class Database;

// Reads payment batches.
class BatchRepository
{
public:
    explicit BatchRepository(Database& database);

    QList<PaymentBatch> batchesOf(qint64 cycleId); // without their files
    QList<PaymentBatch> inState(BatchState state); // of every cycle, by id, without their files
    std::optional<PaymentBatch> find(qint64 batchId); // with its file

private:
    Database& m_database;
};
