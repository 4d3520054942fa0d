#pragma once

#include "PartyId.h"

#include <QDate>
#include <QString>

// One person in the beneficiary registry. Values are validated and normalised before they get here
// (see BeneficiaryRowValidator); the storage layer writes them as they are.
struct Beneficiary
{
    qint64 id = 0; // database row id, 0 until stored
    QString registryId;
    QString givenName;
    QString familyName;
    QString gender; // "F", "M", "O" or empty when unknown
    QDate birthDate;
    QString householdId;
    int householdSize = 1;
    QString region;
    QString district;
    QString phone; // normalised MSISDN digits, may be empty
    PartyId payee; // financial address; invalid when the registry holds none
    QString nationalId;
    bool active = true;

    QString fullName() const
    {
        if (givenName.isEmpty()) {
            return familyName;
        }
        return familyName.isEmpty() ? givenName : givenName + u' ' + familyName;
    }
};
