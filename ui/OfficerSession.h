#pragma once

#include "SecretKeeper.h"

#include "officers/Officer.h"

#include <QObject>
#include <QUrl>

#include <optional>

class Database;
class QJsonObject;
struct HubEndpoint;

// Who is acting in this window, and the secrets of this session. Until officers sign in (a later
// step), the officer is chosen from the officers of the database; every change is attributed to
// them in the audit log.
class OfficerSession : public QObject
{
    Q_OBJECT

public:
    explicit OfficerSession(Database& database, QObject* parent = nullptr);

    Database& database() { return m_database; }
    const std::optional<Officer>& officer() const { return m_officer; }
    QList<Officer> officers();
    void actAs(const QString& officerId);
    SecretKeeper& secrets() { return m_secrets; }
    // Where programs whose hub is "sandbox" are reached: the sandbox running in this PayDesk.
    void setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl);
    // A program's hub as this window reaches it: its settings, the sandbox's addresses for a
    // sandbox program, and this computer's CA certificates and deadline (LocalSettings).
    HubEndpoint hubEndpoint(const QJsonObject& programSettings) const;

Q_SIGNALS:
    void officerChanged();

private:
    Database& m_database;
    std::optional<Officer> m_officer;
    SecretKeeper m_secrets;
    QUrl m_sandboxBulkUrl;
    QUrl m_sandboxOperationsUrl;
};
