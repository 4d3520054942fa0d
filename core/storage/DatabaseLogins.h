#pragma once

#include "officers/OfficerRole.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

// Officers' own logins to a shared PostgreSQL database (passwords kept as SCRAM-SHA-256), each a
// member of the group role of their PayDesk role (paydesk_viewer, paydesk_maker, paydesk_checker,
// paydesk_administrator; migration 16): the database itself then refuses what their role may not
// do, and stamps each audit entry with who logged in. Made over a connection allowed to create
// roles (the administrator's, or the database owner's). There are no logins in a SQLite file.
class DatabaseLogins
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLogins)

public:
    explicit DatabaseLogins(Database& database);

    static QString groupOf(OfficerRole role);
    // A password for a new login: 24 random characters from the system's generator.
    static QString newPassword();

    // Creates officerId's login with password, in the group of role; refused when one exists.
    bool create(const QString& officerId, OfficerRole role, const QString& password, QString* error);
    // Moves an existing login to the group of role; nothing to do when there is no login.
    bool changeRole(const QString& officerId, OfficerRole role, QString* error);
    // An existing login can no longer connect; nothing to do when there is none.
    bool disable(const QString& officerId, QString* error);
    // Takes back a login just made (create) for an officer who was then not added.
    bool remove(const QString& officerId, QString* error);

private:
    // Whether officerId has a login (never on SQLite); nothing when it cannot be read.
    std::optional<bool> loginExists(const QString& officerId, QString* error);
    bool execute(const QString& statement, QString* error);
    QString identifier(const QString& name);

    Database& m_database;
};
