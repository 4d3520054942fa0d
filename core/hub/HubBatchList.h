#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// The batches a Payment Hub EE tenant listed, read whole (HubListReader): each batch's
// correlation id -> the hub's batch id, with the evidence of what was read. A correlation id
// missing from it is absent from the hub, as far as the hub had shown at hubTime.
struct HubBatchList
{
    QHash<QString, QString> hubIdByCorrelation;
    QDateTime hubTime; // the hub's clock when the reading began (its Date header); invalid: it gives none
    qint64 listed = 0; // batches read
    QDateTime oldest;  // the earliest and latest start (startedAt) among them, on the hub's clock
    QDateTime newest;
};
