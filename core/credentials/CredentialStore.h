#pragma once

#include <QCoreApplication>
#include <QString>

// The secrets PayDesk must not keep in its database, its settings or its logs — operations-app
// passwords and private-key passphrases — live in the system's keychain (Windows Credential
// Manager, the macOS Keychain, the Secret Service of GNOME or KDE on Linux), through QtKeychain,
// under the service "PayDesk". Where no keychain answers, nothing is written anywhere: the caller
// is told (Unavailable, with the keychain's reason) and asks the officer instead. Calls block until
// the keychain answers (at most a timeout), so they belong in a worker or behind a dialog.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    enum class Outcome
    {
        Done,        // read: the secret is in `secret`; write, remove: done
        NotFound,    // the keychain answers but holds nothing under the key
        Unavailable, // no keychain answers here (or it refused): see `error`
    };
    struct Answer
    {
        Outcome outcome = Outcome::Unavailable;
        QString secret;
        QString error;
    };

    explicit CredentialStore(int timeoutMs = 20000);

    Answer read(const QString& key) const;
    Answer write(const QString& key, const QString& secret) const;
    Answer remove(const QString& key) const;

    // The keys PayDesk uses: the password of an operations-app user, a private key's passphrase.
    static QString operationsPasswordKey(const QString& operationsUrl, const QString& user);
    static QString passphraseKey(const QString& keyFilePath);
    static QString databasePasswordKey(const QString& locationWithoutPassword);

private:
    int m_timeoutMs;
};
