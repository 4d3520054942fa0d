#include "OfficerSession.h"

#include "hub/HubEndpoint.h"
#include "officers/OfficerRepository.h"
#include "settings/LocalSettings.h"
#include "storage/Database.h"
#include "trust/OfficerKeyring.h"
#include "trust/OfficerSignIn.h"

OfficerSession::OfficerSession(Database& database, QObject* parent) : QObject(parent), m_database(database) {}

QList<Officer> OfficerSession::officers()
{
    return OfficerRepository(m_database).all();
}

bool OfficerSession::signIn(const QString& officerId, std::shared_ptr<const SigningKey> key, QString* error)
{
    signOut();
    if (!OfficerSignIn::signIn(m_database, officerId, std::move(key), error)) {
        return false;
    }
    m_officer = OfficerRepository(m_database).find(officerId);
    Q_EMIT officerChanged();
    return true;
}

void OfficerSession::signOut()
{
    const bool wasSignedIn = m_officer.has_value();
    m_database.keyring().clear();
    m_officer.reset();
    if (wasSignedIn) {
        Q_EMIT officerChanged();
    }
}

void OfficerSession::refreshOfficer()
{
    if (m_officer) {
        m_officer = OfficerRepository(m_database).find(m_officer->id);
        Q_EMIT officerChanged();
    }
}

std::function<std::unique_ptr<Database>(QString* error)> OfficerSession::connectionForWorker() const
{
    return [location = m_database.location(), keyring = m_database.keyring()](QString* error) {
        auto database = Database::open(location, error);
        if (database) {
            database->keyring() = keyring;
        }
        return database;
    };
}

void OfficerSession::setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl)
{
    m_sandboxBulkUrl = bulkUrl;
    m_sandboxOperationsUrl = operationsUrl;
}

HubEndpoint OfficerSession::hubEndpoint(const HubSettings& programSettings) const
{
    HubEndpoint endpoint = HubEndpoint::fromProgramSettings(programSettings, m_sandboxBulkUrl, m_sandboxOperationsUrl);
    LocalSettings().applyTo(&endpoint);
    return endpoint;
}
