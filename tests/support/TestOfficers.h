#pragma once

#include "officers/Officer.h"

#include <QString>

#include <memory>

class Database;
class SigningKey;
struct RegistryImportParams;

// Officers for tests, as PayDesk trusts them: an administrator ("admin") whose anchor is made in
// memory and installed in the database, and officers the administrator adds with a role and
// whose fresh Ed25519 keys it certifies. Everyone stays signed in on that connection, so their
// acts are signed (Database::keyring).
namespace TestOfficers {

inline const QString administrator = QStringLiteral("admin");
// Who imports registries in tests that do not name an officer.
inline const Officer importer{QStringLiteral("importer"), QStringLiteral("Registry Importer"), OfficerRole::Maker,
                              true};

// Installs the anchor with the administrator signed in; false with error set.
bool anchor(Database& database, QString* error);
// Adds the officer (an administrator's act), certifies a new key and signs them in; installs the
// anchor first when the database has none.
bool enrol(Database& database, const Officer& officer, QString* error);
// The same with the officer's own key (an RSA key made by openssl, say) instead of a new one.
bool enrol(Database& database, const Officer& officer, std::shared_ptr<const SigningKey> key, QString* error);
// Makes params import in officer's name, signed with their key: the officer is enrolled in the
// database at params.databaseLocation the first time (the anchor installed first when missing).
bool signImport(RegistryImportParams& params, const Officer& officer, QString* error);
// Signs in again, on another connection to the same database, everyone this process enrolled there.
void rejoin(Database& database);
// The passphrase of the key files keyFile writes.
inline const QByteArray keyPassphrase = QByteArrayLiteral("test officer passphrase");
// A file holding the key this process enrolled officerId with in the database at location,
// encrypted with keyPassphrase (written once, in the temporary folder): what they sign in with.
// Empty when this process did not enrol them there.
QString keyFile(const QString& location, const QString& officerId);
// Writes the signed-in officer's key, encrypted with passphrase, to path (for paydesk-cli --officer-key).
bool writeKey(Database& database, const QString& officerId, const QString& path, const QByteArray& passphrase,
              QString* error);

} // namespace TestOfficers
