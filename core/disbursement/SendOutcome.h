#pragma once

#include "batching/BatchState.h"

#include <QString>

// What one attempt to send or resolve a batch came to.
struct SendOutcome
{
    qint64 batchId = 0;
    BatchState state = BatchState::Ready; // the batch's state afterwards
    QString message;                      // translated, for the officer
    bool posted = false;                  // a POST left PayDesk in this attempt
    bool mayRepost = false; // uncertain, not on the hub after the grace period: posting again needs a confirmation
    QString evidence;       // with mayRepost: what the hub listed, over what time, by its clock (translated)

    bool uncertain() const { return state == BatchState::Sending; }
};
