#include "DatabaseLogins.h"

#include "Database.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

DatabaseLogins::DatabaseLogins(Database& database) : m_database(database) {}

QString DatabaseLogins::groupOf(OfficerRole role)
{
    return QStringLiteral("paydesk_") + officerRoleName(role);
}

QString DatabaseLogins::newPassword()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString password;
    for (int i = 0; i < 24; ++i) {
        password.append(alphabet.at(int(QRandomGenerator::system()->bounded(alphabet.size()))));
    }
    return password;
}

QString DatabaseLogins::identifier(const QString& name)
{
    return m_database.connection().driver()->escapeIdentifier(name, QSqlDriver::FieldName);
}

bool DatabaseLogins::execute(const QString& statement, QString* error)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(statement)) {
        *error = tr("the database refused: %1").arg(query.lastError().databaseText());
        return false;
    }
    return true;
}

std::optional<bool> DatabaseLogins::loginExists(const QString& officerId, QString* error)
{
    if (m_database.dialect().kind() != SqlDialect::Kind::PostgreSql) {
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(officerId);
    if (!query.exec() || !query.next()) {
        *error = tr("cannot read the database's logins: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toInt() > 0;
}

bool DatabaseLogins::create(const QString& officerId, OfficerRole role, const QString& password, QString* error)
{
    if (m_database.dialect().kind() != SqlDialect::Kind::PostgreSql) {
        *error = tr("a SQLite file has no logins: officers sign in with their keys alone");
        return false;
    }
    const auto found = loginExists(officerId, error);
    if (!found || *found) {
        if (found) {
            *error = tr("the database already has a login %1").arg(officerId);
        }
        return false;
    }
    // DDL takes no bound values: the password goes in as the server quotes it.
    QSqlQuery quoted(m_database.connection());
    quoted.prepare(QStringLiteral("SELECT quote_literal(?)"));
    quoted.addBindValue(password);
    if (!quoted.exec() || !quoted.next()) {
        *error = tr("cannot prepare the login: %1").arg(quoted.lastError().text());
        return false;
    }
    return execute(QStringLiteral("SET password_encryption = 'scram-sha-256'"), error) &&
           execute(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE %3")
                       .arg(identifier(officerId), quoted.value(0).toString(), groupOf(role)),
                   error);
}

bool DatabaseLogins::changeRole(const QString& officerId, OfficerRole role, QString* error)
{
    const auto found = loginExists(officerId, error);
    if (!found || !*found) {
        return found.has_value();
    }
    for (const OfficerRole other :
         {OfficerRole::Viewer, OfficerRole::Maker, OfficerRole::Checker, OfficerRole::Administrator}) {
        if (other != role &&
            !execute(QStringLiteral("REVOKE %1 FROM %2").arg(groupOf(other), identifier(officerId)), error)) {
            return false;
        }
    }
    return execute(QStringLiteral("GRANT %1 TO %2").arg(groupOf(role), identifier(officerId)), error);
}

bool DatabaseLogins::disable(const QString& officerId, QString* error)
{
    const auto found = loginExists(officerId, error);
    return found && (!*found || execute(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(identifier(officerId)), error));
}

bool DatabaseLogins::remove(const QString& officerId, QString* error)
{
    const auto found = loginExists(officerId, error);
    return found && (!*found || execute(QStringLiteral("DROP ROLE %1").arg(identifier(officerId)), error));
}
