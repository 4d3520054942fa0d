#pragma once

#include "BatchState.h"

#include "domain/Money.h"

#include <QByteArray>
#include <QString>

// A batch of payments and its file. Once ready, the file, its SHA-256 and the correlation id are
// frozen: the database refuses to change them.
struct PaymentBatch
{
    qint64 id = 0;
    qint64 cycleId = 0;
    QString correlationId; // UUID: the X-CorrelationID the batch is sent with, every time
    BatchState state = BatchState::Draft;
    QString paymentMode;
    int rowCount = 0;
    Money total;
    QByteArray file; // filled by BatchRepository::find only
    QString fileSha256;
    QString createdBy;
    QString frozenAt;
};
