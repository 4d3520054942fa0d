#include "G2pConnectApi.h"

#include "HubSimulator.h"

#include "batching/G2pConnectSignature.h"
#include "hub/OneShotHttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The answer's envelope: the header says whether the request as a whole was taken.
HubResponse envelope(const QJsonObject& requestHeader, const QString& problem, qsizetype completed,
                     const QJsonObject& message, const QString& problemMessage = {})
{
    QJsonObject header{{QStringLiteral("version"), QStringLiteral("1.0.0")},
                       {QStringLiteral("message_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("message_ts"), nowText()},
                       {QStringLiteral("action"), requestHeader.value(QStringLiteral("action"))},
                       {QStringLiteral("status"), problem.isEmpty() ? QStringLiteral("succ") : QStringLiteral("rjct")},
                       {QStringLiteral("total_count"), requestHeader.value(QStringLiteral("total_count"))},
                       {QStringLiteral("completed_count"), completed},
                       {QStringLiteral("sender_id"), requestHeader.value(QStringLiteral("receiver_id"))},
                       {QStringLiteral("receiver_id"), requestHeader.value(QStringLiteral("sender_id"))}};
    if (!problem.isEmpty()) {
        header.insert(QStringLiteral("status_reason_code"), problem);
    }
    if (!problemMessage.isEmpty()) {
        header.insert(QStringLiteral("status_reason_message"), problemMessage);
    }
    return HubResponse::json({{QStringLiteral("signature"), QString()},
                              {QStringLiteral("header"), header},
                              {QStringLiteral("message"), message}});
}

QJsonObject itemStatus(const QString& referenceId, const QString& status, const QString& reasonCode,
                       const QString& reasonMessage = {})
{
    QJsonObject item{{QStringLiteral("reference_id"), referenceId},
                     {QStringLiteral("timestamp"), nowText()},
                     {QStringLiteral("status"), status}};
    if (!reasonCode.isEmpty()) {
        item.insert(QStringLiteral("status_reason_code"), reasonCode);
        item.insert(QStringLiteral("status_reason_message"), reasonMessage);
    }
    return item;
}

} // namespace

G2pConnectApi::G2pConnectApi(HubSimulator& simulator, QHash<QString, QString> mapper,
                             QHash<QString, QByteArray> senderKeys)
    : m_simulator(simulator), m_mapper(std::move(mapper)), m_senderKeys(std::move(senderKeys))
{
}

bool G2pConnectApi::handles(const HubRequest& request) const
{
    return request.path.startsWith(QLatin1String("/disburse/")) || request.path.startsWith(QLatin1String("/mapper/"));
}

HubResponse G2pConnectApi::handle(const HubRequest& request)
{
    if (request.method != "POST") {
        return HubResponse::empty(405);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (!document.isObject()) {
        return HubResponse::json(
            {{QStringLiteral("error"), QStringLiteral("the body is not a JSON object: %1").arg(error.errorString())}},
            400);
    }
    const QJsonObject header = document.object().value(QStringLiteral("header")).toObject();
    const QJsonObject message = document.object().value(QStringLiteral("message")).toObject();
    const auto senderKey = m_senderKeys.constFind(header.value(QStringLiteral("sender_id")).toString());
    QString reason;
    if (request.path == u"/disburse/sync/disburse" && senderKey != m_senderKeys.constEnd() &&
        !G2pConnectSignature::verify(document.object().value(QStringLiteral("signature")).toString(), header, message,
                                     *senderKey, QDateTime::currentDateTimeUtc(), &reason)) {
        return envelope(header, QStringLiteral("rjct.signature.invalid"), 0,
                        {{QStringLiteral("transaction_id"), message.value(QStringLiteral("transaction_id"))}}, reason);
    }
    if (request.path == u"/disburse/sync/disburse") {
        if (m_simulator.takeServerError()) {
            return HubResponse::json({{QStringLiteral("error"), QStringLiteral("Service Unavailable")}}, 503);
        }
        HubResponse response = disburse(header, message);
        response.dropConnection = m_simulator.takeDropAfterAccept();
        return response;
    }
    if (request.path == u"/disburse/sync/txn/status") {
        return status(header, message);
    }
    if (request.path == u"/mapper/sync/resolve") {
        return resolve(header, message);
    }
    if (request.path == u"/mapper/resolve") {
        return resolveLater(header, message);
    }
    return HubResponse::empty(404);
}

QString G2pConnectApi::headerProblem(const QJsonObject& header, const QString& action, qsizetype items)
{
    if (header.contains(QStringLiteral("version")) && header.value(QStringLiteral("version")).toString() != u"1.0.0") {
        return QStringLiteral("rjct.version.invalid");
    }
    const QString messageId = header.value(QStringLiteral("message_id")).toString();
    if (messageId.isEmpty() || header.value(QStringLiteral("sender_id")).toString().isEmpty()) {
        return QStringLiteral("rjct.header.invalid"); // the sandbox's code: a required field is missing
    }
    if (header.value(QStringLiteral("message_ts")).toString().isEmpty()) {
        return QStringLiteral("rjct.message_ts.invalid");
    }
    if (header.value(QStringLiteral("action")).toString() != action) {
        return QStringLiteral("rjct.action.invalid");
    }
    if (header.value(QStringLiteral("total_count")).toInt(-1) != items) {
        return QStringLiteral("rjct.total_count.invalid");
    }
    QMutexLocker locker(&m_mutex);
    if (m_messageIds.contains(messageId)) {
        return QStringLiteral("rjct.message_id.duplicate");
    }
    m_messageIds.insert(messageId);
    return {};
}

HubResponse G2pConnectApi::disburse(const QJsonObject& header, const QJsonObject& message)
{
    const QJsonArray disbursements = message.value(QStringLiteral("disbursements")).toArray();
    const QString transactionId = message.value(QStringLiteral("transaction_id")).toString();
    QJsonObject answer{{QStringLiteral("transaction_id"), transactionId}};
    const QString problem = headerProblem(header, QStringLiteral("disburse"), disbursements.size());
    if (!problem.isEmpty()) {
        return envelope(header, problem, 0, answer);
    }
    static const QRegularExpression amountPattern(QStringLiteral("^\\d{1,13}\\.\\d{1,2}$"));
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    const QString sender = header.value(QStringLiteral("sender_id")).toString();
    QJsonArray statuses;
    qsizetype received = 0;
    for (const QJsonValue& value : disbursements) {
        const QJsonObject item = value.toObject();
        const QString referenceId = item.value(QStringLiteral("reference_id")).toString();
        const QString amount = item.value(QStringLiteral("amount")).toString();
        const QString currency = item.value(QStringLiteral("currency_code")).toString();
        QString reason;
        if (referenceId.isEmpty()) {
            reason = QStringLiteral("rjct.reference_id.invalid");
        } else if (!amountPattern.match(amount).hasMatch()) {
            reason = QStringLiteral("rjct.amount.invalid");
        } else if (!currencyPattern.match(currency).hasMatch()) {
            reason = QStringLiteral("rjct.currency_code.invalid");
        } else {
            reason = m_simulator.acceptDisbursement(sender, transactionId, referenceId,
                                                    item.value(QStringLiteral("payee_fa")).toString(), amount, currency,
                                                    item.value(QStringLiteral("note")).toString());
        }
        if (!referenceId.isEmpty() && reason != u"rjct.reference_id.duplicate") {
            QMutexLocker locker(&m_mutex);
            if (reason.isEmpty()) {
                m_refusals.remove(sender + u'\x1f' + referenceId);
            } else {
                m_refusals.insert(sender + u'\x1f' + referenceId, reason);
            }
        }
        statuses.append(
            itemStatus(referenceId, reason.isEmpty() ? QStringLiteral("rcvd") : QStringLiteral("rjct"), reason));
        received += reason.isEmpty() ? 1 : 0;
    }
    answer.insert(QStringLiteral("disbursements_status"), statuses);
    // As SPAR does: when every item was refused, the whole request is.
    return envelope(header,
                    received == 0 && !disbursements.isEmpty() ? QStringLiteral("rjct.errors.too_many") : QString(),
                    received, answer);
}

HubResponse G2pConnectApi::status(const QJsonObject& header, const QJsonObject& message)
{
    const QJsonObject request = message.value(QStringLiteral("txnstatus_request")).toObject();
    const QJsonArray references = request.value(QStringLiteral("attribute_value")).toArray();
    QJsonObject answer{{QStringLiteral("transaction_id"), message.value(QStringLiteral("transaction_id"))}};
    QString problem = headerProblem(header, QStringLiteral("txn/status"), references.size());
    if (problem.isEmpty() && request.value(QStringLiteral("attribute_type")).toString() != u"reference_id_list") {
        problem = QStringLiteral("rjct.attribute_type.invalid"); // the sandbox knows reference_id_list only
    }
    if (!problem.isEmpty()) {
        return envelope(header, problem, 0, answer);
    }
    const QString sender = header.value(QStringLiteral("sender_id")).toString();
    QJsonArray statuses;
    for (const QJsonValue& value : references) {
        const QString referenceId = value.toString();
        const auto found = m_simulator.disbursement(sender, referenceId);
        if (!found) {
            QMutexLocker locker(&m_mutex);
            statuses.append(itemStatus(
                referenceId, QStringLiteral("rjct"),
                m_refusals.value(sender + u'\x1f' + referenceId, QStringLiteral("rjct.reference_id.invalid"))));
        } else if (found->status == HubSimulator::Status::InProgress) {
            statuses.append(itemStatus(referenceId, QStringLiteral("pdng"), {}));
        } else if (found->status == HubSimulator::Status::Completed) {
            QJsonObject paid = itemStatus(referenceId, QStringLiteral("succ"), {});
            paid.insert(QStringLiteral("timestamp"),
                        QDateTime::fromMSecsSinceEpoch(found->completedAt, Qt::UTC).toString(Qt::ISODateWithMs));
            statuses.append(paid);
        } else {
            // The payee's side refused it: its Mojaloop error, in words.
            const QJsonObject error = QJsonDocument::fromJson(found->transfer.errorInformation.toUtf8())
                                          .object()
                                          .value(QStringLiteral("errorInformation"))
                                          .toObject();
            statuses.append(
                itemStatus(referenceId, QStringLiteral("rjct"), QStringLiteral("rjct.payee_fa.invalid"),
                           QStringLiteral("%1 %2").arg(error.value(QStringLiteral("errorCode")).toString(),
                                                       error.value(QStringLiteral("errorDescription")).toString())));
        }
    }
    answer.insert(
        QStringLiteral("txnstatus_response"),
        QJsonObject{{QStringLiteral("txn_type"), QStringLiteral("disburse")},
                    {QStringLiteral("txn_status"),
                     QJsonObject{{QStringLiteral("transaction_id"), message.value(QStringLiteral("transaction_id"))},
                                 {QStringLiteral("disbursements_status"), statuses}}}});
    return envelope(header, {}, statuses.size(), answer);
}

HubResponse G2pConnectApi::resolve(const QJsonObject& header, const QJsonObject& message)
{
    const QJsonArray requests = message.value(QStringLiteral("resolve_request")).toArray();
    QJsonObject answer{{QStringLiteral("transaction_id"), message.value(QStringLiteral("transaction_id"))},
                       {QStringLiteral("correlation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    const QString problem = headerProblem(header, QStringLiteral("resolve"), requests.size());
    if (!problem.isEmpty()) {
        return envelope(header, problem, 0, answer);
    }
    QJsonArray responses;
    qsizetype usable = 0;
    for (const QJsonValue& value : requests) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(QStringLiteral("id")).toString();
        QJsonObject response{{QStringLiteral("reference_id"), item.value(QStringLiteral("reference_id"))},
                             {QStringLiteral("timestamp"), nowText()},
                             {QStringLiteral("id"), id}};
        if (id.isEmpty()) {
            response.insert(QStringLiteral("status"), QStringLiteral("rjct"));
            response.insert(QStringLiteral("status_reason_code"), QStringLiteral("rjct.id.invalid"));
        } else if (const auto fa = m_mapper.constFind(id); fa != m_mapper.constEnd()) {
            response.insert(QStringLiteral("fa"), *fa);
            response.insert(QStringLiteral("status"), QStringLiteral("succ"));
            response.insert(QStringLiteral("status_reason_code"), QStringLiteral("succ.id.active"));
            ++usable;
        } else {
            // Not found is still a success of the lookup, with no address (as SPAR answers).
            response.insert(QStringLiteral("status"), QStringLiteral("succ"));
            response.insert(QStringLiteral("status_reason_code"), QStringLiteral("succ.id.not_found"));
            ++usable;
        }
        responses.append(response);
    }
    answer.insert(QStringLiteral("resolve_response"), responses);
    return envelope(header, usable == 0 && !requests.isEmpty() ? QStringLiteral("rjct.errors.too_many") : QString(),
                    usable, answer);
}

HubResponse G2pConnectApi::resolveLater(const QJsonObject& header, const QJsonObject& message)
{
    const auto acknowledgement = [](const QString& status, const QString& code, const QString& text) {
        QJsonObject ack{{QStringLiteral("ack_status"), status},
                        {QStringLiteral("timestamp"), nowText()},
                        {QStringLiteral("correlation_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        if (!code.isEmpty()) {
            ack.insert(QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), text}});
        }
        return HubResponse::json({{QStringLiteral("message"), ack}});
    };
    const QUrl callback(header.value(QStringLiteral("sender_uri")).toString(), QUrl::StrictMode);
    if (!callback.isValid() || (callback.scheme() != u"http" && callback.scheme() != u"https") ||
        callback.host().isEmpty()) {
        return acknowledgement(QStringLiteral("NACK"), QStringLiteral("rjct.sender_uri.invalid"),
                               QStringLiteral("an asynchronous resolve needs the sender_uri to answer to"));
    }
    const HubResponse answer = resolve(header, message);
    const QJsonObject answerHeader =
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("header")).toObject();
    const QString problem = answerHeader.value(QStringLiteral("status_reason_code")).toString();
    if (problem.startsWith(QLatin1String("rjct.")) && problem != u"rjct.errors.too_many") {
        return acknowledgement(QStringLiteral("NACK"), problem, QStringLiteral("the request's header was refused"));
    }
    // Answered a little later, from a thread of its own, as a mapper's worker would.
    const QUrl onResolve(callback.toString(QUrl::StripTrailingSlash) + QStringLiteral("/on-resolve"));
    const QByteArray body = answer.body;
    QThreadPool::globalInstance()->start([onResolve, body] {
        QThread::msleep(20);
        OneShotHttp::exchange(onResolve, "POST", {{"Content-Type", "application/json"}}, body, 10000);
    });
    return acknowledgement(QStringLiteral("ACK"), {}, {});
}
