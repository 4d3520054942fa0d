#include "BatchState.h"

#include <array>

namespace {

constexpr std::array kNames{"draft",    "ready",      "sending", "sent", "completed", "completed_with_failures",
                            "rejected", "handed_over"};

} // namespace

QString batchStateName(BatchState state)
{
    return QLatin1String(kNames.at(static_cast<size_t>(state)));
}

QString batchStateText(BatchState state)
{
    switch (state) {
    case BatchState::Draft:
        return QCoreApplication::translate("BatchState", "draft");
    case BatchState::Ready:
        return QCoreApplication::translate("BatchState", "ready to send");
    case BatchState::Sending:
        return QCoreApplication::translate("BatchState", "being sent");
    case BatchState::Sent:
        return QCoreApplication::translate("BatchState", "sent");
    case BatchState::Completed:
        return QCoreApplication::translate("BatchState", "completed");
    case BatchState::CompletedWithFailures:
        return QCoreApplication::translate("BatchState", "completed with failures");
    case BatchState::Rejected:
        return QCoreApplication::translate("BatchState", "refused by the hub");
    case BatchState::HandedOver:
        return QCoreApplication::translate("BatchState", "handed over");
    }
    return batchStateName(state);
}

std::optional<BatchState> batchStateFromName(QStringView name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames.at(i))) {
            return static_cast<BatchState>(i);
        }
    }
    return std::nullopt;
}
