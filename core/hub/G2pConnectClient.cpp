#include "G2pConnectClient.h"

#include "G2pConnectCallbackServer.h"

#include "batching/G2pConnectSignature.h"
#include "OneShotHttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonArray textArray(const QStringList& texts)
{
    QJsonArray array;
    for (const QString& text : texts) {
        array.append(text);
    }
    return array;
}

} // namespace

G2pConnectClient::G2pConnectClient(HubEndpoint endpoint) : m_endpoint(std::move(endpoint))
{
    if (!m_endpoint.caFile.isEmpty()) {
        m_extraCertificates = QSslCertificate::fromPath(m_endpoint.caFile);
    }
}

G2pConnectClient::~G2pConnectClient() = default;

void G2pConnectClient::setSigning(const SigningKey* key, const QString& keyId)
{
    m_signingKey = key;
    m_keyId = keyId;
}

std::variant<QByteArray, HubError> G2pConnectClient::signedBody(const QByteArray& request) const
{
    if (!m_signingKey) {
        return request;
    }
    QString error;
    const QByteArray signedRequest = G2pConnectSignature::signRequest(request, *m_signingKey, m_keyId, &error);
    if (signedRequest.isEmpty()) {
        return HubError{HubError::Kind::Definitive, tr("the request could not be signed: %1").arg(error), 0};
    }
    return signedRequest;
}

QJsonArray G2pConnectClient::statusesOf(const QJsonObject& statusMessage)
{
    return statusMessage.value(QStringLiteral("txnstatus_response"))
        .toObject()
        .value(QStringLiteral("txn_status"))
        .toObject()
        .value(QStringLiteral("disbursements_status"))
        .toArray();
}

QString G2pConnectClient::reasonOf(const QJsonObject& statusHolder)
{
    return QStringList{statusHolder.value(QStringLiteral("status_reason_code")).toString(),
                       statusHolder.value(QStringLiteral("status_reason_message")).toString()}
        .join(u' ')
        .trimmed();
}

