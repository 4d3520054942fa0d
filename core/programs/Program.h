#pragma once

#include "Eligibility.h"
#include "EntitlementRule.h"
#include "PaymentBackend.h"

#include "domain/Money.h"
#include "domain/PartyId.h"
#include "hub/HubSettings.h"

#include <QCoreApplication>
#include <QString>

// A cash-transfer program: who it enrols, what it pays them, from which account, through which
// payment backend, in batches of what size, within what budget.
struct Program
{
    Q_DECLARE_TR_FUNCTIONS(Program)

public:
    static constexpr int kDefaultMaxBatchRows = 500;       // OpenG2P's default
    static constexpr qint64 kDefaultMaxFileBytes = 100000; // Payment Hub EE's csv.size

    qint64 id = 0;
    QString name;
    Currency currency;
    EntitlementRule rule = EntitlementRule::fixed(Money());
    Eligibility eligibility;
    PartyId payer;                                 // the account the money leaves from
    PartyIdType payeeIdType = PartyIdType::Msisdn; // which of a beneficiary's addresses is paid
    PaymentBackend backend = PaymentBackend::PaymentHubEe;
    HubSettings hubSettings; // where and how the backend is reached
    int maxBatchRows = kDefaultMaxBatchRows;
    qint64 maxFileBytes = kDefaultMaxFileBytes;
    Money budget;
    QString createdBy;

    // The part of a program a refusal is about, so a form can show it next to those fields.
    enum class Part
    {
        General,
        Rule,
        Eligibility,
        Payment,
        Budget,
    };

    // Everything a program needs before it may be saved, each refusal in words (and, when part is
    // given, which part of the program it is about).
    bool validate(QString* error, Part* part = nullptr) const;
};
