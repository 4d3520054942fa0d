#include "TestOfficers.h"

#include "batching/SigningKey.h"
#include "officers/OfficerAdministration.h"
#include "registry/RegistryImportParams.h"
#include "storage/Database.h"
#include "trust/CertificateAuthority.h"
#include "trust/OfficerKeyring.h"
#include "trust/OfficerSignIn.h"
#include "trust/TrustStore.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

namespace TestOfficers {

namespace {

// Everyone enrolled by this process, with their keys, per database location.
QHash<QString, OfficerKeyring>& enrolled()
{
    static QHash<QString, OfficerKeyring> keyrings;
    return keyrings;
}

} // namespace

bool anchor(Database& database, QString* error)
{
    std::shared_ptr<const SigningKey> key = SigningKey::generateEd25519(error);
    const auto certificate = key ? CertificateAuthority::makeAnchor(*key, administrator, 10, error) : std::nullopt;
    if (!certificate) {
        return false;
    }
    database.keyring().add(OfficerCredential{administrator, key, *certificate});
    return OfficerAdministration::initialize(database, administrator, QStringLiteral("Test Administrator"),
                                             *certificate, error);
}

bool enrol(Database& database, const Officer& officer, QString* error)
{
    std::shared_ptr<const SigningKey> key = SigningKey::generateEd25519(error);
    return key && enrol(database, officer, key, error);
}

bool enrol(Database& database, const Officer& officer, std::shared_ptr<const SigningKey> key, QString* error)
{
    if (!database.keyring().find(administrator)) {
        rejoin(database);
    }
    if (!TrustStore(database).anchor() && !anchor(database, error)) {
        return false;
    }
    const OfficerCredential* admin = database.keyring().find(administrator);
    if (!admin) {
        *error = QStringLiteral("the test administrator is not signed in on this connection");
        return false;
    }
    const auto certificate =
        key ? CertificateAuthority(*admin->key, admin->certificate).certify(officer.id, key->publicKeyPem(), 365, error)
            : std::nullopt;
    OfficerAdministration administration(database, administrator);
    if (!certificate || !administration.addOfficer(officer, error) ||
        !administration.certify(officer.id, *certificate, error) ||
        !OfficerSignIn::signIn(database, officer.id, key, error)) {
        return false;
    }
    enrolled()[database.location()] = database.keyring();
    return true;
}

bool signImport(RegistryImportParams& params, const Officer& officer, QString* error)
{
    if (!enrolled().value(params.databaseLocation).find(officer.id)) {
        const auto database = Database::open(params.databaseLocation, error);
        if (!database) {
            return false;
        }
        rejoin(*database);
        if (!enrol(*database, officer, error)) {
            return false;
        }
    }
    params.officer = officer.id;
    params.signers = enrolled().value(params.databaseLocation);
    return true;
}

void rejoin(Database& database)
{
    const auto found = enrolled().constFind(database.location());
    if (found != enrolled().constEnd()) {
        database.keyring() = found.value();
    }
}

QString keyFile(const QString& location, const QString& officerId)
{
    static QTemporaryDir folder;
    static QHash<QString, QString> written;
    const QString cacheKey = location + u'\n' + officerId;
    if (const auto found = written.constFind(cacheKey); found != written.constEnd()) {
        return found.value();
    }
    const OfficerCredential* credential = enrolled().value(location).find(officerId);
    QString error;
    const QByteArray pem = credential ? credential->key->encryptedPem(keyPassphrase, &error) : QByteArray();
    const QString path = folder.filePath(QStringLiteral("key-%1-%2.pem").arg(written.size()).arg(officerId));
    QFile file(path);
    if (pem.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size()) {
        qWarning("no key for %s: %s", qPrintable(officerId), qPrintable(error));
        return {};
    }
    written.insert(cacheKey, path);
    return path;
}

bool writeKey(Database& database, const QString& officerId, const QString& path, const QByteArray& passphrase,
              QString* error)
{
    const OfficerCredential* credential = database.keyring().find(officerId);
    const QByteArray pem = credential ? credential->key->encryptedPem(passphrase, error) : QByteArray();
    QFile file(path);
    if (pem.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size()) {
        *error = credential ? *error : QStringLiteral("%1 is not signed in").arg(officerId);
        return false;
    }
    return true;
}

} // namespace TestOfficers
