#pragma once

#include "HubTenant.h"
#include "OutcomeRule.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// How the sandbox hub behaves (reference payment-hub-ee.md; DESIGN.md §4).
struct HubOptions
{
    QList<HubTenant> tenants;
    QStringList paymentModes = {QStringLiteral("MOJALOOP"), QStringLiteral("GSMA"), QStringLiteral("CLOSEDLOOP"),
                                QStringLiteral("SLCB")};
    qint64 maxFileBytes = 100000; // csv.size
    int subBatchSize = 5;         // config.splitting.sub-batch-size
    // Simulated milliseconds per real millisecond: 1 is the hub's own pace, 1000 makes a minute a
    // tenth of a second.
    double timeScale = 1.0;
    qint64 startDelayMs = 1000; // simulated: from acceptance to the first transfer starting
    qint64 staggerMs = 20;      // simulated: between two transfers starting
    qint64 transferMs = 2000;   // simulated: a transfer's duration
    QList<OutcomeRule> rules;   // the first that matches decides; else failShare at random
    double failShare = 0.0;     // 0..1
    quint32 seed = 1;
    bool authEnabled = false; // rest.authorization.enabled: /api/v1/** needs a token from /oauth/token
    QString payeeDfspId = QStringLiteral("payeefsp");
    // PEM: when set, the bulk processor speaks HTTPS with them, as the hub's does on 8443.
    QByteArray tlsCertificate;
    QByteArray tlsKey;
    // When set, MOJALOOP transfers are not simulated: each is carried by this Mojaloop SDK scheme
    // adapter's outbound API (POST /transfers: party lookup, quote and transfer in one call) and
    // ends as the switch decided (MojaloopConnector).
    QUrl mojaloopConnector;
    // G2P Connect's ID-to-account mapper: beneficiary id -> financial address (type:id@provider).
    QHash<QString, QString> mapper;
    // G2P Connect senders whose requests must carry a valid signature: sender_id -> Ed25519 public key (PEM).
    QHash<QString, QByteArray> g2pSenderKeys;

    // Reads the mapper's registry from a JSON object of id -> financial address; false when the
    // file cannot be read or is not one.
    bool readMapper(const QString& path)
    {
        QFile file(path);
        const QJsonDocument addresses =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()) : QJsonDocument();
        if (!addresses.isObject()) {
            return false;
        }
        const QJsonObject object = addresses.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            mapper.insert(it.key(), it.value().toString());
        }
        return true;
    }
    int mojaloopConcurrency = 4;   // transfers in flight at once
    int mojaloopTimeoutMs = 30000; // a switch slower than this failed the transfer
};
