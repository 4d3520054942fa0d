#pragma once

#include "settings/SecretKeeper.h"

#include "officers/Officer.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class Database;
struct HubSettings;
class SigningKey;
struct HubEndpoint;

// Who is signed in at this window, and the secrets of this session. An officer signs in with their
// own key (OfficerSignIn): only then does the window act, and every act is signed with that key.
// Signing out (or the idle lock) forgets the key; signing in as another officer signs the first out.
class OfficerSession : public QObject
{
    Q_OBJECT

public:
    explicit OfficerSession(Database& database, QObject* parent = nullptr);

    Database& database() { return m_database; }
    // The officer signed in, when there is one.
    const std::optional<Officer>& officer() const { return m_officer; }
    QList<Officer> officers();
    // Signs officerId in with their key; the officer signed in before is signed out. False with
    // error set (translated) when the key does not prove who they are.
    bool signIn(const QString& officerId, std::shared_ptr<const SigningKey> key, QString* error);
    void signOut();
    // The officer's standing may have changed (an administrator's act): read it again.
    void refreshOfficer();
    // Opens a connection of its own for a worker thread, with the signed-in officer's key on it:
    // the worker's acts are signed as the window's are.
    std::function<std::unique_ptr<Database>(QString* error)> connectionForWorker() const;
    SecretKeeper& secrets() { return m_secrets; }
    // Where programs whose hub is "sandbox" are reached: the sandbox running in this PayDesk.
    void setSandboxHub(const QUrl& bulkUrl, const QUrl& operationsUrl);
    // A program's hub as this window reaches it: its settings, the sandbox's addresses for a
    // sandbox program, and this computer's CA certificates and deadline (LocalSettings).
    HubEndpoint hubEndpoint(const HubSettings& programSettings) const;

Q_SIGNALS:
    void officerChanged();

private:
    Database& m_database;
    std::optional<Officer> m_officer;
    SecretKeeper m_secrets;
    QUrl m_sandboxBulkUrl;
    QUrl m_sandboxOperationsUrl;
};
