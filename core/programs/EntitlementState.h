#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The life of an entitlement:
//   draft -> pending_validation -> approved | rejected; draft, pending_validation, approved -> cancelled
//   (its cycle cancelled before money moved); pending_validation -> draft (its cycle sent back);
//   approved -> pending_validation (its cycle's approval voided)
enum class EntitlementState
{
    Draft,
    PendingValidation,
    Approved,
    Rejected,
    Cancelled,
};

QString entitlementStateName(EntitlementState state);
std::optional<EntitlementState> entitlementStateFromName(QStringView name);
// The state in the officer's words ("awaiting approval"), translated.
QString entitlementStateText(EntitlementState state);

// Why an entitlement may not move from one state to another, or nullopt when it may.
class EntitlementTransition
{
    Q_DECLARE_TR_FUNCTIONS(EntitlementTransition)

public:
    static std::optional<QString> refusal(EntitlementState from, EntitlementState to);
};
