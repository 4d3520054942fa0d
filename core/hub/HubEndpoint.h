#pragma once

#include "HubSettings.h"

#include <QString>
#include <QUrl>

// Where and how PayDesk reaches one Payment Hub EE tenant, or one G2P Connect disbursement
// receiver and its ID-to-account mapper.
struct HubEndpoint
{
    QUrl bulkUrl;           // the bulk processor: POST /batchtransactions; on G2P Connect, /disburse/sync/... under it
    QUrl operationsUrl;     // the operations app: /api/v1/..., /oauth/token
    QUrl mapperUrl;         // G2P Connect's ID-to-account mapper: /mapper/sync/resolve under it
    QUrl mapperCallbackUrl; // set: the mapper is asked asynchronously (/mapper/resolve) and calls back here
    QUrl partyLookupUrl;    // where payees are looked up before approval: /parties/{type}/{id} under it
    QString tenant;         // Platform-TenantId
    QString senderId = QStringLiteral("paydesk"); // G2P Connect's header sender_id and receiver_id
    QString receiverId;
    QString signingKeyId;        // G2P Connect: set, every request is signed with the key registered under this id
    QString caFile;              // extra CA certificates (PEM) for a hub with a private CA; empty: the system's
    QString username;            // operations-app OAuth (password grant); empty: no token is asked for
    QString password;            // never stored with the program: the system keychain or the officer has it
    bool allowPlainHttp = false; // http:// to another computer (never needed for loopback)
    int timeoutMs = 30000;       // a whole exchange
    int opsAttempts = 4;         // reads of the ops API, with backoff between them
    int backoffMs = 500;         // first wait; doubled each time

    // A path under a base address that may carry a path of its own (a gateway's prefix, say).
    static QUrl under(const QUrl& base, const QString& pathAndQuery)
    {
        return QUrl(base.toString(QUrl::StripTrailingSlash) + pathAndQuery);
    }

    // Where a program's settings say its backend is; for a program that pays through PayDesk's
    // sandbox (hub "sandbox"), the running sandbox's addresses (empty when none runs).
    static HubEndpoint fromProgramSettings(const HubSettings& settings, const QUrl& sandboxBulkUrl = {},
                                           const QUrl& sandboxOperationsUrl = {})
    {
        HubEndpoint endpoint;
        endpoint.tenant = settings.tenant;
        const bool sandbox = settings.isSandbox();
        endpoint.bulkUrl = sandbox ? sandboxBulkUrl : QUrl(settings.bulkUrl);
        endpoint.operationsUrl = sandbox ? sandboxOperationsUrl : QUrl(settings.opsUrl);
        endpoint.mapperUrl = sandbox ? sandboxBulkUrl : QUrl(settings.mapperUrl);
        endpoint.mapperCallbackUrl = QUrl(settings.mapperCallbackUrl);
        endpoint.partyLookupUrl = settings.partyLookupUrl.isEmpty() ? QUrl()
                                  : sandbox                         ? sandboxBulkUrl
                                                                    : QUrl(settings.partyLookupUrl);
        endpoint.senderId = settings.senderIdOrDefault();
        endpoint.receiverId = settings.receiverId;
        endpoint.signingKeyId = settings.signingKeyId;
        endpoint.username = settings.opsUser;
        endpoint.allowPlainHttp = settings.allowPlainHttp;
        return endpoint;
    }
};
