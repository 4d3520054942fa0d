#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace {

const QString kService = QStringLiteral("PayDesk");

// Runs a keychain job to its end (or the timeout) and says how it went.
CredentialStore::Answer finish(QKeychain::Job& job, int timeoutMs)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plaintext file instead of the keychain
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished) {
        loop.exec();
    }
    CredentialStore::Answer answer;
    if (!finished) {
        answer.error = CredentialStore::tr("the system keychain did not answer within %1 s").arg(timeoutMs / 1000);
        return answer;
    }
    switch (job.error()) {
    case QKeychain::NoError:
        answer.outcome = CredentialStore::Outcome::Done;
        break;
    case QKeychain::EntryNotFound:
        answer.outcome = CredentialStore::Outcome::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        answer.error =
            CredentialStore::tr("this computer has no system keychain PayDesk can use (%1)").arg(job.errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        answer.error = CredentialStore::tr("the system keychain refused access: %1").arg(job.errorString());
        break;
    default:
        answer.error = CredentialStore::tr("the system keychain cannot be used: %1").arg(job.errorString());
        break;
    }
    return answer;
}

} // namespace

CredentialStore::CredentialStore(int timeoutMs) : m_timeoutMs(timeoutMs) {}

CredentialStore::Answer CredentialStore::read(const QString& key) const
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    Answer answer = finish(job, m_timeoutMs);
    if (answer.outcome == Outcome::Done) {
        answer.secret = job.textData();
    }
    return answer;
}

CredentialStore::Answer CredentialStore::write(const QString& key, const QString& secret) const
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(secret);
    return finish(job, m_timeoutMs);
}

CredentialStore::Answer CredentialStore::remove(const QString& key) const
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    Answer answer = finish(job, m_timeoutMs);
    if (answer.outcome == Outcome::NotFound) {
        answer.outcome = Outcome::Done; // nothing to remove is removed
    }
    return answer;
}

QString CredentialStore::operationsPasswordKey(const QString& operationsUrl, const QString& user)
{
    return QStringLiteral("operations-app password: %1 at %2").arg(user, operationsUrl);
}

QString CredentialStore::databasePasswordKey(const QString& locationWithoutPassword)
{
    return QStringLiteral("database password: %1").arg(locationWithoutPassword);
}

QString CredentialStore::passphraseKey(const QString& keyFilePath)
{
    const QFileInfo file(keyFilePath);
    return QStringLiteral("private-key passphrase: %1")
        .arg(file.exists() ? file.canonicalFilePath() : file.absoluteFilePath());
}
