#include "CycleState.h"

#include <array>

namespace {

constexpr std::array kNames{"draft", "to_approve", "approved", "distributed", "ended", "cancelled"};

} // namespace

QString cycleStateName(CycleState state)
{
    return QLatin1String(kNames.at(static_cast<size_t>(state)));
}

std::optional<CycleState> cycleStateFromName(QStringView name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames.at(i))) {
            return static_cast<CycleState>(i);
        }
    }
    return std::nullopt;
}

std::optional<QString> CycleTransition::refusal(CycleState from, CycleState to)
{
    using S = CycleState;
    const bool allowed =
        (from == S::Draft && (to == S::ToApprove || to == S::Cancelled)) ||
        (from == S::ToApprove && (to == S::Approved || to == S::Draft || to == S::Cancelled)) ||
        (from == S::Approved && (to == S::Distributed || to == S::Cancelled || to == S::ToApprove)) // approval voided
        || (from == S::Distributed && (to == S::Ended || to == S::Approved)); // reopened to pay failed payments again
    if (allowed) {
        return std::nullopt;
    }
    if (from == to) {
        return tr("the cycle is already %1").arg(cycleStateName(from));
    }
    if (from == S::Ended || from == S::Cancelled) {
        return tr("the cycle is %1: nothing more can happen to it").arg(cycleStateName(from));
    }
    return tr("the cycle is %1 and cannot become %2").arg(cycleStateName(from), cycleStateName(to));
}
