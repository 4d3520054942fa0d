#include "OperationsApi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace {

HubResponse textResponse(int status, const QString& text)
{
    HubResponse response;
    response.status = status;
    response.body = text.toUtf8();
    response.contentType = "text/plain";
    return response;
}

QJsonValue epoch(qint64 milliseconds)
{
    return milliseconds > 0 ? QJsonValue(double(milliseconds)) : QJsonValue(QJsonValue::Null);
}

// Java's Double.toString for a percentage: the shortest form that reads back, always with a dot.
QString javaDouble(double value)
{
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(u'.') && !text.contains(u'e')) {
        text += QStringLiteral(".0");
    }
    return text;
}

// DecimalFormat("#.##"), as the stored summary shows it (floored here, as the reference saw).
QString twoDecimals(double value)
{
    const double floored = std::floor(value * 100.0) / 100.0;
    return QString::number(floored, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

double share(qint64 part, qint64 total)
{
    return total > 0 ? 100.0 * double(part) / double(total) : 0.0;
}

// Java's Date.toString, in UTC.
QString javaDate(qint64 milliseconds)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC),
                                 QStringLiteral("ddd MMM dd HH:mm:ss 'UTC' yyyy"));
}

QJsonObject sortJson()
{
    return {{QStringLiteral("sorted"), false}, {QStringLiteral("unsorted"), true}, {QStringLiteral("empty"), true}};
}

// Spring Data's Page envelope around content.
QJsonObject page(const QJsonArray& content, int pageNo, int pageSize, qint64 totalElements)
{
    const qint64 totalPages = pageSize > 0 ? (totalElements + pageSize - 1) / pageSize : 0;
    return {{QStringLiteral("content"), content},
            {QStringLiteral("pageable"), QJsonObject{{QStringLiteral("sort"), sortJson()},
                                                     {QStringLiteral("offset"), double(qint64(pageNo) * pageSize)},
                                                     {QStringLiteral("pageNumber"), pageNo},
                                                     {QStringLiteral("pageSize"), pageSize},
                                                     {QStringLiteral("paged"), true},
                                                     {QStringLiteral("unpaged"), false}}},
            {QStringLiteral("totalPages"), double(totalPages)},
            {QStringLiteral("totalElements"), double(totalElements)},
            {QStringLiteral("last"), pageNo + 1 >= totalPages},
            {QStringLiteral("size"), pageSize},
            {QStringLiteral("number"), pageNo},
            {QStringLiteral("sort"), sortJson()},
            {QStringLiteral("numberOfElements"), int(content.size())},
            {QStringLiteral("first"), pageNo == 0},
            {QStringLiteral("empty"), content.isEmpty()}};
}

