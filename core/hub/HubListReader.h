#pragma once

#include "HubError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <functional>
#include <variant>

class PaymentHubClient;

// Reads one of the operations app's lists to its end (DESIGN.md §1 rule 4), whatever its paging:
// offset/limit (today's /api/v1/batches: {"totalBatches", "data"}), page/size (older hubs and
// /api/v1/batch/detail: a Spring page {"content", "number", "size", "last", "totalElements"}), or a
// bare array (the oldest hubs). Both styles' parameters go in every request, always consistent
// (offset = page * size), so one request works on either kind of server. Pages advance by what
// the server returned, never by what was asked: a server (or a gateway before it) that caps page
// sizes silently is followed at its own size. A list that cannot be read whole is an error
// ("unknown"), never a shorter list. Lists sorted by time only grow at one end while they are
// read, so a row may be read twice but none is skipped.
class HubListReader
{
    Q_DECLARE_TR_FUNCTIONS(HubListReader)

public:
    struct Query
    {
        QString path;   // "/api/v1/batches"
        QString filter; // more query items, "batchId=…&sort=-startedAt" (may be empty)
        QString offsetName = QStringLiteral("offset");
        QString limitName = QStringLiteral("limit");
        QString pageName = QStringLiteral("page");
        QString sizeName = QStringLiteral("size");
        int pageSize = 100;     // asked for; the server may give fewer
        bool trustTotal = true; // false where the hub is known to misreport totalElements (/transfers)
    };

    struct List
    {
        QJsonArray rows;
        QDateTime hubTime;     // the hub's clock at the first page (its Date header); invalid without one
        bool answered = false; // stopped early: `answered` said the rows read so far settle the question
    };

    // Reads every page; answered (optional) is shown each page and may end the reading early.
    static std::variant<List, HubError> read(PaymentHubClient& hub, const Query& query,
                                             const std::function<bool(const QJsonArray& page)>& answered = {});
};
