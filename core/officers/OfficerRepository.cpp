#include "OfficerRepository.h"

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "trust/TrustStore.h"

#include <QSqlError>
#include <QSqlQuery>

OfficerRepository::OfficerRepository(Database& database) : m_database(database) {}

bool OfficerRepository::insertRow(const QString& id, const QString& displayName, QString* error)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO officer (id, display_name) VALUES (?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(sqlText(displayName));
    if (!insert.exec()) {
        *error = tr("cannot add the officer: %1").arg(insert.lastError().text());
        return false;
    }
    return true;
}

std::optional<OfficerStandings> OfficerRepository::standings()
{
    m_problems.clear();
    TrustStore trust(m_database);
    QString error;
    auto anchor = trust.anchor(&error);
    if (!anchor) {
        m_problems.append(error);
        return std::nullopt;
    }
    OfficerStandings standings(*anchor, trust.certificates());
    bool anchored = false;
    for (const AuditEntry& entry :
         AuditLog(m_database).ofActions(QStringLiteral("officer."), {QStringLiteral("trust.anchor_installed")})) {
        anchored = anchored || entry.action == u"trust.anchor_installed";
        if (!anchored) {
            continue; // made before signatures: grants then were not signed, and count for nothing now
        }
        if (const QString problem = standings.check(entry); !problem.isEmpty()) {
            m_problems.append(problem);
        }
    }
    return standings;
}

std::optional<Officer> OfficerRepository::find(const QString& id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, display_name FROM officer WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    Officer officer{query.value(0).toString(), query.value(1).toString(), OfficerRole::Viewer, false};
    if (const auto replayed = standings()) {
        const OfficerStanding standing = replayed->standings().value(officer.id);
        officer.role = standing.role;
        officer.active = standing.active;
    }
    return officer;
}

QList<Officer> OfficerRepository::all()
{
    const auto replayed = standings();
    QList<Officer> officers;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT id, display_name FROM officer ORDER BY id"))) {
        while (query.next()) {
            Officer officer{query.value(0).toString(), query.value(1).toString(), OfficerRole::Viewer, false};
            if (replayed) {
                const OfficerStanding standing = replayed->standings().value(officer.id);
                officer.role = standing.role;
                officer.active = standing.active;
            }
            officers.append(officer);
        }
    }
    return officers;
}
