#include "OfficerSession.h"

#include "hub/HubEndpoint.h"
#include "officers/OfficerRepository.h"
#include "settings/LocalSettings.h"

OfficerSession::OfficerSession(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

QList<Officer> OfficerSession::officers()
{
    return OfficerRepository(m_database).all();
}

void OfficerSession::actAs(const QString& officerId)
{
    m_officer = OfficerRepository(m_database).find(officerId);
    Q_EMIT officerChanged();
}

void OfficerSession::setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl)
{
    m_sandboxBulkUrl = bulkUrl;
    m_sandboxOperationsUrl = operationsUrl;
}

HubEndpoint OfficerSession::hubEndpoint(const QJsonObject& programSettings) const
{
    HubEndpoint endpoint = HubEndpoint::fromProgramSettings(programSettings, m_sandboxBulkUrl, m_sandboxOperationsUrl);
    LocalSettings().applyTo(&endpoint);
    return endpoint;
}
