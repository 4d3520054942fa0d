#pragma once

#include <QCoreApplication>
#include <QString>

// Something a checker should see before approving a cycle (CycleDiff), with the beneficiary it is
// about and the figures behind it.
struct CycleFinding
{
    Q_DECLARE_TR_FUNCTIONS(CycleFinding)

public:
    enum class Kind
    {
        Joined,        // entitled now, not in the previous cycle
        Left,          // entitled in the previous cycle, not now
        AmountJump,    // the amount moved by more than the set share since the previous cycle
        PayeeChanged,  // paid at another account in the previous cycle
        SharedAccount, // one account for several beneficiaries of the cycle
        PaidElsewhere, // paid, or being paid, by another program's cycle of the same period
        Unpayable,     // no address the program can pay at, as the registry and the mapper stand
    };
    static constexpr int kKinds = 7;

    static QString kindName(Kind kind);

    Kind kind = Kind::Joined;
    QString registryId;
    QString name;   // the beneficiary's, as the registry has it
    QString detail; // translated, with the figures
};
