#include "OfficerSession.h"

#include "officers/OfficerRepository.h"

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
