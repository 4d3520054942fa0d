#pragma once

#include "domain/Clock.h"

#include "Officer.h"

#include <QCoreApplication>
#include <QString>

class Certificate;
class Database;

// An administrator's acts on the officers of a database, each an audit entry the administrator
// signs (their key must be in the database's keyring): the anchor's installation, adding an
// officer with a role, certifying an officer's key, changing a role, deactivating an officer and
// revoking a key. What the acts say is what OfficerRepository replays; nothing else grants a role.
class OfficerAdministration
{
    Q_DECLARE_TR_FUNCTIONS(OfficerAdministration)

public:
    // clock: what time it is when a certificate's validity is checked (the system's by default).
    OfficerAdministration(Database& database, QString administratorId, const Clock& clock = Clock::system());

    // The first act on a database: installs the anchor and records the administrator, whose
    // certificate (the anchor itself, or one the anchor issued for an administrator) is in the
    // keyring. Refused when the database has an anchor already.
    static bool initialize(Database& database, const QString& administratorId, const QString& displayName,
                           const Certificate& anchor, QString* error, const Clock& clock = Clock::system());

    bool addOfficer(const Officer& officer, QString* error);
    // Keeps and certifies a certificate of the officer's key: one the anchor issued for them.
    bool certify(const QString& officerId, const Certificate& certificate, QString* error);
    bool changeRole(const QString& officerId, OfficerRole role, QString* error);
    bool deactivate(const QString& officerId, QString* error);
    bool revokeKey(const QString& officerId, const QString& certificateFingerprint, QString* error);

private:
    bool actingAdministrator(QString* error);
    bool record(const QString& action, const QString& officerId, const QString& before, const QString& after,
                QString* error);

    Database& m_database;
    QString m_administratorId;
    const Clock& m_clock;
};
