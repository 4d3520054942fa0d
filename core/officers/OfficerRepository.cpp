#include "OfficerRepository.h"

#include "audit/AuditLog.h"
#include "domain/PartyId.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"
#include "storage/SqlText.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Officer fromQuery(const QSqlQuery& query)
{
    return Officer{query.value(0).toString(), query.value(1).toString(),
                   officerRoleFromName(query.value(2).toString()).value_or(OfficerRole::Viewer), query.value(3).toInt() != 0};
}

} // namespace

OfficerRepository::OfficerRepository(Database& database)
    : m_database(database)
{
}

bool OfficerRepository::add(const Officer& officer, const QString& addedBy, QString* error)
{
    QString idError;
    if (!PartyId::create(PartyIdType::RegistryId, officer.id, &idError).isValid()) {
        *error = tr("\"%1\" is not an officer id: %2").arg(officer.id, idError);
        return false;
    }
    if (officer.displayName.trimmed().isEmpty()) {
        *error = tr("an officer needs a name");
        return false;
    }
    if (find(officer.id)) {
        *error = tr("there is already an officer %1").arg(officer.id);
        return false;
    }
    DbTransaction transaction(m_database.connection());
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO officer (id, display_name, role, active) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(officer.id);
    insert.addBindValue(sqlText(officer.displayName.trimmed()));
    insert.addBindValue(officerRoleName(officer.role));
    insert.addBindValue(officer.active ? 1 : 0);
    if (!transaction.isActive() || !insert.exec()) {
        *error = tr("cannot add the officer: %1").arg(insert.lastError().text());
        return false;
    }
    AuditEntry entry = AuditEntry::now(addedBy, QStringLiteral("officer.add"), QStringLiteral("officer"), officer.id);
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("name"), officer.displayName.trimmed()},
                                                {QStringLiteral("role"), officerRoleName(officer.role)}});
    if (!AuditLog(m_database).append(entry, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("cannot add the officer: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

bool OfficerRepository::changeRole(const QString& id, OfficerRole role, const QString& changedBy, QString* error)
{
    const auto officer = find(id);
    if (!officer) {
        *error = tr("there is no officer %1").arg(id);
        return false;
    }
    if (officer->role == role) {
        *error = tr("%1 is already a %2").arg(id, officerRoleName(role));
        return false;
    }
    DbTransaction transaction(m_database.connection());
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE officer SET role = ? WHERE id = ?"));
    update.addBindValue(officerRoleName(role));
    update.addBindValue(id);
    if (!transaction.isActive() || !update.exec()) {
        *error = tr("cannot change the officer's role: %1").arg(update.lastError().text());
        return false;
    }
    AuditEntry entry = AuditEntry::now(changedBy, QStringLiteral("officer.role"), QStringLiteral("officer"), id);
    entry.before = AuditEntry::state(QJsonObject{{QStringLiteral("role"), officerRoleName(officer->role)}});
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("role"), officerRoleName(role)}});
    if (!AuditLog(m_database).append(entry, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("cannot change the officer's role: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

std::optional<Officer> OfficerRepository::find(const QString& id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, display_name, role, active FROM officer WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return fromQuery(query);
}

QList<Officer> OfficerRepository::all()
{
    QList<Officer> officers;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT id, display_name, role, active FROM officer ORDER BY id"))) {
        while (query.next()) {
            officers.append(fromQuery(query));
        }
    }
    return officers;
}
