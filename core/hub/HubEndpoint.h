#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// Where and how PayDesk reaches one Payment Hub EE tenant, or one G2P Connect disbursement
// receiver and its ID-to-account mapper.
struct HubEndpoint
{
    QUrl bulkUrl;       // the bulk processor: POST /batchtransactions; on G2P Connect, /disburse/sync/... under it
    QUrl operationsUrl; // the operations app: /api/v1/..., /oauth/token
    QUrl mapperUrl;     // G2P Connect's ID-to-account mapper: /mapper/sync/resolve under it
    QUrl mapperCallbackUrl; // set: the mapper is asked asynchronously (/mapper/resolve) and calls back here
    QString tenant;     // Platform-TenantId
    QString senderId = QStringLiteral("paydesk"); // G2P Connect's header sender_id and receiver_id
    QString receiverId;
    QString signingKeyId; // G2P Connect: set, every request is signed with the key registered under this id
    QString caFile;     // extra CA certificates (PEM) for a hub with a private CA; empty: the system's
    QString username;   // operations-app OAuth (password grant); empty: no token is asked for
    QString password;   // never stored with the program: the system keychain or the officer has it
    bool allowPlainHttp = false; // http:// to another computer (never needed for loopback)
    int timeoutMs = 30000;      // a whole exchange
    int opsAttempts = 4;        // reads of the ops API, with backoff between them
    int backoffMs = 500;        // first wait; doubled each time

    // A program's backend settings: tenant, bulk_url, ops_url, ops_user (Payment Hub EE); bulk_url,
    // mapper_url, mapper_callback_url, sender_id, receiver_id, signing_key_id (G2P Connect);
    // allow_plain_http (both: true lets http:// reach another computer); for a program that pays through PayDesk's
    // sandbox (hub "sandbox"), the running sandbox's addresses (empty when none runs).
    // A path under a base address that may carry a path of its own (a gateway's prefix, say).
    static QUrl under(const QUrl& base, const QString& pathAndQuery)
    {
        return QUrl(base.toString(QUrl::StripTrailingSlash) + pathAndQuery);
    }

    static HubEndpoint fromProgramSettings(const QJsonObject& settings, const QUrl& sandboxBulkUrl = {},
                                           const QUrl& sandboxOperationsUrl = {})
    {
        HubEndpoint endpoint;
        endpoint.tenant = settings.value(QStringLiteral("tenant")).toString();
        const bool sandbox = settings.value(QStringLiteral("hub")).toString() == u"sandbox";
        endpoint.bulkUrl = sandbox ? sandboxBulkUrl : QUrl(settings.value(QStringLiteral("bulk_url")).toString());
        endpoint.operationsUrl = sandbox ? sandboxOperationsUrl : QUrl(settings.value(QStringLiteral("ops_url")).toString());
        endpoint.mapperUrl = sandbox ? sandboxBulkUrl : QUrl(settings.value(QStringLiteral("mapper_url")).toString());
        endpoint.mapperCallbackUrl = QUrl(settings.value(QStringLiteral("mapper_callback_url")).toString());
        endpoint.senderId = settings.value(QStringLiteral("sender_id")).toString(endpoint.senderId);
        endpoint.receiverId = settings.value(QStringLiteral("receiver_id")).toString();
        endpoint.signingKeyId = settings.value(QStringLiteral("signing_key_id")).toString();
        endpoint.username = settings.value(QStringLiteral("ops_user")).toString();
        endpoint.allowPlainHttp = settings.value(QStringLiteral("allow_plain_http")).toBool();
        return endpoint;
    }
};
