#pragma once

#include "officers/Officer.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct Program;

// An approved cycle with its payments prepared into ready batches, made through PayDesk's services
// from a synthetic registry: what sending and reconciliation tests start from. The program pays
// 25 USD to each enrolled beneficiary with a phone, through Payment Hub EE tenant greenbank,
// maxBatchRows rows a batch, unless configure changes the program before it is saved.
struct PreparedCycle
{
    static const Officer maker;
    static const Officer checker;

    struct Options
    {
        int maxBatchRows = 7;
        std::function<void(Program&)> configure;                        // before the program is saved
        std::function<void(Database&, qint64 cycleId)> beforePreparing; // once the cycle is approved
    };

    // registryFile: where the synthetic registry is written; seed makes it.
    static PreparedCycle make(const QString& location, const QString& registryFile, quint32 seed, int rows,
                              const Options& options);
    static PreparedCycle make(const QString& location, const QString& registryFile, quint32 seed, int rows,
                              int maxBatchRows = 7)
    {
        Options options;
        options.maxBatchRows = maxBatchRows;
        return make(location, registryFile, seed, rows, options);
    }

    std::unique_ptr<Database> database;
    qint64 cycleId = 0;
    QList<qint64> batches;
    QStringList requestIds;
};
