#pragma once

#include <QJsonObject>

// Faults the sandbox hub produces on demand, so that clients can be tested against a hub that
// misbehaves the way real ones do. Counts are used up one request at a time.
struct HubFaults
{
    int latencyMs = 0;            // every answer waits this long (real time)
    int uploadLatencyMs = 0;      // answers to uploads (a batch, a disburse request) wait this long more, the work done
    int dropAfterAccept = 0;      // next uploads: the batch is accepted, the connection closed unanswered
    int serverErrors = 0;         // next uploads: 503 before anything is done
    int preconditionFailures = 0; // next uploads: 412 "Process definition not found", nothing done
    qint64 visibilityLagMs = 0;   // real time an accepted batch stays unknown to the operations API
    bool staleCounters = false;   // the aggregate endpoint answers the last stored counters
    int pageCap = 0;              // list endpoints give at most this many rows a page, whatever is asked (0: no cap)
    bool olderBatchList = false;  // /api/v1/batches as older hubs: a Spring page by page/size, no correlationId
    qint64 clockOffsetMs = 0;     // the hub's clock (its Date header) is this far ahead (or behind) of real time
    int gatewayErrors = 0; // next uploads: taken by the hub, then a gateway answers gatewayStatus with an HTML page
    int gatewayStatus = 408;
    int listFailureAt = 0; // from the Nth list page asked on, every list page answers 503 (a lookup failing halfway)

    // The JSON of /sim/faults and of paydesk-hubsim --faults: these field names; absent ones are 0.
    static HubFaults fromJson(const QJsonObject& json)
    {
        HubFaults faults;
        faults.latencyMs = json.value(QStringLiteral("latencyMs")).toInt();
        faults.uploadLatencyMs = json.value(QStringLiteral("uploadLatencyMs")).toInt();
        faults.dropAfterAccept = json.value(QStringLiteral("dropAfterAccept")).toInt();
        faults.serverErrors = json.value(QStringLiteral("serverErrors")).toInt();
        faults.preconditionFailures = json.value(QStringLiteral("preconditionFailures")).toInt();
        faults.visibilityLagMs = qint64(json.value(QStringLiteral("visibilityLagMs")).toDouble());
        faults.staleCounters = json.value(QStringLiteral("staleCounters")).toBool();
        faults.pageCap = json.value(QStringLiteral("pageCap")).toInt();
        faults.olderBatchList = json.value(QStringLiteral("olderBatchList")).toBool();
        faults.clockOffsetMs = qint64(json.value(QStringLiteral("clockOffsetMs")).toDouble());
        faults.gatewayErrors = json.value(QStringLiteral("gatewayErrors")).toInt();
        faults.gatewayStatus = json.value(QStringLiteral("gatewayStatus")).toInt(408);
        faults.listFailureAt = json.value(QStringLiteral("listFailureAt")).toInt();
        return faults;
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("latencyMs"), latencyMs},
                {QStringLiteral("uploadLatencyMs"), uploadLatencyMs},
                {QStringLiteral("dropAfterAccept"), dropAfterAccept},
                {QStringLiteral("serverErrors"), serverErrors},
                {QStringLiteral("preconditionFailures"), preconditionFailures},
                {QStringLiteral("visibilityLagMs"), double(visibilityLagMs)},
                {QStringLiteral("staleCounters"), staleCounters},
                {QStringLiteral("pageCap"), pageCap},
                {QStringLiteral("olderBatchList"), olderBatchList},
                {QStringLiteral("clockOffsetMs"), double(clockOffsetMs)},
                {QStringLiteral("gatewayErrors"), gatewayErrors},
                {QStringLiteral("gatewayStatus"), gatewayStatus},
                {QStringLiteral("listFailureAt"), listFailureAt}};
    }
};
