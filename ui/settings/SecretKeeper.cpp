#include "SecretKeeper.h"

#include "SecretPrompt.h"

#include "batching/SigningKey.h"
#include "hub/HubEndpoint.h"

#include <QDir>

std::optional<QString> SecretKeeper::known(const QString& key)
{
    if (const auto found = m_session.constFind(key); found != m_session.cend()) {
        return *found;
    }
    const CredentialStore::Answer answer = m_store.read(key);
    m_keychainProblem = answer.outcome == CredentialStore::Outcome::Unavailable ? answer.error : QString();
    if (answer.outcome != CredentialStore::Outcome::Done) {
        return std::nullopt;
    }
    m_session.insert(key, answer.secret);
    return answer.secret;
}

std::optional<QString> SecretKeeper::asked(QWidget* parent, const QString& question, const QString& problem,
                                           bool* keepInKeychain)
{
    SecretPrompt prompt(question, problem, m_keychainProblem, parent);
    if (prompt.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    *keepInKeychain = prompt.keepInKeychain();
    return prompt.secret();
}

void SecretKeeper::forget(const QString& key)
{
    m_session.remove(key);
    m_store.remove(key);
}

void SecretKeeper::remember(const QString& key, const QString& secret, bool inKeychain)
{
    if (inKeychain) {
        keep(key, secret);
    } else {
        m_session.insert(key, secret);
    }
}

QString SecretKeeper::keep(const QString& key, const QString& secret)
{
    m_session.insert(key, secret);
    const CredentialStore::Answer answer = m_store.write(key, secret);
    if (answer.outcome == CredentialStore::Outcome::Done) {
        m_keychainProblem.clear();
        return tr("The password is in the system keychain.");
    }
    m_keychainProblem = answer.error;
    return tr("No system keychain can keep the password (%1): PayDesk keeps it until it closes and writes it nowhere.")
        .arg(answer.error);
}

bool SecretKeeper::completeEndpoint(QWidget* parent, HubEndpoint* endpoint)
{
    if (endpoint->username.isEmpty() || !endpoint->password.isEmpty()) {
        return true;
    }
    const auto password =
        secret(parent, CredentialStore::operationsPasswordKey(endpoint->operationsUrl.toString(), endpoint->username),
               tr("The password of %1 at the hub's operations app %2:")
                   .arg(endpoint->username, endpoint->operationsUrl.toString()));
    if (!password) {
        return false;
    }
    endpoint->password = *password;
    return true;
}

std::optional<QString> SecretKeeper::secret(QWidget* parent, const QString& key, const QString& question)
{
    if (const auto known = this->known(key)) {
        return known;
    }
    bool keepInKeychain = false;
    const auto answer = asked(parent, question, QString(), &keepInKeychain);
    if (answer) {
        remember(key, *answer, keepInKeychain);
    }
    return answer;
}

std::unique_ptr<SigningKey> SecretKeeper::openKey(QWidget* parent, const QString& path, QString* error)
{
    auto key = SigningKey::fromFile(path, {}, error);
    if (key || !SigningKey::fileHasPassphrase(path)) {
        return key;
    }
    const QString name = CredentialStore::passphraseKey(path);
    if (const auto passphrase = known(name)) {
        if ((key = SigningKey::fromFile(path, passphrase->toUtf8(), error))) {
            return key;
        }
        forget(name);
    }
    QString problem;
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool keepInKeychain = false;
        const auto passphrase =
            asked(parent, tr("The passphrase of the private key %1:").arg(QDir::toNativeSeparators(path)), problem,
                  &keepInKeychain);
        if (!passphrase) {
            *error = tr("the key's passphrase was not given");
            return nullptr;
        }
        if ((key = SigningKey::fromFile(path, passphrase->toUtf8(), error))) {
            remember(name, *passphrase, keepInKeychain);
            return key;
        }
        problem = tr("That passphrase does not open the key.");
    }
    return nullptr;
}
