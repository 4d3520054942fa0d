#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The life of a payment batch (DESIGN.md §1):
//   draft -> ready (file frozen) -> sending -> sent -> completed | completed_with_failures; rejected
//   ready -> handed_over (exported for hand-carry: posted only after an officer says it was not
//   uploaded elsewhere and the hub is shown not to have it, rule 8)
enum class BatchState
{
    Draft,
    Ready,
    Sending,
    Sent,
    Completed,
    CompletedWithFailures,
    Rejected,
    HandedOver,
};

QString batchStateName(BatchState state);
std::optional<BatchState> batchStateFromName(QStringView name);
// The state in the officer's words ("completed with failures"), translated.
QString batchStateText(BatchState state);
