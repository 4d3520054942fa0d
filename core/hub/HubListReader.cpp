#include "HubListReader.h"

#include "PaymentHubClient.h"

#include <QJsonObject>

#include <optional>

namespace {

constexpr int kMaxPages = 100000; // a guard against a server that never ends its list

HubError unknown(const QString& why)
{
    HubError error;
    error.kind = HubError::Kind::Uncertain;
    error.message = why;
    return error;
}

std::optional<qint64> number(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

// One page as the hub gave it: its rows, and the paging facts it states (the oldest hubs state none).
struct Page
{
    QJsonArray rows;
    std::optional<qint64> total;
    std::optional<qint64> serverSize;
    std::optional<qint64> serverPage;
    std::optional<bool> last;
};

// A page in any of the shapes hubs answer: a bare array, {"data": [...]} or a Spring page
// {"content": [...]}; nothing when it is none of them.
std::optional<Page> pageOf(const QJsonDocument& document, const HubListReader::Query& query)
{
    Page page;
    if (document.isArray()) {
        page.rows = document.array();
        return page;
    }
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("data")).isArray()) {
        page.rows = object.value(QStringLiteral("data")).toArray();
        page.total = number(object, QStringLiteral("totalBatches"));
        return page;
    }
    if (!object.value(QStringLiteral("content")).isArray()) {
        return std::nullopt;
    }
    page.rows = object.value(QStringLiteral("content")).toArray();
    page.total = query.trustTotal ? number(object, QStringLiteral("totalElements")) : std::nullopt;
    page.serverSize = number(object, QStringLiteral("size"));
    page.serverPage = number(object, QStringLiteral("number"));
    if (object.value(QStringLiteral("last")).isBool()) {
        page.last = object.value(QStringLiteral("last")).toBool();
    }
    return page;
}

// The page at position, of size rows, asked in both the offset/limit and the page/size styles.
QString pageAddress(const HubListReader::Query& query, qint64 position, qint64 size)
{
    QString pathAndQuery = QStringLiteral("%1?%2=%3&%4=%5&%6=%7&%8=%9")
                               .arg(query.path, query.offsetName)
                               .arg(position)
                               .arg(query.limitName)
                               .arg(size)
                               .arg(query.pageName)
                               .arg(position / size)
                               .arg(query.sizeName)
                               .arg(size);
    if (!query.filter.isEmpty()) {
        pathAndQuery += u'&' + query.filter;
    }
    return pathAndQuery;
}

// One page of the list, in any of the shapes hubs answer; a failure to read it leaves the list
// uncertain, never ended.
std::variant<Page, HubError> fetchPage(PaymentHubClient& hub, const HubListReader::Query& query, qint64 position,
                                       qint64 size, int pageNumber)
{
    const auto answer = hub.get(pageAddress(query, position, size));
    if (const HubError* error = std::get_if<HubError>(&answer)) {
        HubError incomplete = *error;
        incomplete.kind = HubError::Kind::Uncertain;
        incomplete.message = HubListReader::tr("the hub's list %1 could not be read to its end (page %2): %3")
                                 .arg(query.path)
                                 .arg(pageNumber)
                                 .arg(error->message);
        return incomplete;
    }
    const std::optional<Page> page = pageOf(std::get<QJsonDocument>(answer), query);
    if (!page) {
        return unknown(
            HubListReader::tr("the hub's answer to %1 is not a list (neither \"data\" nor \"content\"): PayDesk cannot "
                              "tell what it holds")
                .arg(query.path));
    }
    return *page;
}

HubError changedSize(const HubListReader::Query& query)
{
    return unknown(
        HubListReader::tr(
            "the hub's pages of %1 changed size in the middle of the list: PayDesk cannot tell whether it read "
            "every row")
            .arg(query.path));
}

// An empty page ends the list, unless the hub announced more rows than it gave.
std::variant<HubListReader::List, HubError> emptyPageEnds(const HubListReader::Query& query, const Page& page,
                                                          qint64 position, HubListReader::List&& list)
{
    if (page.last || page.total) {
        return unknown(HubListReader::tr("the hub's list %1 ended at %2 rows although it announced more: PayDesk "
                                         "cannot tell whether it read every row")
                           .arg(query.path)
                           .arg(position));
    }
    return std::move(list);
}

} // namespace

std::variant<HubListReader::List, HubError> HubListReader::read(PaymentHubClient& hub, const Query& query,
                                                                const std::function<bool(const QJsonArray&)>& answered)
{
    List list;
    qint64 position = 0; // rows the server has given so far, in its own order
    qint64 size = qMax(1, query.pageSize);
    bool sizeFromServer = false; // size is the one the server pages at, not the one asked for
    QJsonArray previousRows;
    for (int pages = 0; pages < kMaxPages; ++pages) {
        if (position % size != 0) {
            return changedSize(query);
        }
        const auto fetched = fetchPage(hub, query, position, size, pages + 1);
        if (const HubError* error = std::get_if<HubError>(&fetched)) {
            return *error;
        }
        if (pages == 0) {
            list.hubTime = hub.lastAnswerTime();
        }
        const Page& page = std::get<Page>(fetched);
        if (!page.rows.isEmpty() && page.rows == previousRows) {
            return unknown(
                tr("the hub answered the same page of %1 twice: it does not page as asked, so PayDesk cannot tell "
                   "whether it read every row")
                    .arg(query.path));
        }
        previousRows = page.rows;
        if (page.serverSize && *page.serverSize > 0 && *page.serverSize != size) {
            // The server pages at a size of its own (a cap): follow it, from where the rows read end.
            size = *page.serverSize;
            sizeFromServer = true;
            if (position > 0) {
                continue; // this page was cut at the server's size, not at position: ask again
            }
        }
        if (page.serverPage && *page.serverPage != (position / size)) {
            return unknown(tr("the hub answered page %1 of %2 when asked for page %3")
                               .arg(*page.serverPage)
                               .arg(query.path)
                               .arg(position / size));
        }
        if (page.rows.size() > size) {
            if (position > 0) {
                return unknown(
                    tr("the hub answered more rows of %1 than asked for in the middle of the list").arg(query.path));
            }
            size = page.rows.size(); // it ignored the size asked for: its own is at least this
            sizeFromServer = true;
        }
        for (const QJsonValue& row : page.rows) {
            list.rows.append(row);
        }
        position += page.rows.size();
        if (answered && answered(page.rows)) {
            list.answered = true;
            return list;
        }
        if (page.last.has_value() ? *page.last : (page.total && position >= *page.total)) {
            return list;
        }
        if (page.rows.isEmpty()) {
            return emptyPageEnds(query, page, position, std::move(list));
        }
        if (page.rows.size() < size) {
            // Short of a page: the end, unless the server says there is more, or it may be a silent cap.
            const bool saysMore = page.last.has_value() || page.total.has_value();
            if (!saysMore && sizeFromServer) {
                return list;
            }
            if ((position - page.rows.size()) % page.rows.size() != 0) {
                return changedSize(query);
            }
            size = page.rows.size();
            sizeFromServer = true;
        }
    }
    return unknown(tr("the hub's list %1 did not end after %2 pages").arg(query.path).arg(kMaxPages));
}
