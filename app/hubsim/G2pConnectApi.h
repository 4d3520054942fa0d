#pragma once

#include "HubRequest.h"
#include "HubResponse.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QString>

class HubSimulator;

// The sandbox's G2P Connect side (reference openg2p-payments.md §4, §6): the synchronous disburse
// (POST /disburse/sync/disburse), its status by reference_id list (POST
// /disburse/sync/txn/status) and the ID-to-account mapper's resolve (POST /mapper/sync/resolve),
// over the same simulated payments, ledger and outcome rules as the Payment Hub EE side. As in G2P
// Connect, what is wrong with a request is said in the answer's header (status "rjct" with a
// status_reason_code) and per item, not in the HTTP code; only a body that is not JSON gets a 400.
// The mapper's asynchronous resolve (POST /mapper/resolve) acknowledges the request (or refuses
// it, NACK, for what the header lacks) and posts the same answer to <sender_uri>/on-resolve.
// A refused disbursement is reported as refused by the status endpoint, and may be sent again.
// A sender with a public key must sign its disburse requests, the ones that move money
// (G2pConnectSignature): an unsigned or wrongly signed one is refused in the header with
// rjct.signature.invalid, the sandbox's own code.
// The faults of HubFaults apply to disburse as to the bulk upload: a 503 before anything is done,
// and a connection dropped after the request was taken.
class G2pConnectApi
{
public:
    // mapper: the mapper's registry, beneficiary id -> financial address; senderKeys: the senders
    // whose requests must be signed, with their Ed25519 public keys (PEM).
    G2pConnectApi(HubSimulator& simulator, QHash<QString, QString> mapper, QHash<QString, QByteArray> senderKeys);

    bool handles(const HubRequest& request) const;
    HubResponse handle(const HubRequest& request);

private:
    HubResponse disburse(const QJsonObject& header, const QJsonObject& message);
    HubResponse status(const QJsonObject& header, const QJsonObject& message);
    HubResponse resolve(const QJsonObject& header, const QJsonObject& message);
    // The asynchronous resolve: acknowledged at once, answered by a POST to <sender_uri>/on-resolve.
    HubResponse resolveLater(const QJsonObject& header, const QJsonObject& message);
    // The header's own faults (required fields, action, count, a message_id seen before), or empty.
    QString headerProblem(const QJsonObject& header, const QString& action, qsizetype items);

    HubSimulator& m_simulator;
    QHash<QString, QString> m_mapper;
    QHash<QString, QByteArray> m_senderKeys;
    QMutex m_mutex;
    QSet<QString> m_messageIds;
    QHash<QString, QString> m_refusals; // sender and reference_id -> why its disbursement was refused
};
