#pragma once

#include "domain/Clock.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class Database;
class SigningKey;

// Signing in: an officer proves who they are with their private key. The key must match a
// certificate of theirs that the anchor issued, is valid now, was certified by an administrator
// and not revoked, and the officer must be active. Then the officer's credential joins the
// database's keyring (their acts are signed with it) and a signed checkpoint of the audit log is
// taken. Refusals are translated and say which of these failed.
class OfficerSignIn
{
    Q_DECLARE_TR_FUNCTIONS(OfficerSignIn)

public:
    // clock: when "now" is, for the certificate's validity.
    static bool signIn(Database& database, const QString& officerId, std::shared_ptr<const SigningKey> key,
                       QString* error, const Clock& clock = Clock::system());
};
