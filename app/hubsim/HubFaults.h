#pragma once

#include <QJsonObject>

// Faults the sandbox hub produces on demand, so that clients can be tested against a hub that
// misbehaves the way real ones do. Counts are used up one request at a time.
struct HubFaults
{
    int latencyMs = 0;                // every answer waits this long (real time)
    int dropAfterAccept = 0;          // next uploads: the batch is accepted, the connection closed unanswered
    int serverErrors = 0;             // next uploads: 503 before anything is done
    int preconditionFailures = 0;     // next uploads: 412 "Process definition not found", nothing done
    qint64 visibilityLagMs = 0;       // real time an accepted batch stays unknown to the operations API
    bool staleCounters = false;       // the aggregate endpoint answers the last stored counters

    // The JSON of /sim/faults and of paydesk-hubsim --faults: these field names; absent ones are 0.
    static HubFaults fromJson(const QJsonObject& json)
    {
        HubFaults faults;
        faults.latencyMs = json.value(QStringLiteral("latencyMs")).toInt();
        faults.dropAfterAccept = json.value(QStringLiteral("dropAfterAccept")).toInt();
        faults.serverErrors = json.value(QStringLiteral("serverErrors")).toInt();
        faults.preconditionFailures = json.value(QStringLiteral("preconditionFailures")).toInt();
        faults.visibilityLagMs = qint64(json.value(QStringLiteral("visibilityLagMs")).toDouble());
        faults.staleCounters = json.value(QStringLiteral("staleCounters")).toBool();
        return faults;
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("latencyMs"), latencyMs},
                {QStringLiteral("dropAfterAccept"), dropAfterAccept},
                {QStringLiteral("serverErrors"), serverErrors},
                {QStringLiteral("preconditionFailures"), preconditionFailures},
                {QStringLiteral("visibilityLagMs"), double(visibilityLagMs)},
                {QStringLiteral("staleCounters"), staleCounters}};
    }
};
