#include "PaymentHubClient.h"

#include "OneShotHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QUrlQuery>

#include <limits>

namespace {

QList<QPair<QByteArray, QByteArray>> withTenant(const QString& tenant, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    headers.prepend({"Platform-TenantId", tenant.toUtf8()});
    return headers;
}

} // namespace

PaymentHubClient::PaymentHubClient(HubEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{
    if (!m_endpoint.caFile.isEmpty()) {
        m_extraCertificates = QSslCertificate::fromPath(m_endpoint.caFile);
    }
}

HubError PaymentHubClient::refusal(int status, const QByteArray& body)
{
    HubError error;
    error.httpStatus = status;
    // DESIGN.md §1: a 4xx (412 included) is a refusal, nothing moved; anything else is uncertain.
    error.kind = status >= 400 && status < 500 ? HubError::Kind::Definitive : HubError::Kind::Uncertain;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString code = json.value(QStringLiteral("errorCode")).toVariant().toString();
    if (code == u"InvalidJsonWebSignature") {
        error.message = tr("the hub refused the batch's X-SIGNATURE: the tenant's signing key is not the one the hub knows");
    } else if (code == u"InvalidPublicKeyConfigured") {
        error.message = tr("the hub could not check the X-SIGNATURE with the certificate it holds for the tenant: the signing "
                           "key is not the tenant's, or the signature is missing or malformed");
    } else if (json.contains(QStringLiteral("Error Information: "))) {
        error.message = tr("the hub refused the file: %1 (%2)")
                            .arg(json.value(QStringLiteral("Error Information: ")).toString(),
                                 json.value(QStringLiteral("Error Description : ")).toString());
    } else if (json.contains(QStringLiteral("errorInformation"))) {
        error.message = tr("the hub refused the upload: %1").arg(json.value(QStringLiteral("errorInformation")).toString());
    } else if (status == 412) {
        error.message = tr("the hub has no payment workflow for this tenant (%1)")
                            .arg(json.value(QStringLiteral("responseDescription")).toString());
    } else if (json.contains(QStringLiteral("responseDescription"))) {
        error.message = tr("the hub answered %1: %2").arg(status).arg(json.value(QStringLiteral("responseDescription")).toString());
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
    const QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/csv\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
    const OneShotHttp::Response response = OneShotHttp::exchange(
        HubEndpoint::under(m_endpoint.bulkUrl, QStringLiteral("/batchtransactions")), "POST",
        withTenant(m_endpoint.tenant, {{"X-CorrelationID", correlationId.toUtf8()},
                                       {"Purpose", "G2P payment"},
                                       {"Type", "csv"},
                                       {"filename", fileName},
                                       {"Content-Type", "multipart/form-data; boundary=" + boundary},
                                       {"X-SIGNATURE", signature}}),
        body, m_endpoint.timeoutMs, m_extraCertificates);
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
    const QString pollingPath = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("PollingPath")).toString();
    const QString batchId = pollingPath.section(u'/', -1);
    if (batchId.isEmpty()) {
        HubError error; // accepted, but we cannot tell which batch it made
        error.message = tr("the hub accepted the batch but its answer names no batch: %1").arg(QString::fromUtf8(response.body.left(200)));
        error.httpStatus = 202;
        return error;
    }
    return batchId;
}

std::optional<HubError> PaymentHubClient::ensureToken()
{
    if (m_endpoint.username.isEmpty() || (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_tokenExpires)) {
        return std::nullopt;
    }
    QUrl url = HubEndpoint::under(m_endpoint.operationsUrl, QStringLiteral("/oauth/token"));
    url.setQuery(QUrlQuery({{QStringLiteral("username"), m_endpoint.username},
                            {QStringLiteral("password"), m_endpoint.password},
                            {QStringLiteral("grant_type"), QStringLiteral("password")}}));
    const OneShotHttp::Response response = OneShotHttp::exchange(
        url, "POST", withTenant(m_endpoint.tenant, {{"Authorization", "Basic Y2xpZW50Og=="}, {"Content-Type", "text/plain"}}), "{}",
        m_endpoint.timeoutMs, m_extraCertificates);
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    m_token = json.value(QStringLiteral("access_token")).toString().toUtf8();
    if (response.status != 200 || m_token.isEmpty()) {
        HubError error;
        error.kind = response.status >= 400 && response.status < 500 ? HubError::Kind::Definitive : HubError::Kind::Uncertain;
        error.httpStatus = response.status;
        error.credentialsRefused = response.status == 400 || response.status == 401;
        error.message = response.error.isEmpty() ? tr("the operations app refused the officer's credentials (%1)").arg(response.status)
                                                 : tr("cannot get a token from the operations app: %1").arg(response.error);
        return error;
    }
    // Renew a little before it runs out.
    m_tokenExpires = QDateTime::currentDateTimeUtc().addSecs(qMax(10, json.value(QStringLiteral("expires_in")).toInt(60) - 10));
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
        const OneShotHttp::Response response = OneShotHttp::exchange(
            HubEndpoint::under(m_endpoint.operationsUrl, pathAndQuery), "GET", headers, {}, m_endpoint.timeoutMs,
            m_extraCertificates);
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

std::variant<QString, HubError> PaymentHubClient::findBatch(const QString& correlationId, const QDateTime& since)
{
    // "Not there" lets a batch be posted again, so it is said only after reading a list PayDesk
    // understands to its end, or to a batch older than the send when the list is newest first.
    const QString fileSuffix = u'_' + correlationId + QStringLiteral(".csv");
    constexpr int kPage = 100;
    qint64 previousStart = std::numeric_limits<qint64>::max();
    bool newestFirst = true;
    for (int offset = 0;; offset += kPage) {
        const auto page = get(QStringLiteral("/api/v1/batches?offset=%1&limit=%2&sort=-startedAt").arg(offset).arg(kPage));
        if (const HubError* error = std::get_if<HubError>(&page)) {
            return *error;
        }
        const QJsonObject list = std::get<QJsonDocument>(page).object();
        // Current hubs answer {"data": [...]}; older ones a Spring page {"content": [...]}.
        const QString key = list.value(QStringLiteral("data")).isArray() ? QStringLiteral("data") : QStringLiteral("content");
        if (!list.value(key).isArray()) {
            HubError error;
            error.message = tr("the operations app's batch list has neither \"data\" nor \"content\": PayDesk cannot tell "
                               "whether the hub has the batch");
            return error;
        }
        const QJsonArray batches = list.value(key).toArray();
        bool olderThanSend = false;
        for (const QJsonValue& value : batches) {
            const QJsonObject batch = value.toObject();
            if (batch.value(QStringLiteral("correlationId")).toString() == correlationId
                || batch.value(QStringLiteral("requestFile")).toString().endsWith(fileSuffix)) {
                return batch.value(QStringLiteral("batchId")).toString();
            }
            const qint64 startedAt = qint64(batch.value(QStringLiteral("startedAt")).toDouble());
            newestFirst = newestFirst && startedAt > 0 && startedAt <= previousStart;
            previousStart = startedAt;
            olderThanSend = olderThanSend || (since.isValid() && startedAt > 0 && startedAt < since.toMSecsSinceEpoch());
        }
        if (batches.size() < kPage || (newestFirst && olderThanSend)) {
            return QString();
        }
    }
}
