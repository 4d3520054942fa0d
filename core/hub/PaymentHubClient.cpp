#include "PaymentHubClient.h"

#include "HubListReader.h"
#include "OneShotHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QUrlQuery>

#include <limits>

namespace {

QList<QPair<QByteArray, QByteArray>> withTenant(const QString& tenant,
                                                QList<QPair<QByteArray, QByteArray>> headers = {})
{
    headers.prepend({"Platform-TenantId", tenant.toUtf8()});
    return headers;
}

} // namespace

PaymentHubClient::PaymentHubClient(HubEndpoint endpoint, const Clock& clock)
    : m_endpoint(std::move(endpoint)), m_clock(clock)
{
    if (!m_endpoint.caFile.isEmpty()) {
        m_extraCertificates = QSslCertificate::fromPath(m_endpoint.caFile);
    }
}

HubError PaymentHubClient::refusal(int status, const QByteArray& body)
{
    HubError error;
    error.httpStatus = status;
    // DESIGN.md §1 rule 5: refused (nothing moved) only by the hub's own application, in its own
    // JSON; a gateway's 408 or 429, its HTML error page, a 5xx: the hub may have taken the batch.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool hubsOwn = parseError.error == QJsonParseError::NoError && document.isObject();
    error.kind = HubError::isRefusalStatus(status) && hubsOwn ? HubError::Kind::Definitive : HubError::Kind::Uncertain;
    const QJsonObject json = document.object();
    if (!hubsOwn) {
        error.message =
            tr("something between PayDesk and the hub answered %1 (%2), not the hub itself: the hub may have "
               "taken the batch")
                .arg(status)
                .arg(QString::fromUtf8(body.left(120)).simplified());
        return error;
    }
    const QString code = json.value(QStringLiteral("errorCode")).toVariant().toString();
    if (code == u"InvalidJsonWebSignature") {
        error.message =
            tr("the hub refused the batch's X-SIGNATURE: the tenant's signing key is not the one the hub knows");
    } else if (code == u"InvalidPublicKeyConfigured") {
        error.message =
            tr("the hub could not check the X-SIGNATURE with the certificate it holds for the tenant: the signing "
               "key is not the tenant's, or the signature is missing or malformed");
    } else if (json.contains(QStringLiteral("Error Information: "))) {
        error.message = tr("the hub refused the file: %1 (%2)")
                            .arg(json.value(QStringLiteral("Error Information: ")).toString(),
                                 json.value(QStringLiteral("Error Description : ")).toString());
    } else if (json.contains(QStringLiteral("errorInformation"))) {
        error.message =
            tr("the hub refused the upload: %1").arg(json.value(QStringLiteral("errorInformation")).toString());
    } else if (status == 412) {
        error.message = tr("the hub has no payment workflow for this tenant (%1)")
                            .arg(json.value(QStringLiteral("responseDescription")).toString());
    } else if (json.contains(QStringLiteral("responseDescription"))) {
        error.message =
            tr("the hub answered %1: %2").arg(status).arg(json.value(QStringLiteral("responseDescription")).toString());
    } else {
        error.message = tr("the hub answered %1: %2").arg(status).arg(QString::fromUtf8(body.left(200)).simplified());
    }
    return error;
}

std::variant<QString, HubError> PaymentHubClient::submit(const QString& correlationId, const QByteArray& file,
                                                         const QByteArray& signature)
{
    const QByteArray boundary = "paydesk-" + correlationId.toLatin1();
    const QByteArray fileName = correlationId.toLatin1() + ".csv";
    const QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" +
                            fileName + "\"\r\nContent-Type: text/csv\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
    m_lastAnswerTime = QDateTime();
    const OneShotHttp::Response response = OneShotHttp::exchange(
        HubEndpoint::under(m_endpoint.bulkUrl, QStringLiteral("/batchtransactions")), "POST",
        withTenant(m_endpoint.tenant, {{"X-CorrelationID", correlationId.toUtf8()},
                                       {"Purpose", "G2P payment"},
                                       {"Type", "csv"},
                                       {"filename", fileName},
                                       {"Content-Type", "multipart/form-data; boundary=" + boundary},
                                       {"X-SIGNATURE", signature}}),
        body, m_endpoint.timeoutMs, m_extraCertificates, m_endpoint.allowPlainHttp);
    m_lastAnswerTime = response.date();
    if (!response.error.isEmpty()) {
        HubError error;
        error.kind = response.requestSent ? HubError::Kind::Uncertain : HubError::Kind::Definitive;
        error.message = response.requestSent ? tr("no complete answer from the hub: %1").arg(response.error)
                                             : tr("the batch did not reach the hub: %1").arg(response.error);
        error.httpStatus = response.status;
        return error;
    }
    if (response.status != 202) {
        return refusal(response.status, response.body);
    }
    const QString pollingPath =
        QJsonDocument::fromJson(response.body).object().value(QStringLiteral("PollingPath")).toString();
    const QString batchId = pollingPath.section(u'/', -1);
    if (batchId.isEmpty()) {
        HubError error; // accepted, but we cannot tell which batch it made
        error.message = tr("the hub accepted the batch but its answer names no batch: %1")
                            .arg(QString::fromUtf8(response.body.left(200)));
        error.httpStatus = 202;
        return error;
    }
    return batchId;
}

