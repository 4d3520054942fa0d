#include "PartyLookupApi.h"

#include "HubSimulator.h"

#include <QJsonObject>

PartyLookupApi::PartyLookupApi(HubSimulator& simulator) : m_simulator(simulator) {}

bool PartyLookupApi::handles(const HubRequest& request)
{
    return request.method == "GET" && request.path.startsWith(QLatin1String("/parties/"));
}

HubResponse PartyLookupApi::handle(const HubRequest& request) const
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts); // parties, type, id
    if (parts.size() != 3 || parts.at(2).isEmpty()) {
        return HubResponse::json(
            {{QStringLiteral("errorInformation"),
              QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("3101")},
                          {QStringLiteral("errorDescription"), QStringLiteral("Malformed syntax")}}}},
            400);
    }
    const QString type = parts.at(1);
    const QString id = parts.at(2);
    for (const OutcomeRule& rule : m_simulator.options().rules) {
        if (rule.errorCode.startsWith(u'3') && rule.matches(id)) {
            // As the SDK answers a lookup the switch refused: 500, with the error deep inside.
            const QJsonObject error{{QStringLiteral("errorInformation"),
                                     QJsonObject{{QStringLiteral("errorCode"), rule.errorCode},
                                                 {QStringLiteral("errorDescription"), rule.errorDescription}}}};
            return HubResponse::json(
                {{QStringLiteral("message"), QStringLiteral("Got an error response resolving party")},
                 {QStringLiteral("statusCode"), rule.errorCode},
                 {QStringLiteral("mojaloopError"), error}},
                500);
        }
    }
    // As the SDK answers a party the switch found.
    const QJsonObject party{
        {QStringLiteral("partyIdInfo"), QJsonObject{{QStringLiteral("partyIdType"), type},
                                                    {QStringLiteral("partyIdentifier"), id},
                                                    {QStringLiteral("fspId"), QStringLiteral("sandboxfsp")}}}};
    return HubResponse::json({{QStringLiteral("party"), QJsonObject{{QStringLiteral("body"), party}}},
                              {QStringLiteral("currentState"), QStringLiteral("COMPLETED")}},
                             200);
}
