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

std::optional<BatchState> batchStateFromName(QStringView name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames.at(i))) {
            return static_cast<BatchState>(i);
        }
    }
    return std::nullopt;
}
