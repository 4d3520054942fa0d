#include "HubSettings.h"

#include <array>
#include <utility>

namespace {

// Each text setting with its JSON key.
std::array<std::pair<const char*, QString HubSettings::*>, 12> textSettings()
{
    return {{{"hub", &HubSettings::hub},
             {"bulk_url", &HubSettings::bulkUrl},
             {"tenant", &HubSettings::tenant},
             {"payment_mode", &HubSettings::paymentMode},
             {"ops_url", &HubSettings::opsUrl},
             {"ops_user", &HubSettings::opsUser},
             {"party_lookup_url", &HubSettings::partyLookupUrl},
             {"mapper_url", &HubSettings::mapperUrl},
             {"mapper_callback_url", &HubSettings::mapperCallbackUrl},
             {"sender_id", &HubSettings::senderId},
             {"receiver_id", &HubSettings::receiverId},
             {"signing_key_id", &HubSettings::signingKeyId}}};
}

const QString kAllowPlainHttp = QStringLiteral("allow_plain_http");

} // namespace

HubSettings HubSettings::fromJson(const QJsonObject& json)
{
    HubSettings settings;
    settings.unknown = json;
    // A setting of another type than PayDesk's stays where it was, untouched.
    for (const auto& [key, member] : textSettings()) {
        const QString name = QString::fromLatin1(key);
        if (json.value(name).isString()) {
            settings.*member = json.value(name).toString();
            settings.unknown.remove(name);
        }
    }
    if (json.value(kAllowPlainHttp).isBool()) {
        settings.allowPlainHttp = json.value(kAllowPlainHttp).toBool();
        settings.unknown.remove(kAllowPlainHttp);
    }
    return settings;
}

QJsonObject HubSettings::toJson() const
{
    QJsonObject json = unknown;
    for (const auto& [key, member] : textSettings()) {
        if (!(this->*member).isEmpty()) {
            json.insert(QString::fromLatin1(key), this->*member);
        }
    }
    if (allowPlainHttp) {
        json.insert(kAllowPlainHttp, true);
    }
    return json;
}
