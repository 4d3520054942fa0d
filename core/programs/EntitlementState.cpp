#include "EntitlementState.h"

#include <array>

namespace {

constexpr std::array kNames{"draft", "pending_validation", "approved", "rejected", "cancelled"};

} // namespace

QString entitlementStateName(EntitlementState state)
{
    return QLatin1String(kNames.at(static_cast<size_t>(state)));
}

QString entitlementStateText(EntitlementState state)
{
    switch (state) {
    case EntitlementState::Draft:
        return QCoreApplication::translate("EntitlementState", "draft");
    case EntitlementState::PendingValidation:
        return QCoreApplication::translate("EntitlementState", "awaiting approval");
    case EntitlementState::Approved:
        return QCoreApplication::translate("EntitlementState", "approved");
    case EntitlementState::Rejected:
        return QCoreApplication::translate("EntitlementState", "rejected");
    case EntitlementState::Cancelled:
        return QCoreApplication::translate("EntitlementState", "cancelled");
    }
    return entitlementStateName(state);
}

std::optional<EntitlementState> entitlementStateFromName(QStringView name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames.at(i))) {
            return static_cast<EntitlementState>(i);
        }
    }
    return std::nullopt;
}

std::optional<QString> EntitlementTransition::refusal(EntitlementState from, EntitlementState to)
{
    using S = EntitlementState;
    const bool allowed = (from == S::Draft && (to == S::PendingValidation || to == S::Cancelled)) ||
                         (from == S::PendingValidation &&
                          (to == S::Approved || to == S::Rejected || to == S::Cancelled || to == S::Draft)) ||
                         (from == S::Approved && (to == S::Cancelled || to == S::PendingValidation)); // approval voided
    if (allowed) {
        return std::nullopt;
    }
    if (from == to) {
        return tr("the entitlement is already %1").arg(entitlementStateText(from));
    }
    return tr("the entitlement is %1 and cannot become %2").arg(entitlementStateText(from), entitlementStateText(to));
}
