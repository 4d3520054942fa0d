#pragma once

#include <QString>
#include <QStringList>

// A payee account that more than one registry id points at: a likely duplicate beneficiary.
struct SharedPayeeAccount
{
    QString payeeType;
    QString payeeAddress;
    QStringList registryIds;
};
