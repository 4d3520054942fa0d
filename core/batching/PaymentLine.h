#pragma once

#include "domain/Money.h"
#include "domain/PartyId.h"

#include <QString>

// One payment as it goes into a batch file: its fixed request id, who is paid, how much, how.
struct PaymentLine
{
    QString requestId; // UUID, fixed for the payment's life: the hub echoes it back
    PartyId payee;
    Money amount;
    QString paymentMode; // e.g. MOJALOOP
    QString note;
    qint64 entitlementId = 0; // the entitlement it pays, when it comes from a cycle; never in a file
    qint64 reissueOf = 0;     // the failed payment it pays again; 0 for a first payment
};
