#pragma once

#include "credentials/CredentialStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

class QWidget;
class SigningKey;
struct HubEndpoint;

// The secrets of one window's session: what the system keychain holds, what the officer typed
// since PayDesk started (kept in memory only), and the question to the officer when neither has
// it (SecretPrompt), offering to keep the answer in the keychain once it proved right.
class SecretKeeper
{
    Q_DECLARE_TR_FUNCTIONS(SecretKeeper)

public:
    // The secret under key: this session's copy, the keychain's, or the officer's answer to
    // question (kept as the officer chose). Nothing when the officer cancels.
    std::optional<QString> secret(QWidget* parent, const QString& key, const QString& question);
    // Fills in the operations-app user's password when the program names a user and none is set.
    // False when the officer cancels.
    bool completeEndpoint(QWidget* parent, HubEndpoint* endpoint);
    // Opens a private key, asking for its passphrase when it has one (three tries); a passphrase
    // that opens it is kept as the officer chose.
    std::unique_ptr<SigningKey> openKey(QWidget* parent, const QString& path, QString* error);
    // Keeps a secret the officer typed (in the program form, say): in the keychain or, where none
    // answers, for this session only. Returns what to tell the officer.
    QString keep(const QString& key, const QString& secret);
    // A secret that proved wrong: gone from this session and the keychain, asked for next time.
    void forget(const QString& key);

private:
    // What the officer typed: in the keychain when they chose so, else for this session.
    void remember(const QString& key, const QString& secret, bool inKeychain);
    std::optional<QString> known(const QString& key);
    std::optional<QString> asked(QWidget* parent, const QString& question, const QString& problem,
                                 bool* keepInKeychain);

    CredentialStore m_store;
    QHash<QString, QString> m_session;
    QString m_keychainProblem; // why the keychain did not answer, the last time it was asked
};