int intParameter(const QUrlQuery& query, const char* name, int fallback)
{
    bool ok = false;
    const int value = query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

OperationsApi::OperationsApi(HubSimulator& simulator)
    : m_simulator(simulator), m_payeeDfspId(simulator.options().payeeDfspId)
{
}

HubResponse OperationsApi::handle(const HubRequest& request)
{
    if (request.path == u"/oauth/token" && request.method == "POST") {
        return token(request);
    }
    if (request.path == u"/actuator/health") {
        return HubResponse::json({{QStringLiteral("status"), QStringLiteral("UP")}});
    }
    if (!request.path.startsWith(QLatin1String("/api/v1/"))) {
        return HubResponse::empty(404);
    }
    if (m_simulator.options().authEnabled) {
        const QByteArray authorization = request.header("Authorization");
        if (!authorization.startsWith("Bearer ") || !m_tokens.contains(authorization.mid(7).trimmed())) {
            return HubResponse::json({{QStringLiteral("error"), QStringLiteral("unauthorized")},
                                      {QStringLiteral("error_description"),
                                       QStringLiteral("Full authentication is required to access this resource")}},
                                     401);
        }
    }
    QString tenant = QString::fromUtf8(request.header("Platform-TenantId"));
    if (tenant.isEmpty()) {
        tenant = request.query.queryItemValue(QStringLiteral("tenantIdentifier"), QUrl::FullyDecoded);
    }
    if (!m_simulator.tenant(tenant)) {
        return HubResponse::empty(500); // no tenant database
    }
    const QStringList parts = request.path.mid(8).split(u'/'); // after /api/v1/
    const bool get = request.method == "GET";
    if (get && parts.size() == 2 && parts.at(0) == u"batch" && parts.at(1) == u"detail") {
        return detail(tenant, request);
    }
    if (get && parts.size() == 2 && parts.at(0) == u"batch") {
        return aggregate(tenant, parts.at(1));
    }
    if (get && parts.size() == 1 && parts.at(0) == u"batch") {
        return storedSummary(tenant, request.query.queryItemValue(QStringLiteral("batchId"), QUrl::FullyDecoded));
    }
    if (get && parts.size() == 1 && parts.at(0) == u"batches") {
        return batchList(tenant, request);
    }
    if (get && parts.size() == 2 && parts.at(0) == u"batches") {
        return batchSummary(tenant, parts.at(1), request);
    }
    if (parts.size() == 1 && parts.at(0) == u"transfers") {
        if (get) {
            return transferSearch(tenant, request);
        }
        if (request.method == "POST") {
            return statusCheck(tenant, request);
        }
    }
    return HubResponse::empty(404);
}

HubResponse OperationsApi::token(const HubRequest& request)
{
    // Spring's OAuth endpoint takes its parameters from the form body or the query alike.
    const QUrlQuery form(
        QString::fromUtf8(request.header("Content-Type").startsWith("application/x-www-form-urlencoded")
                              ? QByteArray(request.body).replace('+', ' ')
                              : QByteArray()));
    const auto parameter = [&](const QString& name) {
        return form.hasQueryItem(name) ? form.queryItemValue(name, QUrl::FullyDecoded)
                                       : request.query.queryItemValue(name, QUrl::FullyDecoded);
    };
    const QString user = parameter(QStringLiteral("username"));
    const QString password = parameter(QStringLiteral("password"));
    const QString grant = parameter(QStringLiteral("grant_type"));
    // client "client" with an empty secret
    if (request.header("Authorization") != "Basic Y2xpZW50Og==" || grant != u"password" || user != u"mifos" ||
        password != u"password") {
        return HubResponse::json({{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                                  {QStringLiteral("error_description"), QStringLiteral("Bad credentials")}},
                                 400);
    }
    const QByteArray token =
        QUuid::createUuid().toRfc4122().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token);
    return HubResponse::json({{QStringLiteral("access_token"), QString::fromLatin1(token)},
                              {QStringLiteral("token_type"), QStringLiteral("bearer")},
                              {QStringLiteral("refresh_token"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("expires_in"), 599},
                              {QStringLiteral("scope"), QStringLiteral("identity")},
                              {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

HubResponse OperationsApi::aggregate(const QString& tenant, const QString& batchId)
{
    const auto batch = m_simulator.aggregate(tenant, batchId);
    if (!batch) {
        return textResponse(404, QStringLiteral("Batch corresponding to batchId: %1 does not exist.").arg(batchId));
    }
    const QList<HubSimulator::TransferView> rows = m_simulator.transfersOf(batchId);
    const qint64 total = batch->storedTotal;
    // saveBatch sets completedAt every time, so anything short of all completed reads "Failed".
    const QString status = total == 0                        ? QStringLiteral("Pending")
                           : batch->storedCompleted == total ? QStringLiteral("COMPLETED")
                                                             : QStringLiteral("Failed");
    return HubResponse::json(
        {{QStringLiteral("batchId"), batch->batchId},
         {QStringLiteral("requestId"), rows.isEmpty() ? QJsonValue() : QJsonValue(rows.first().transfer.requestId)},
         {QStringLiteral("total"), double(total)},
         {QStringLiteral("ongoing"), double(batch->storedOngoing)},
         {QStringLiteral("failed"), double(batch->storedFailed)},
         {QStringLiteral("successful"), double(batch->storedCompleted)},
         {QStringLiteral("totalAmount"), double(batch->storedTotalAmount)},
         {QStringLiteral("successfulAmount"), double(batch->storedCompletedAmount)},
         {QStringLiteral("pendingAmount"), double(batch->storedOngoingAmount)},
         {QStringLiteral("failedAmount"), double(batch->storedFailedAmount)},
         {QStringLiteral("file"), m_simulator.fileUrl(*batch)},
         {QStringLiteral("notes"), batch->notes.isEmpty() ? QJsonValue() : QJsonValue(batch->notes)},
         {QStringLiteral("createdAt"), javaDate(batch->acceptedAt)},
         {QStringLiteral("status"), status},
         {QStringLiteral("modes"), batch->paymentMode},
         {QStringLiteral("purpose"), QStringLiteral("Unknown purpose")},
         {QStringLiteral("failPercentage"), javaDouble(share(batch->storedFailed, total))},
         {QStringLiteral("successPercentage"), javaDouble(share(batch->storedCompleted, total))},
         {QStringLiteral("registeringInstitutionId"), batch->registeringInstitutionId},
         {QStringLiteral("payerFsp"), batch->tenant},
         {QStringLiteral("correlationId"), batch->correlationId}});
}

HubResponse OperationsApi::storedSummary(const QString& tenant, const QString& batchId) const
{
    const auto batch = m_simulator.batch(tenant, batchId);
    if (!batch) {
        return textResponse(404, QStringLiteral("Batch corresponding to batchId: %1 does not exist.").arg(batchId));
    }
    const auto stored = [&batch](qint64 value) { return batch->stored ? QJsonValue(double(value)) : QJsonValue(); };
    const QString status = !batch->stored ? QStringLiteral("UNKNOWN")
                           : batch->storedTotal > 0 && batch->storedCompleted == batch->storedTotal
                               ? QStringLiteral("COMPLETED")
                               : QStringLiteral("Pending");
    return HubResponse::json(
        {{QStringLiteral("batchId"), batch->batchId},
         {QStringLiteral("requestId"), QJsonValue()},
         {QStringLiteral("total"), stored(batch->storedTotal)},
         {QStringLiteral("ongoing"), stored(batch->storedOngoing)},
         {QStringLiteral("failed"), stored(batch->storedFailed)},
         {QStringLiteral("successful"), stored(batch->storedCompleted)},
         {QStringLiteral("totalAmount"), stored(batch->storedTotalAmount)},
         {QStringLiteral("successfulAmount"), stored(batch->storedCompletedAmount)},
         {QStringLiteral("pendingAmount"), stored(batch->storedOngoingAmount)},
         {QStringLiteral("failedAmount"), stored(batch->storedFailedAmount)},
         {QStringLiteral("file"), m_simulator.fileUrl(*batch)},
         {QStringLiteral("notes"), batch->notes.isEmpty() ? QJsonValue() : QJsonValue(batch->notes)},
         {QStringLiteral("createdAt"), QJsonValue()},
         {QStringLiteral("status"), status},
         {QStringLiteral("modes"), QJsonValue()},
         {QStringLiteral("purpose"), QJsonValue()},
         {QStringLiteral("failPercentage"), twoDecimals(share(batch->storedFailed, batch->storedTotal))},
         {QStringLiteral("successPercentage"), twoDecimals(share(batch->storedCompleted, batch->storedTotal))},
         {QStringLiteral("registeringInstitutionId"), batch->registeringInstitutionId},
         {QStringLiteral("payerFsp"), batch->tenant},
         {QStringLiteral("correlationId"), batch->correlationId}});
}

QJsonObject OperationsApi::transferJson(const HubSimulator::TransferView& row, bool searchShape) const
{
    const HubTransfer& t = row.transfer;
    QJsonValue error;
    if (!t.errorInformation.isEmpty() && row.status != HubSimulator::Status::InProgress) {
        if (searchShape) { // parsed into the hub's error object, when it is one
            const QJsonObject parsed = QJsonDocument::fromJson(t.errorInformation.toUtf8())
                                           .object()
                                           .value(QStringLiteral("errorInformation"))
                                           .toObject();
            error = parsed.isEmpty() ? QJsonValue() : QJsonValue(parsed);
        } else {
            error = t.errorInformation;
        }
    }
    return {{QStringLiteral("id"), double(t.id)},
            {QStringLiteral("workflowInstanceKey"),
             searchShape ? QJsonValue(t.workflowInstanceKey.toDouble()) : QJsonValue(t.workflowInstanceKey)},
            {QStringLiteral("transactionId"), t.transactionId},
            {QStringLiteral("startedAt"), epoch(t.startsAt)},
            {QStringLiteral("completedAt"), epoch(row.completedAt)},
            {QStringLiteral("status"), HubSimulator::statusName(row.status)},
            {QStringLiteral("statusDetail"), QJsonValue()},
            {QStringLiteral("payeeDfspId"), m_payeeDfspId},
            {QStringLiteral("payeePartyId"), t.payeeId},
            {QStringLiteral("payeePartyIdType"), t.payeeType},
            {QStringLiteral("payeeFee"), QJsonValue()},
            {QStringLiteral("payeeFeeCurrency"), QJsonValue()},
            {QStringLiteral("payeeQuoteCode"), QJsonValue()},
            {QStringLiteral("payerDfspId"), t.tenant},
            {QStringLiteral("payerPartyId"), t.payerId},
            {QStringLiteral("payerPartyIdType"), t.payerType},
            {QStringLiteral("payerFee"), QJsonValue()},
            {QStringLiteral("payerFeeCurrency"), QJsonValue()},
            {QStringLiteral("payerQuoteCode"), QJsonValue()},
            {QStringLiteral("amount"), t.amount},
            {QStringLiteral("currency"), t.currency},
            {QStringLiteral("direction"), QStringLiteral("OUTGOING")},
            {QStringLiteral("errorInformation"), error},
            {QStringLiteral("batchId"), t.batchId},
            {QStringLiteral("clientCorrelationId"), t.clientCorrelationId}};
}

HubResponse OperationsApi::detail(const QString& tenant, const HubRequest& request) const
{
    const QString batchId = request.query.queryItemValue(QStringLiteral("batchId"), QUrl::FullyDecoded);
    const auto batch = m_simulator.batch(tenant, batchId);
    if (request.query.queryItemValue(QStringLiteral("command"), QUrl::FullyDecoded) == u"download") {
        const QString file = batch ? m_simulator.fileUrl(*batch) : QString();
        if (file.isEmpty()) {
            return HubResponse::empty(404);
        }
        HubResponse redirect = HubResponse::empty(302);
        redirect.headers.append({"Location", file.toUtf8()});
        return redirect;
    }
    const QString status = request.query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded).toUpper();
    if (m_simulator.takeListFailure()) {
        return HubResponse::empty(503);
    }
    const int pageNo = qMax(0, intParameter(request.query, "pageNo", 0));
    const int pageSize = capped(qMax(1, intParameter(request.query, "pageSize", 10)));
    QList<HubSimulator::TransferView> rows =
        batch ? m_simulator.transfersOf(batchId) : QList<HubSimulator::TransferView>();
    if (!status.isEmpty() && status != u"ALL") {
        // The filter matches transfers.batch_id = batchId, so a split batch's rows never match.
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](const HubSimulator::TransferView& row) {
                                      return row.transfer.batchId != batchId ||
                                             HubSimulator::statusName(row.status) != status;
                                  }),
                   rows.end());
    }
    QJsonArray content;
    for (qsizetype i = qsizetype(pageNo) * pageSize; i < rows.size() && content.size() < pageSize; ++i) {
        content.append(transferJson(rows.at(i), false));
    }
    return HubResponse::json(page(content, pageNo, pageSize, rows.size()));
}

QJsonObject OperationsApi::batchEntity(const HubBatch& batch) const
{
    const auto stored = [&batch](qint64 value) { return batch.stored ? QJsonValue(double(value)) : QJsonValue(); };
    QString status;
    if (batch.stored) {
        status = batch.storedCompleted == batch.storedTotal ? QStringLiteral("COMPLETED")
                 : batch.storedOngoing > 0                  ? QStringLiteral("IN_PROGRESS")
                                                            : QStringLiteral("FAILED");
    }
    return {{QStringLiteral("id"), double(batch.databaseId)},
            {QStringLiteral("batchId"), batch.batchId},
            {QStringLiteral("subBatchId"), QJsonValue()},
            {QStringLiteral("requestId"), batch.correlationId},
            {QStringLiteral("requestFile"), batch.requestFile},
            {QStringLiteral("totalTransactions"), stored(batch.storedTotal)},
            {QStringLiteral("ongoing"), stored(batch.storedOngoing)},
            {QStringLiteral("failed"), stored(batch.storedFailed)},
            {QStringLiteral("completed"), stored(batch.storedCompleted)},
            {QStringLiteral("totalAmount"), stored(batch.storedTotalAmount)},
            {QStringLiteral("ongoingAmount"), stored(batch.storedOngoingAmount)},
            {QStringLiteral("failedAmount"), stored(batch.storedFailedAmount)},
            {QStringLiteral("completedAmount"), stored(batch.storedCompletedAmount)},
            {QStringLiteral("result_file"),
             m_simulator.fileUrl(batch).isEmpty() ? QJsonValue() : QJsonValue(m_simulator.fileUrl(batch))},
            {QStringLiteral("resultGeneratedAt"), epoch(batch.resultGeneratedAt)},
            {QStringLiteral("note"), batch.notes.isEmpty() ? QJsonValue() : QJsonValue(batch.notes)},
            {QStringLiteral("workflowKey"), QJsonValue()},
            {QStringLiteral("workflowInstanceKey"), double(batch.workflowInstanceKey)},
            {QStringLiteral("startedAt"), epoch(batch.acceptedAt)},
            {QStringLiteral("completedAt"), epoch(batch.completedAt)},
            {QStringLiteral("paymentMode"), batch.paymentMode},
            {QStringLiteral("registeringInstitutionId"), batch.registeringInstitutionId},
            {QStringLiteral("payerFsp"), batch.tenant},
            {QStringLiteral("correlationId"), batch.correlationId},
            {QStringLiteral("approvedAmount"), QJsonValue()},
            {QStringLiteral("approvedCount"), QJsonValue()},
            {QStringLiteral("status"), status.isEmpty() ? QJsonValue() : QJsonValue(status)}};
}

int OperationsApi::capped(int pageSize) const
{
    const int cap = m_simulator.faults().pageCap;
    return cap > 0 ? qMin(cap, pageSize) : pageSize;
}

HubResponse OperationsApi::batchList(const QString& tenant, const HubRequest& request) const
{
    if (m_simulator.takeListFailure()) {
        return HubResponse::empty(503);
    }
    const QUrlQuery& query = request.query;
    const bool older = m_simulator.faults().olderBatchList;
    const int offset = qMax(0, intParameter(query, "offset", 0));
    const int limit = capped(qMax(1, intParameter(query, "limit", 10)));
    // batchId is an SQL LIKE pattern, "%" by default.
    const QString like = query.hasQueryItem(QStringLiteral("batchId"))
                             ? query.queryItemValue(QStringLiteral("batchId"), QUrl::FullyDecoded)
                             : QStringLiteral("%");
    QString regex;
    for (const QChar c : like) {
        regex += c == u'%'   ? QStringLiteral(".*")
                 : c == u'_' ? QStringLiteral(".")
                             : QRegularExpression::escape(QString(c));
    }
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(regex));
    const QString payerFsp = query.queryItemValue(QStringLiteral("payerFsp"), QUrl::FullyDecoded);
    const QString institution = query.queryItemValue(QStringLiteral("registeringInstitutionId"), QUrl::FullyDecoded);
    const auto date = [&query](const char* name) {
        // yyyy-MM-dd HH:mm:ss in the interface time zone (Asia/Kolkata, +05:30)
        const QDateTime local = QDateTime::fromString(
            query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return local.isValid() ? QDateTime(local.date(), local.time(), Qt::OffsetFromUTC, 19800).toMSecsSinceEpoch()
                               : qint64(-1);
    };
    const qint64 from = date("dateFrom");
    const qint64 to = date("dateTo");
    QList<HubBatch> batches;
    for (const HubBatch& batch : m_simulator.batches(tenant)) {
        if (pattern.match(batch.batchId).hasMatch() && (payerFsp.isEmpty() || batch.tenant == payerFsp) &&
            (institution.isEmpty() || batch.registeringInstitutionId == institution) &&
            (from < 0 || batch.acceptedAt >= from) && (to < 0 || batch.acceptedAt <= to)) {
            batches.append(batch);
        }
    }
    const QString sort = query.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded);
    const bool ascending = sort.startsWith(u'+') || (!sort.isEmpty() && !sort.startsWith(u'-'));
    std::stable_sort(batches.begin(), batches.end(), [ascending](const HubBatch& a, const HubBatch& b) {
        return ascending ? a.acceptedAt < b.acceptedAt : a.acceptedAt > b.acceptedAt;
    });
    if (older) {
        // Older hubs: a Spring page by page/size, rows without correlationId or status.
        const int pageNo = qMax(0, intParameter(query, "page", 0));
        const int size = capped(qMax(1, intParameter(query, "size", 20)));
        QJsonArray content;
        for (qsizetype i = qsizetype(pageNo) * size; i < batches.size() && content.size() < size; ++i) {
            QJsonObject row = batchEntity(batches.at(i));
            row.remove(QStringLiteral("correlationId"));
            row.remove(QStringLiteral("status"));
            content.append(row);
        }
        return HubResponse::json(page(content, pageNo, size, batches.size()));
    }
    qint64 transactions = 0;
    qint64 amount = 0;
    QJsonArray data;
    const int pageStart = (offset / limit) * limit;
    for (qsizetype i = 0; i < batches.size(); ++i) {
        transactions += batches.at(i).storedTotal;
        amount += batches.at(i).storedTotalAmount;
        if (i >= pageStart && data.size() < limit) {
            data.append(batchEntity(batches.at(i)));
        }
    }
    return HubResponse::json({{QStringLiteral("totalBatches"), double(batches.size())},
                              {QStringLiteral("totalTransactions"), double(transactions)},
                              {QStringLiteral("totalAmount"), double(amount)},
                              {QStringLiteral("totalApprovedCount"), 0},
                              {QStringLiteral("totalApprovedAmount"), 0},
                              {QStringLiteral("totalSubBatchesCreated"), 0},
                              {QStringLiteral("data"), data}});
}

HubResponse OperationsApi::batchSummary(const QString& tenant, const QString& batchId, const HubRequest& request) const
{
    if (!request.hasHeader("X-Correlation-ID")) {
        return HubResponse::json(
            {{QStringLiteral("responseCode"), QStringLiteral("01")},
             {QStringLiteral("responseDescription"),
              QStringLiteral("Missing request header 'X-Correlation-ID' for method parameter of type String")}},
            400);
    }
    const auto batch = m_simulator.batch(tenant, batchId);
    if (!batch) {
        return HubResponse::empty(404);
    }
    const QList<HubSimulator::TransferView> rows = m_simulator.transfersOf(batchId);
    const HubSimulator::Counters all = m_simulator.count(rows);
    const auto summaryOf = [&](const QList<HubSimulator::TransferView>& part, const HubSimulator::Counters& counters) {
        return QJsonObject{
            {QStringLiteral("startedAt"), epoch(batch->acceptedAt)},
            {QStringLiteral("completedAt"), epoch(batch->completedAt)},
            {QStringLiteral("registeringInstitutionId"), batch->registeringInstitutionId},
            {QStringLiteral("requestId"), batch->correlationId},
            {QStringLiteral("total"), double(counters.total)},
            {QStringLiteral("ongoing"), double(counters.ongoing)},
            {QStringLiteral("successful"), double(counters.completed)},
            {QStringLiteral("failed"), double(counters.failed)},
            {QStringLiteral("totalAmount"), double(counters.totalAmount)},
            {QStringLiteral("pendingAmount"), double(counters.ongoingAmount)},
            {QStringLiteral("successfulAmount"), double(counters.completedAmount)},
            {QStringLiteral("failedAmount"), double(counters.failedAmount)},
            {QStringLiteral("file"), m_simulator.fileUrl(*batch)},
            {QStringLiteral("notes"), batch->notes.isEmpty() ? QJsonValue() : QJsonValue(batch->notes)},
            {QStringLiteral("createdAt"), epoch(batch->acceptedAt)},
            {QStringLiteral("status"), counters.total > 0 && counters.completed == counters.total
                                           ? QStringLiteral("COMPLETED")
                                       : counters.ongoing > 0 ? QStringLiteral("IN_PROGRESS")
                                                              : QStringLiteral("FAILED")},
            {QStringLiteral("modes"), batch->paymentMode},
            {QStringLiteral("purpose"), QJsonValue()},
            {QStringLiteral("failedPercentage"), twoDecimals(share(counters.failed, counters.total))},
            {QStringLiteral("successPercentage"), twoDecimals(share(counters.completed, counters.total))},
            {QStringLiteral("payerFsp"), batch->tenant},
            {QStringLiteral("approvedAmount"), 0},
            {QStringLiteral("totalInstructionCount"), double(part.size())}};
    };
    QJsonObject summary = summaryOf(rows, all);
    summary.insert(QStringLiteral("batchId"), batch->batchId);
    summary.insert(QStringLiteral("payeeFsp"), m_payeeDfspId);
    summary.insert(QStringLiteral("generatedBy"), QStringLiteral("System"));
    summary.insert(
        QStringLiteral("generatedAt"),
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))); // LocalDateTime, no zone
    summary.insert(QStringLiteral("totalSubBatches"), int(batch->subBatchIds.size()));
    summary.insert(QStringLiteral("approvedTransactionCount"), 0);
    if (!batch->subBatchIds.isEmpty()) {
        QJsonArray subBatches;
        for (const QString& subBatchId : batch->subBatchIds) {
            QList<HubSimulator::TransferView> part;
            for (const HubSimulator::TransferView& row : rows) {
                if (row.transfer.batchId == subBatchId) {
                    part.append(row);
                }
            }
            QJsonObject sub = summaryOf(part, m_simulator.count(part));
            sub.insert(QStringLiteral("subBatchId"), subBatchId);
            sub.insert(QStringLiteral("batchId"), batch->batchId);
            sub.insert(QStringLiteral("approvedTransactionCount"), 0);
            sub.insert(QStringLiteral("payeeFspSet"), QJsonArray{m_payeeDfspId});
            sub.insert(QStringLiteral("instructionList"), QJsonValue());
            sub.insert(QStringLiteral("budgetAccount"), QJsonValue());
            sub.insert(QStringLiteral("generatedBy"), QStringLiteral("System"));
            sub.insert(QStringLiteral("generatedAt"), QJsonValue());
            subBatches.append(sub);
        }
        summary.insert(QStringLiteral("subBatchSummaryList"), subBatches);
    }
    return HubResponse::json(summary);
}

