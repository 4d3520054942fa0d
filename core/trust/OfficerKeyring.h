#pragma once

#include "OfficerCredential.h"

#include <QHash>
#include <QString>

// The officers signed in on one database connection, with their keys: in the window, the one
// officer at the desk; in paydesk-cli, the officer the command acts as (--officer-key). An act
// in the name of an officer who is not here is refused (AuditLog::append).
class OfficerKeyring
{
public:
    void add(OfficerCredential credential) { m_credentials.insert(credential.officerId, std::move(credential)); }
    void remove(const QString& officerId) { m_credentials.remove(officerId); }
    void clear() { m_credentials.clear(); }
    const OfficerCredential* find(const QString& officerId) const
    {
        const auto found = m_credentials.constFind(officerId);
        return found == m_credentials.constEnd() ? nullptr : &found.value();
    }

private:
    QHash<QString, OfficerCredential> m_credentials;
};
