#pragma once

#include "HubEndpoint.h"
#include "HubError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSslCertificate>

#include <optional>
#include <variant>

// PayDesk's client of one Payment Hub EE tenant (reference payment-hub-ee.md §0-6): uploads a
// batch file once (never resent by the network layer), reads the operations API with retries and
// backoff, asks for an OAuth token when the endpoint has credentials. Blocking: call it from a
// worker thread or the command line.
class PaymentHubClient
{
    Q_DECLARE_TR_FUNCTIONS(PaymentHubClient)

public:
    explicit PaymentHubClient(HubEndpoint endpoint);

    // POST /batchtransactions with one multipart part; the hub batch id from the 202, or the error.
    std::variant<QString, HubError> submit(const QString& correlationId, const QByteArray& file, const QByteArray& signature);
    // The hub batch id of the batch sent with this correlation id, looking back to `since`:
    // empty when the hub has no such batch; the error when the ops API could not say.
    std::variant<QString, HubError> findBatch(const QString& correlationId, const QDateTime& since);
    // GET on the operations API (path with its query), with retries and backoff.
    std::variant<QJsonDocument, HubError> get(const QString& pathAndQuery);

private:
    std::optional<HubError> ensureToken();
    static HubError refusal(int status, const QByteArray& body);

    HubEndpoint m_endpoint;
    QList<QSslCertificate> m_extraCertificates;
    QByteArray m_token;
    QDateTime m_tokenExpires;
};