HubResponse OperationsApi::transferSearch(const QString& tenant, const HubRequest& request) const
{
    const QUrlQuery& query = request.query;
    const int pageNo = qMax(0, intParameter(query, "page", 0));
    const int size = qMax(1, intParameter(query, "size", 1));
    const auto wanted = [&query](const char* name, const QString& value) {
        const QString filter = query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
        return filter.isEmpty() || filter == value;
    };
    QList<HubSimulator::TransferView> rows;
    for (const HubSimulator::TransferView& row : m_simulator.transfers(tenant)) {
        const HubTransfer& t = row.transfer;
        if (wanted("payerPartyId", t.payerId) && wanted("payeePartyId", t.payeeId) &&
            wanted("transactionId", t.transactionId) && wanted("status", HubSimulator::statusName(row.status)) &&
            wanted("amount", t.amount) && wanted("currency", t.currency) &&
            wanted("clientCorrelationId", t.clientCorrelationId) && wanted("payerDfspId", tenant) &&
            wanted("payeeDfspId", m_payeeDfspId) && wanted("direction", QStringLiteral("OUTGOING"))) {
            rows.append(row);
        }
    }
    const bool ascending = query.queryItemValue(QStringLiteral("sortedOrder"), QUrl::FullyDecoded)
                               .compare(QLatin1String("ASC"), Qt::CaseInsensitive) == 0;
    std::stable_sort(rows.begin(), rows.end(),
                     [ascending](const HubSimulator::TransferView& a, const HubSimulator::TransferView& b) {
                         return ascending ? a.transfer.startsAt < b.transfer.startsAt
                                          : a.transfer.startsAt > b.transfer.startsAt;
                     });
    QJsonArray content;
    for (qsizetype i = qsizetype(pageNo) * size; i < rows.size() && content.size() < size; ++i) {
        content.append(transferJson(rows.at(i), true));
    }
    QJsonObject result = page(content, pageNo, size, rows.size());
    // PageImpl(list, pageable, totalPages): the hub reports the page count as totalElements.
    result.insert(QStringLiteral("totalElements"), result.value(QStringLiteral("totalPages")));
    return HubResponse::json(result);
}

