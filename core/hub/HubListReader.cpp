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
            return unknown(
                tr("the hub's pages of %1 changed size in the middle of the list: PayDesk cannot tell whether it read "
                   "every row")
                    .arg(query.path));
        }
        const auto answer = hub.get(pageAddress(query, position, size));
        if (const HubError* error = std::get_if<HubError>(&answer)) {
            HubError incomplete = *error;
            incomplete.kind = HubError::Kind::Uncertain;
            incomplete.message = tr("the hub's list %1 could not be read to its end (page %2): %3")
                                     .arg(query.path)
                                     .arg(pages + 1)
                                     .arg(error->message);
            return incomplete;
        }
        if (pages == 0) {
            list.hubTime = hub.lastAnswerTime();
        }
        const std::optional<Page> page = pageOf(std::get<QJsonDocument>(answer), query);
        if (!page) {
            return unknown(tr("the hub's answer to %1 is not a list (neither \"data\" nor \"content\"): PayDesk cannot "
                              "tell what it holds")
                               .arg(query.path));
        }
        const QJsonArray& rows = page->rows;
        const std::optional<qint64>& total = page->total;
        const std::optional<qint64>& serverSize = page->serverSize;
        const std::optional<qint64>& serverPage = page->serverPage;
        const std::optional<bool>& last = page->last;
        if (!rows.isEmpty() && rows == previousRows) {
            return unknown(
                tr("the hub answered the same page of %1 twice: it does not page as asked, so PayDesk cannot tell "
                   "whether it read every row")
                    .arg(query.path));
        }
        previousRows = rows;
        if (serverSize && *serverSize > 0 && *serverSize != size) {
            // The server pages at a size of its own (a cap): follow it, from where the rows read end.
            size = *serverSize;
            sizeFromServer = true;
            if (position > 0) {
                continue; // this page was cut at the server's size, not at position: ask again
            }
        }
        if (serverPage && *serverPage != (position / size)) {
            return unknown(tr("the hub answered page %1 of %2 when asked for page %3")
                               .arg(*serverPage)
                               .arg(query.path)
                               .arg(position / size));
        }
        if (rows.size() > size) {
            if (position > 0) {
                return unknown(
                    tr("the hub answered more rows of %1 than asked for in the middle of the list").arg(query.path));
            }
            size = rows.size(); // it ignored the size asked for: its own is at least this
            sizeFromServer = true;
        }
        for (const QJsonValue& row : rows) {
            list.rows.append(row);
        }
        position += rows.size();
        if (answered && answered(rows)) {
            list.answered = true;
            return list;
        }
        if (last.has_value() ? *last : (total && position >= *total)) {
            return list;
        }
        if (rows.isEmpty()) {
            if (last || total) {
                return unknown(
                    tr("the hub's list %1 ended at %2 rows although it announced more: PayDesk cannot tell whether it "
                       "read every row")
                        .arg(query.path)
                        .arg(position));
            }
            return list;
        }
        if (rows.size() < size) {
            // Short of a page: the end, unless the server says there is more, or it may be a silent cap.
            const bool saysMore = last.has_value() || total.has_value();
            if (!saysMore && sizeFromServer) {
                return list;
            }
            if ((position - rows.size()) % rows.size() != 0) {
                return unknown(
                    tr("the hub's pages of %1 changed size in the middle of the list: PayDesk cannot tell whether it "
                       "read every row")
                        .arg(query.path));
            }
            size = rows.size();
            sizeFromServer = true;
        }
    }
    return unknown(tr("the hub's list %1 did not end after %2 pages").arg(query.path).arg(kMaxPages));
}
