#pragma once

#include <QString>

#include <optional>

// The life of a payment batch (DESIGN.md §1):
//   draft -> ready (file frozen) -> sending -> sent -> completed | completed_with_failures; rejected
enum class BatchState
{
    Draft,
    Ready,
    Sending,
    Sent,
    Completed,
    CompletedWithFailures,
    Rejected,
};

QString batchStateName(BatchState state);
std::optional<BatchState> batchStateFromName(QStringView name);
