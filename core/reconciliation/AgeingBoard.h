#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// Money in the dark: payments that left (or may have left) PayDesk and have no final outcome yet —
// in an uncertain batch, or sent and still in flight on the hub — by batch, aged from the batch's
// first post, in bands, each batch with what the officer can do about it.
class AgeingBoard
{
    Q_DECLARE_TR_FUNCTIONS(AgeingBoard)

public:
    enum class Band
    {
        UnderAnHour,
        UnderADay,
        UnderAWeek,
        OverAWeek,
    };
    static constexpr int kBands = 4;
    static QString bandName(Band band);

    struct Batch
    {
        qint64 batchId = 0;
        qint64 cycleId = 0;
        QString cycleName;
        QString hubBatchId;
        bool uncertain = false; // the batch itself is not known to have reached the hub
        QDateTime since;        // its first post
        qint64 ageMinutes = 0;
        Band band = Band::UnderAnHour;
        qint64 payments = 0;
        Money amount;
        QString action; // what the officer can do, in words
    };

    // The batches with payments in the dark at now, oldest first: of one cycle, or of all (0);
    // empty with error set when they cannot be read.
    static QList<Batch> read(Database& database, const QDateTime& now, qint64 cycleId, QString* error);
    // Payments per band over batches.
    static QList<qint64> paymentsPerBand(const QList<Batch>& batches);
};
