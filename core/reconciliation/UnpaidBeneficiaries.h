#pragma once

#include "domain/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;
struct Program;

// The beneficiaries a cycle owes and has not paid: its approved entitlements with no paid
// payment, each with why (the hub's reason for a failure, a payment still on its way, no address
// the program can pay at, or no payment prepared yet). A cycle never looks paid while they exist:
// its state is shown with their count, and its report lists them.
class UnpaidBeneficiaries
{
    Q_DECLARE_TR_FUNCTIONS(UnpaidBeneficiaries)

public:
    struct Person
    {
        QString registryId;
        QString name;
        Money amount;
        QString reason; // in words
    };
    struct Listing
    {
        qint64 total = 0;
        qint64 failed = 0;      // their last payment failed
        qint64 onTheirWay = 0;  // a payment prepared or sent, not settled yet
        qint64 unpayable = 0;   // no address the program can pay at
        qint64 notPrepared = 0; // payable, no payment prepared yet
        QList<Person> people;   // the first limit, by registry id
    };

    // How many there are, in one aggregate read.
    static std::optional<qint64> count(Database& database, qint64 cycleId, QString* error);
    // Who they are and why, the first limit listed; reads them all (off the GUI thread).
    static std::optional<Listing> of(Database& database, const Program& program, qint64 cycleId, int limit,
                                     QString* error);
    // "1,234 unpaid: 1,000 failed, 234 cannot be paid as the registry stands", or empty when none.
    static QString summary(const Listing& listing);
};
