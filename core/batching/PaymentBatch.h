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
    // Sending (DESIGN.md §1):
    QString hubBatchId;   // the hub's id, from the 202 or found on its operations API
    int sendAttempts = 0; // POSTs started
    QString sendingSince; // UTC, ISO 8601: the first POST's start
    QString
        lastPostedAt; // UTC, ISO 8601: the latest POST's start (this desktop's clock: for people, never for the grace)
    QString hubPostedAt; // UTC, ISO 8601, the hub's clock: the latest the hub can have received the last POST; empty:
                         // unknown
    QString sentBy;
    QString failureReason; // why it was refused, or why it is uncertain
    bool pilot = false;    // part of its cycle's pilot, released before the rest (PilotRelease)
};
