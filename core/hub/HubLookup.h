#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

// What asking a receiver for one batch found (DESIGN.md §1 rules 3 and 6): its id for the batch,
// or none, with the evidence an officer is shown before a batch is posted again: the receiver's
// clock when it was asked, how much it listed and over what time.
struct HubLookup
{
    Q_DECLARE_TR_FUNCTIONS(HubLookup)

public:
    QString hubBatchId; // empty: the receiver does not have the batch
    QDateTime hubTime;  // the receiver's clock when the lookup began; invalid: it gives none
    qint64 listed = 0;  // batches (or payments) the receiver listed to answer
    QDateTime oldest;   // the time range of what it listed, when it says
    QDateTime newest;

    bool found() const { return !hubBatchId.isEmpty(); }
    // "the hub listed 12 batches, started 10:02:11 to 10:41:57 UTC, at 10:52:03 UTC by its clock"
    QString evidence() const
    {
        const auto time = [](const QDateTime& at) {
            return at.isValid()
                       ? QLocale().toString(at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                       : tr("unknown");
        };
        QString text = tr("the receiver listed %n batch(es) or payment(s)", nullptr, int(listed));
        if (oldest.isValid()) {
            text += u' ' + tr("started from %1 to %2").arg(time(oldest), time(newest));
        }
        return text + u' ' + tr("at %1 by its own clock").arg(time(hubTime));
    }
};
