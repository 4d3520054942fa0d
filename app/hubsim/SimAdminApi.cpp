#include "SimAdminApi.h"

#include "HubSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

} // namespace

SimAdminApi::SimAdminApi(HubSimulator& simulator) : m_simulator(simulator) {}

HubResponse SimAdminApi::handle(const HubRequest& request)
{
    if (request.path == u"/sim/ledger" && request.method == "GET") {
        QJsonObject executions;
        const QHash<QString, int> ledger = m_simulator.ledger();
        for (auto it = ledger.cbegin(); it != ledger.cend(); ++it) {
            executions.insert(it.key(), it.value());
        }
        return HubResponse::json({{QStringLiteral("executions"), executions},
                                  {QStringLiteral("transfers"), double(m_simulator.transferCount())},
                                  {QStringLiteral("lostAnswers"), double(m_simulator.lostAnswers())}});
    }
    if (request.path == u"/sim/faults") {
        if (request.method == "POST") {
            QJsonParseError error;
            const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
            if (error.error != QJsonParseError::NoError) {
                return HubResponse::json({{QStringLiteral("error"), error.errorString()}}, 400);
            }
            const HubFaults faults = HubFaults::fromJson(body);
            m_simulator.setFaults(faults);
        }
        return HubResponse::json(m_simulator.faults().toJson());
    }
    if (request.path == u"/sim/rules" && request.method == "POST") {
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
        if (error.error != QJsonParseError::NoError) {
            return HubResponse::json({{QStringLiteral("error"), error.errorString()}}, 400);
        }
        QList<OutcomeRule> rules;
        for (const QJsonValue& value : body.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject object = value.toObject();
            OutcomeRule rule;
            for (const QJsonValue& id : object.value(QStringLiteral("payeeIds")).toArray()) {
                rule.payeeIds.append(id.toString());
            }
            const QString pattern = object.value(QStringLiteral("pattern")).toString();
            if (!pattern.isEmpty()) {
                rule.payeePattern.setPattern(QRegularExpression::anchoredPattern(pattern));
                if (!rule.payeePattern.isValid()) {
                    return HubResponse::json({{QStringLiteral("error"), rule.payeePattern.errorString()}}, 400);
                }
            }
            rule.errorCode = object.value(QStringLiteral("errorCode")).toString(rule.errorCode);
            rule.errorDescription = object.value(QStringLiteral("errorDescription")).toString(rule.errorDescription);
            rules.append(rule);
        }
        m_simulator.setRules(rules, qBound(0.0, body.value(QStringLiteral("failShare")).toDouble(), 1.0));
        return HubResponse::json({{QStringLiteral("rules"), int(rules.size())}});
    }
    if (request.path.startsWith(QLatin1String("/sim/files/")) && request.method == "GET") {
        const QByteArray file = m_simulator.resultFile(request.path.mid(11));
        HubResponse response;
        response.status = file.isNull() ? 404 : 200;
        response.body = file;
        response.contentType = "text/csv";
        return response;
    }
    return HubResponse::empty(404);
}
