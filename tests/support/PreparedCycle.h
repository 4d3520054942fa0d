#pragma once

#include "officers/Officer.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// An approved cycle with its payments prepared into ready batches, made through PayDesk's services
// from a synthetic registry: what sending and reconciliation tests start from. The program pays
// 25 USD to each enrolled beneficiary with a phone, through Payment Hub EE tenant greenbank,
// maxBatchRows rows a batch.
struct PreparedCycle
{
    static const Officer maker;
    static const Officer checker;

    // registryFile: where the synthetic registry is written; seed makes it.
    static PreparedCycle make(const QString& location, const QString& registryFile, quint32 seed, int rows, int maxBatchRows = 7);

    std::unique_ptr<Database> database;
    qint64 cycleId = 0;
    QList<qint64> batches;
    QStringList requestIds;
};