HubResponse OperationsApi::statusCheck(const QString& tenant, const HubRequest& request) const
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QStringList requestIds;
    for (const QJsonValue& id : body.value(QStringLiteral("requestIds")).toArray()) {
        requestIds.append(id.toString());
    }
    QStringList payeePartyIds;
    for (const QJsonValue& id : body.value(QStringLiteral("payeePartyIds")).toArray()) {
        payeePartyIds.append(id.toString());
    }
    const int size = qMax(1, intParameter(request.query, "size", 10000));
    const int pageNo = qMax(0, intParameter(request.query, "page", 0));
    QList<HubSimulator::TransferView> rows;
    for (const HubSimulator::TransferView& row : m_simulator.transfers(tenant)) {
        // requestIds match the stored (quoted) clientCorrelationId; payeePartyIds match payeeDfspId.
        if ((!requestIds.isEmpty() && requestIds.contains(row.transfer.clientCorrelationId)) ||
            (!payeePartyIds.isEmpty() && payeePartyIds.contains(m_payeeDfspId))) {
            rows.append(row);
        }
    }
    QJsonArray content;
    for (qsizetype i = qsizetype(pageNo) * size; i < rows.size() && content.size() < size; ++i) {
        content.append(transferJson(rows.at(i), true));
    }
    return HubResponse::json(page(content, pageNo, size, rows.size()));
}
