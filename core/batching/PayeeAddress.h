#pragma once

#include "domain/PartyId.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// The address a beneficiary is paid at, the way the program pays (its payee id type): the
// registry's address of that type, the phone for a program that pays by MSISDN, or — for a
// program that pays by registry id — the financial address the ID-to-account mapper resolved.
// One rule for the preparation and for the checks before approval.
class PayeeAddress
{
    Q_DECLARE_TR_FUNCTIONS(PayeeAddress)

public:
    struct Source
    {
        QString phone;
        QString payeeType; // the registry's
        QString payeeAddress;
        QVariant mapped; // the mapper's answer (financial_address.resolved): null when never asked
        QString mappedAddress;
        QString mappedReason;
    };

    // The address, or an invalid PartyId and why there is none.
    static PartyId of(const Source& source, PartyIdType type, QString* reason);
};
