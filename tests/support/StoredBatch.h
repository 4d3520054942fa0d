#pragma once

#include "batching/BatchRepository.h"

#include <QtGlobal>

// The batch as stored now, for a test to look at; nothing (and the reason on the test's log) when
// it cannot be read.
inline std::optional<PaymentBatch> storedBatch(Database& database, qint64 batchId)
{
    QString error;
    auto batch = BatchRepository(database).find(batchId, &error);
    if (!batch) {
        qWarning("%s", qPrintable(error));
    }
    return batch;
}
