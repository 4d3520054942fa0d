#pragma once

#include <QJsonObject>
#include <QString>

// A program's settings for its payment backend, as the program form and `paydesk-cli program`
// edit them. The database keeps them as JSON (program.backend_settings); fromJson and toJson are
// the one place that reads and writes it. Settings PayDesk does not know are kept as they are.
struct HubSettings
{
    // Both backends.
    QString hub;                 // "sandbox": PayDesk's own sandbox; empty: the addresses below
    QString bulkUrl;             // Payment Hub EE's bulk processor; G2P Connect's disbursement receiver
    bool allowPlainHttp = false; // http:// may reach another computer

    // Payment Hub EE.
    QString tenant;      // Platform-TenantId
    QString paymentMode; // MOJALOOP, GSMA, ...
    QString opsUrl;      // the operations app
    QString opsUser;     // the operations app's OAuth user; its password is in the keychain
    // Where payees are looked up before approval: a Mojaloop SDK scheme adapter's outbound API
    // (GET /parties/{type}/{id}); empty: not looked up. With hub "sandbox", the sandbox answers.
    QString partyLookupUrl;

    // G2P Connect.
    QString mapperUrl;
    QString mapperCallbackUrl;
    QString senderId; // empty: "paydesk"
    QString receiverId;
    QString signingKeyId;

    QJsonObject unknown; // settings written by another tool or version, kept as they were

    bool isSandbox() const { return hub == u"sandbox"; }
    QString senderIdOrDefault() const { return senderId.isEmpty() ? QStringLiteral("paydesk") : senderId; }
    QString paymentModeOrDefault() const
    {
        return paymentMode.isEmpty() ? QStringLiteral("MOJALOOP") : paymentMode.toUpper();
    }

    static HubSettings fromJson(const QJsonObject& json);
    // Only what is set: empty texts and a false allow_plain_http are left out.
    QJsonObject toJson() const;

    friend bool operator==(const HubSettings&, const HubSettings&) = default;
};