QByteArray G2pConnectClient::request(const QString& action, qsizetype count, const QJsonObject& message,
                                     const QString& senderUri) const
{
    const QJsonObject header{{QStringLiteral("version"), QStringLiteral("1.0.0")},
                             {QStringLiteral("message_id"), newId()},
                             {QStringLiteral("message_ts"), nowText()},
                             {QStringLiteral("action"), action},
                             {QStringLiteral("sender_id"), m_endpoint.senderId},
                             {QStringLiteral("sender_uri"), senderUri},
                             {QStringLiteral("receiver_id"), m_endpoint.receiverId},
                             {QStringLiteral("total_count"), count},
                             {QStringLiteral("is_msg_encrypted"), false}};
    return QJsonDocument(QJsonObject{{QStringLiteral("signature"), QString()},
                                     {QStringLiteral("header"), header},
                                     {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

std::variant<QJsonObject, HubError> G2pConnectClient::post(const QUrl& url, const QByteArray& unsignedBody, bool read)
{
    const auto signedRequest = signedBody(unsignedBody);
    if (const HubError* refused = std::get_if<HubError>(&signedRequest)) {
        return *refused;
    }
    const QByteArray& body = std::get<QByteArray>(signedRequest);
    HubError last;
    int backoff = m_endpoint.backoffMs;
    const int attempts = read ? qMax(1, m_endpoint.opsAttempts) : 1;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0) {
            QThread::msleep(ulong(backoff));
            backoff *= 2;
        }
        m_lastAnswerTime = QDateTime();
        const OneShotHttp::Response response =
            OneShotHttp::exchange(url, "POST", {{"Content-Type", "application/json"}}, body, m_endpoint.timeoutMs,
                                  m_extraCertificates, m_endpoint.allowPlainHttp);
        m_lastAnswerTime = response.date();
        last = HubError{};
        last.httpStatus = response.status;
        if (!response.error.isEmpty()) {
            // A request that never left is refused for sure; one that did may have been acted on.
            last.kind = response.requestSent || read ? HubError::Kind::Uncertain : HubError::Kind::Definitive;
            last.message = response.requestSent
                               ? tr("no complete answer from %1: %2").arg(url.toString(), response.error)
                               : tr("the request did not reach %1: %2").arg(url.toString(), response.error);
            continue;
        }
        if (response.status < 200 || response.status > 299) {
            // Refused only by the receiver itself, in JSON: a gateway's page or a 429 may hide a request that was
            // taken.
            const bool receiversOwn = QJsonDocument::fromJson(response.body).isObject();
            last.kind = HubError::isRefusalStatus(response.status) && receiversOwn && !read ? HubError::Kind::Definitive
                                                                                            : HubError::Kind::Uncertain;
            last.message = tr("%1 answered HTTP %2: %3")
                               .arg(url.toString())
                               .arg(response.status)
                               .arg(QString::fromUtf8(response.body.left(200)).simplified());
            if (last.isDefinitive() || !read) {
                break; // asking again will not change a refusal; a post is never sent twice
            }
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        // An answer has a header; an acknowledgement of an asynchronous request only a message.
        if (parseError.error != QJsonParseError::NoError ||
            !(document.object().value(QStringLiteral("header")).isObject() ||
              document.object().value(QStringLiteral("message")).isObject())) {
            last.message = tr("%1 answered something that is not a G2P Connect answer: %2")
                               .arg(url.toString(), parseError.error != QJsonParseError::NoError
                                                        ? parseError.errorString()
                                                        : QString::fromUtf8(response.body.left(200)).simplified());
            continue;
        }
        return document.object();
    }
    return last;
}

std::variant<QJsonObject, HubError> G2pConnectClient::disburse(const QByteArray& request)
{
    const auto answer =
        post(HubEndpoint::under(m_endpoint.bulkUrl, QStringLiteral("/disburse/sync/disburse")), request, false);
    if (const HubError* error = std::get_if<HubError>(&answer)) {
        return *error;
    }
    const QJsonObject header = std::get<QJsonObject>(answer).value(QStringLiteral("header")).toObject();
    const QJsonObject message = std::get<QJsonObject>(answer).value(QStringLiteral("message")).toObject();
    if (header.value(QStringLiteral("status")).toString() != u"rjct") {
        return message;
    }
    const QJsonArray items = message.value(QStringLiteral("disbursements_status")).toArray();
    const bool allDuplicates =
        !items.isEmpty() && std::all_of(items.cbegin(), items.cend(), [](const QJsonValue& item) {
            return item.toObject().value(QStringLiteral("status_reason_code")).toString() ==
                   u"rjct.reference_id.duplicate";
        });
    if (allDuplicates) {
        return message; // received before: this post changed nothing
    }
    HubError error;
    error.httpStatus = 200;
    const QString code = header.value(QStringLiteral("status_reason_code")).toString();
    if (code == u"rjct.message_id.duplicate") {
        // The receiver has seen this very request before: whether it took it, only a status read can say.
        error.message = tr("the receiver has seen this request before (rjct.message_id.duplicate): PayDesk asks it "
                           "which payments it holds");
        return error;
    }
    error.kind = HubError::Kind::Definitive;
    QStringList itemReasons;
    for (const QJsonValue& item : items) {
        if (itemReasons.size() == 3) {
            itemReasons.append(QStringLiteral("…"));
            break;
        }
        itemReasons.append(tr("%1: %2").arg(item.toObject().value(QStringLiteral("reference_id")).toString(),
                                            reasonOf(item.toObject())));
    }
    error.message = itemReasons.isEmpty() ? tr("the receiver refused the request: %1").arg(reasonOf(header))
                                          : tr("the receiver refused the request: %1 (%2)")
                                                .arg(reasonOf(header), itemReasons.join(QStringLiteral("; ")));
    return error;
}

std::variant<QJsonObject, HubError> G2pConnectClient::status(const QStringList& referenceIds)
{
    const QJsonObject message{{QStringLiteral("transaction_id"), newId()},
                              {QStringLiteral("txnstatus_request"),
                               QJsonObject{{QStringLiteral("reference_id"), newId()},
                                           {QStringLiteral("txn_type"), QStringLiteral("disburse")},
                                           {QStringLiteral("attribute_type"), QStringLiteral("reference_id_list")},
                                           {QStringLiteral("attribute_value"), textArray(referenceIds)}}}};
    const auto answer = post(HubEndpoint::under(m_endpoint.bulkUrl, QStringLiteral("/disburse/sync/txn/status")),
                             request(QStringLiteral("txn/status"), referenceIds.size(), message), true);
    if (const HubError* error = std::get_if<HubError>(&answer)) {
        return *error;
    }
    const QJsonObject header = std::get<QJsonObject>(answer).value(QStringLiteral("header")).toObject();
    if (header.value(QStringLiteral("status")).toString() == u"rjct") {
        HubError error;
        error.httpStatus = 200;
        error.message = tr("the receiver refused the status request: %1").arg(reasonOf(header));
        return error;
    }
    return std::get<QJsonObject>(answer).value(QStringLiteral("message")).toObject();
}

std::variant<QJsonObject, HubError> G2pConnectClient::resolve(const QStringList& ids)
{
    QJsonArray items;
    const QString now = nowText();
    for (const QString& id : ids) {
        items.append(QJsonObject{{QStringLiteral("reference_id"), newId()},
                                 {QStringLiteral("timestamp"), now},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("scope"), QStringLiteral("details")},
                                 {QStringLiteral("locale"), QStringLiteral("eng")}});
    }
    const QString transactionId = newId();
    const QJsonObject message{{QStringLiteral("transaction_id"), transactionId},
                              {QStringLiteral("resolve_request"), items}};
    std::variant<QJsonObject, HubError> answer;
    if (m_endpoint.mapperCallbackUrl.isEmpty()) {
        answer = post(HubEndpoint::under(m_endpoint.mapperUrl, QStringLiteral("/mapper/sync/resolve")),
                      request(QStringLiteral("resolve"), ids.size(), message), true);
    } else {
        answer = resolveByCallback(transactionId, ids.size(), message);
    }
    if (const HubError* error = std::get_if<HubError>(&answer)) {
        return *error;
    }
    const QJsonObject header = std::get<QJsonObject>(answer).value(QStringLiteral("header")).toObject();
    const QJsonObject answered = std::get<QJsonObject>(answer).value(QStringLiteral("message")).toObject();
    // When every id failed, SPAR rejects the whole request but still says why for each.
    if (header.value(QStringLiteral("status")).toString() == u"rjct" &&
        answered.value(QStringLiteral("resolve_response")).toArray().isEmpty()) {
        HubError error;
        error.httpStatus = 200;
        error.message = tr("the mapper refused the request: %1").arg(reasonOf(header));
        return error;
    }
    return answered;
}

std::variant<QJsonObject, HubError> G2pConnectClient::resolveByCallback(const QString& transactionId, qsizetype count,
                                                                        const QJsonObject& message)
{
    if (!m_callbacks) {
        auto callbacks = std::make_unique<G2pConnectCallbackServer>();
        QString error;
        if (!callbacks->listen(m_endpoint.mapperCallbackUrl, &error)) {
            return HubError{HubError::Kind::Definitive, error, 0};
        }
        m_callbacks = std::move(callbacks);
    }
    const auto acknowledged = post(HubEndpoint::under(m_endpoint.mapperUrl, QStringLiteral("/mapper/resolve")),
                                   request(QStringLiteral("resolve"), count, message,
                                           m_callbacks->callbackUrl().toString(QUrl::StripTrailingSlash)),
                                   true);
    if (const HubError* error = std::get_if<HubError>(&acknowledged)) {
        return *error;
    }
    const QJsonObject ack = std::get<QJsonObject>(acknowledged).value(QStringLiteral("message")).toObject();
    if (ack.value(QStringLiteral("ack_status")).toString() != u"ACK") {
        const QJsonObject refusal = ack.value(QStringLiteral("error")).toObject();
        return HubError{HubError::Kind::Definitive,
                        tr("the mapper did not acknowledge the request (%1): %2 %3")
                            .arg(ack.value(QStringLiteral("ack_status")).toString(),
                                 refusal.value(QStringLiteral("code")).toString(),
                                 refusal.value(QStringLiteral("message")).toString())
                            .trimmed(),
                        200};
    }
    const auto callback = m_callbacks->waitFor(transactionId, m_endpoint.timeoutMs);
    if (!callback) {
        return HubError{HubError::Kind::Uncertain,
                        tr("the mapper acknowledged the request but did not answer at %1 within %2 s")
                            .arg(m_callbacks->callbackUrl().toString())
                            .arg(m_endpoint.timeoutMs / 1000.0),
                        200};
    }
    return *callback;
}