std::optional<HubError> PaymentHubClient::ensureToken()
{
    if (m_endpoint.username.isEmpty() || (!m_token.isEmpty() && m_clock.now() < m_tokenExpires)) {
        return std::nullopt;
    }
    // The password goes in the form body (RFC 6749 §4.3.2), never in the address, where proxies
    // and server logs would keep it.
    QUrlQuery form;
    form.setQueryItems({{QStringLiteral("grant_type"), QStringLiteral("password")},
                        {QStringLiteral("username"), m_endpoint.username},
                        {QStringLiteral("password"), m_endpoint.password}});
    const QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8().replace("+", "%2B");
    const OneShotHttp::Response response =
        OneShotHttp::exchange(HubEndpoint::under(m_endpoint.operationsUrl, QStringLiteral("/oauth/token")), "POST",
                              withTenant(m_endpoint.tenant, {{"Authorization", "Basic Y2xpZW50Og=="},
                                                             {"Content-Type", "application/x-www-form-urlencoded"}}),
                              body, m_endpoint.timeoutMs, m_extraCertificates, m_endpoint.allowPlainHttp);
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    m_token = json.value(QStringLiteral("access_token")).toString().toUtf8();
    if (response.status != 200 || m_token.isEmpty()) {
        HubError error;
        error.kind =
            response.status >= 400 && response.status < 500 ? HubError::Kind::Definitive : HubError::Kind::Uncertain;
        error.httpStatus = response.status;
        error.credentialsRefused = response.status == 400 || response.status == 401;
        error.message = response.error.isEmpty()
                            ? tr("the operations app refused the officer's credentials (%1)").arg(response.status)
                            : tr("cannot get a token from the operations app: %1").arg(response.error);
        return error;
    }
    // Renew a little before it runs out.
    m_tokenExpires = m_clock.now().addSecs(qMax(10, json.value(QStringLiteral("expires_in")).toInt(60) - 10));
    return std::nullopt;
}

std::variant<QJsonDocument, HubError> PaymentHubClient::get(const QString& pathAndQuery)
{
    HubError last;
    int backoff = m_endpoint.backoffMs;
    for (int attempt = 0; attempt < qMax(1, m_endpoint.opsAttempts); ++attempt) {
        if (attempt > 0) {
            QThread::msleep(ulong(backoff));
            backoff *= 2;
        }
        if (const auto tokenError = ensureToken()) {
            last = *tokenError;
            continue;
        }
        QList<QPair<QByteArray, QByteArray>> headers = withTenant(m_endpoint.tenant);
        if (!m_token.isEmpty()) {
            headers.append({"Authorization", "Bearer " + m_token});
        }
        m_lastAnswerTime = QDateTime();
        const OneShotHttp::Response response =
            OneShotHttp::exchange(HubEndpoint::under(m_endpoint.operationsUrl, pathAndQuery), "GET", headers, {},
                                  m_endpoint.timeoutMs, m_extraCertificates, m_endpoint.allowPlainHttp);
        m_lastAnswerTime = response.date();
        if (response.status == 401) {
            m_token.clear(); // expired early: ask again
        }
        if (response.error.isEmpty() && response.status == 200) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
            if (parseError.error == QJsonParseError::NoError) {
                return document;
            }
            last.message = tr("the operations app answered something that is not JSON at %1: %2")
                               .arg(pathAndQuery, parseError.errorString());
            continue;
        }
        last = response.error.isEmpty() ? refusal(response.status, response.body) : HubError{};
        if (!response.error.isEmpty()) {
            last.message = tr("the operations app did not answer: %1").arg(response.error);
        }
        last.kind = HubError::Kind::Uncertain; // a read: nothing was done, it may work later
        if (response.status == 404) {
            break; // not there: asking again will not make it so
        }
    }
    return last;
}

std::variant<HubBatchList, HubError> PaymentHubClient::listBatches(const QDateTime& since)
{
    // "Not there" lets a batch be posted again, so it is said only from a list read to its end,
    // or to batches older than `since` when the hub lists newest first.
    HubBatchList result;
    qint64 previousStart = std::numeric_limits<qint64>::max();
    bool newestFirst = true;
    HubListReader::Query query;
    query.path = QStringLiteral("/api/v1/batches");
    query.filter = QStringLiteral("sort=-startedAt");
    const auto list = HubListReader::read(*this, query, [&](const QJsonArray& page) {
        bool olderThanSince = false;
        for (const QJsonValue& value : page) {
            const QJsonObject batch = value.toObject();
            const QString hubId = batch.value(QStringLiteral("batchId")).toString();
            // Older hubs name no correlation id; their request file is "<millis>_<correlation id>.csv".
            const QString correlationId = batch.value(QStringLiteral("correlationId")).toString();
            const QString requestFile = batch.value(QStringLiteral("requestFile")).toString();
            if (!correlationId.isEmpty()) {
                result.hubIdByCorrelation.insert(correlationId, hubId);
            }
            if (requestFile.endsWith(QLatin1String(".csv")) && requestFile.contains(u'_')) {
                result.hubIdByCorrelation.insert(requestFile.section(u'_', 1).chopped(4), hubId);
            }
            ++result.listed;
            const qint64 startedAt = qint64(batch.value(QStringLiteral("startedAt")).toDouble());
            if (startedAt > 0) {
                const QDateTime started = QDateTime::fromMSecsSinceEpoch(startedAt, Qt::UTC);
                result.oldest = result.oldest.isValid() ? qMin(result.oldest, started) : started;
                result.newest = result.newest.isValid() ? qMax(result.newest, started) : started;
            }
            newestFirst = newestFirst && startedAt > 0 && startedAt <= previousStart;
            previousStart = startedAt;
            olderThanSince =
                olderThanSince || (since.isValid() && startedAt > 0 && startedAt < since.toMSecsSinceEpoch());
        }
        return newestFirst && olderThanSince;
    });
    if (const HubError* error = std::get_if<HubError>(&list)) {
        return *error;
    }
    result.hubTime = std::get<HubListReader::List>(list).hubTime;
    return result;
}
