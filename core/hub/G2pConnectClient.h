#pragma once

#include "HubEndpoint.h"
#include "HubError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QStringList>

#include <memory>
#include <variant>

class G2pConnectCallbackServer;
class SigningKey;

// PayDesk's client of a G2P Connect disbursement receiver and ID-to-account mapper (reference
// openg2p-payments.md §4, §6), synchronous endpoints: disburse (a frozen request, posted once and
// never resent by the network layer), txn/status by reference_id list, and the mapper's resolve.
// G2P Connect says what is wrong in the answer's header (status "rjct", status_reason_code), not
// in the HTTP code: both are read. Blocking: call it from a worker thread or the command line.
class G2pConnectClient
{
    Q_DECLARE_TR_FUNCTIONS(G2pConnectClient)

public:
    static constexpr int kMaxReferencesPerRequest = 500;

    explicit G2pConnectClient(HubEndpoint endpoint);
    ~G2pConnectClient();

    // Signs every request from now on (G2pConnectSignature) with this Ed25519 key, registered with
    // the receiver as keyId; nullptr: unsigned, as OpenG2P sends them.
    void setSigning(const SigningKey* key, const QString& keyId);

    // POST /disburse/sync/disburse: the answer's message when the receiver took the request, or had
    // taken every one of its disbursements before (each refused as a duplicate reference_id); a
    // definitive error when it refused the request; an uncertain one when it may have acted.
    std::variant<QJsonObject, HubError> disburse(const QByteArray& request);
    // POST /disburse/sync/txn/status for up to kMaxReferencesPerRequest reference ids: the answer's
    // message (message.txnstatus_response.txn_status.disbursements_status[]).
    std::variant<QJsonObject, HubError> status(const QStringList& referenceIds);
    // POST /mapper/sync/resolve for up to kMaxReferencesPerRequest beneficiary ids: the answer's
    // message (message.resolve_response[], one per id, each with its status and reason). With a
    // callback address (HubEndpoint::mapperCallbackUrl), POST /mapper/resolve instead, which the
    // mapper acknowledges, and wait (timeoutMs) for its answer at <callback>/on-resolve.
    std::variant<QJsonObject, HubError> resolve(const QStringList& ids);

    // The receiver's clock at its last answer (Date header); invalid when it gave none or did not answer.
    QDateTime lastAnswerTime() const { return m_lastAnswerTime; }

    // The statuses a txn/status answer's message holds (txnstatus_response.txn_status.disbursements_status).
    static QJsonArray statusesOf(const QJsonObject& statusMessage);
    // The reason of a refused item or header: "code message".
    static QString reasonOf(const QJsonObject& statusHolder);

private:
    // An envelope around message, with a new message_id.
    QByteArray request(const QString& action, qsizetype count, const QJsonObject& message,
                       const QString& senderUri = {}) const;
    // The asynchronous resolve: the acknowledged request's answer, as the mapper called back with it.
    std::variant<QJsonObject, HubError> resolveByCallback(const QString& transactionId, qsizetype count,
                                                          const QJsonObject& message);
    // The request as it is sent: signed when a key was given.
    std::variant<QByteArray, HubError> signedBody(const QByteArray& request) const;
    // POST and read the answer's JSON object; reads are tried again with backoff.
    std::variant<QJsonObject, HubError> post(const QUrl& url, const QByteArray& body, bool read);

    HubEndpoint m_endpoint;
    QList<QSslCertificate> m_extraCertificates;
    QDateTime m_lastAnswerTime;
    std::unique_ptr<G2pConnectCallbackServer> m_callbacks; // made on the first asynchronous resolve
    const SigningKey* m_signingKey = nullptr;
    QString m_keyId;
};
