#pragma once

#include <QCoreApplication>
#include <QString>

// Why a payment failed, in the officer's words, with the code it came with kept beside them: a
// Mojaloop error as Payment Hub EE stores it ("5103 Payee transaction limit reached") reads
// "a limit of the payee's account was reached (code 5103: Payee transaction limit reached)"; a
// G2P Connect refusal ("rjct.reference_id.invalid") reads in words too. Mojaloop codes are read by
// their family (the FSPIOP API's error-code ranges), so a code never seen before still says which
// side refused. Anything else is shown as it came. The stored reason never changes.
class FailureReasonText
{
    Q_DECLARE_TR_FUNCTIONS(FailureReasonText)

public:
    static QString of(const QString& stored);

private:
    static QString mojaloop(int code);
    static QString g2pConnect(const QString& code);
};
