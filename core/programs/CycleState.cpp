#include "CycleState.h"

#include <array>

namespace {

constexpr std::array kNames{"draft", "to_approve", "approved", "distributed", "ended", "cancelled"};

} // namespace

QString cycleStateName(CycleState state)
{
    return QLatin1String(kNames.at(static_cast<size_t>(state)));
}

QString cycleStateText(CycleState state)
{
    switch (state) {
    case CycleState::Draft:
        return QCoreApplication::translate("CycleState", "draft");
    case CycleState::ToApprove:
        return QCoreApplication::translate("CycleState", "awaiting approval");
    case CycleState::Approved:
        return QCoreApplication::translate("CycleState", "approved");
    case CycleState::Distributed:
        return QCoreApplication::translate("CycleState", "distributed");
    case CycleState::Ended:
        return QCoreApplication::translate("CycleState", "ended");
    case CycleState::Cancelled:
        return QCoreApplication::translate("CycleState", "cancelled");
    }
    return cycleStateName(state);
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
        return tr("the cycle is already %1").arg(cycleStateText(from));
    }
    if (from == S::Ended || from == S::Cancelled) {
        return tr("the cycle is %1: nothing more can happen to it").arg(cycleStateText(from));
    }
    return tr("the cycle is %1 and cannot become %2").arg(cycleStateText(from), cycleStateText(to));
}
