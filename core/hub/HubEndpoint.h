#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// Where and how PayDesk reaches one Payment Hub EE tenant.
struct HubEndpoint
{
    QUrl bulkUrl;       // the bulk processor: POST /batchtransactions
    QUrl operationsUrl; // the operations app: /api/v1/..., /oauth/token
    QString tenant;     // Platform-TenantId
    QString caFile;     // extra CA certificates (PEM) for a hub with a private CA; empty: the system's
    QString username;   // operations-app OAuth (password grant); empty: no token is asked for
    QString password;
    int timeoutMs = 30000;      // a whole exchange
    int opsAttempts = 4;        // reads of the ops API, with backoff between them
    int backoffMs = 500;        // first wait; doubled each time

    // A program's Payment Hub EE settings: tenant, bulk_url, ops_url; for a program that pays
    // through PayDesk's sandbox (hub "sandbox"), the running sandbox's addresses (empty when none runs).
    static HubEndpoint fromProgramSettings(const QJsonObject& settings, const QUrl& sandboxBulkUrl = {},
                                           const QUrl& sandboxOperationsUrl = {})
    {
        HubEndpoint endpoint;
        endpoint.tenant = settings.value(QStringLiteral("tenant")).toString();
        const bool sandbox = settings.value(QStringLiteral("hub")).toString() == u"sandbox";
        endpoint.bulkUrl = sandbox ? sandboxBulkUrl : QUrl(settings.value(QStringLiteral("bulk_url")).toString());
        endpoint.operationsUrl = sandbox ? sandboxOperationsUrl : QUrl(settings.value(QStringLiteral("ops_url")).toString());
        return endpoint;
    }
};
