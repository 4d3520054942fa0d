#pragma once

#include "HubBatchList.h"
#include "HubEndpoint.h"
#include "HubError.h"

#include "domain/Clock.h"

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
    // clock: when the operations app's token runs out.
    explicit PaymentHubClient(HubEndpoint endpoint, const Clock& clock = Clock::system());

    // POST /batchtransactions with one multipart part; the hub batch id from the 202, or the error.
    std::variant<QString, HubError> submit(const QString& correlationId, const QByteArray& file,
                                           const QByteArray& signature);
    // Every batch of the tenant the operations API lists, read to the end (HubListReader), newest
    // first and back to `since` when the hub sorts by start (all of them without `since`); the
    // error when the list could not be read whole.
    std::variant<HubBatchList, HubError> listBatches(const QDateTime& since);
    // GET on the operations API (path with its query), with retries and backoff.
    std::variant<QJsonDocument, HubError> get(const QString& pathAndQuery);
    // The hub's clock at its last answer (its Date header); invalid when it gave none, or did not answer.
    QDateTime lastAnswerTime() const { return m_lastAnswerTime; }

private:
    std::optional<HubError> ensureToken();
    static HubError refusal(int status, const QByteArray& body);

    HubEndpoint m_endpoint;
    const Clock& m_clock;
    QList<QSslCertificate> m_extraCertificates;
    QByteArray m_token;
    QDateTime m_tokenExpires;
    QDateTime m_lastAnswerTime;
};
