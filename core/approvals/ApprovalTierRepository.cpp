#include "ApprovalTierRepository.h"

#include "audit/AuditLog.h"
#include "officers/MakerChecker.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

ApprovalTierRepository::ApprovalTierRepository(Database& database) : m_database(database) {}

std::optional<ApprovalTiers> ApprovalTierRepository::tiersOf(qint64 programId, const Currency& currency, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT from_minor_units, checkers FROM approval_tier WHERE program_id = ? AND currency = ? "
                       "ORDER BY from_minor_units"));
    query.addBindValue(programId);
    query.addBindValue(currency.code());
    if (!query.exec()) {
        *error = tr("cannot read the approval tiers: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<ApprovalTiers::Tier> tiers;
    while (query.next()) {
        tiers.append({Money(query.value(0).toLongLong(), currency), query.value(1).toInt()});
    }
    return ApprovalTiers::fromTiers(std::move(tiers), error);
}

bool ApprovalTierRepository::save(qint64 programId, const Currency& currency, const ApprovalTiers& tiers,
                                  const Officer& officer, QString* error)
{
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::Prepare)) {
        *error = *refusal;
        return false;
    }
    if (!ProgramRepository(m_database).find(programId, error)) {
        return false;
    }
    const auto before = tiersOf(programId, currency, error);
    if (!before) {
        return false;
    }
    DbTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM approval_tier WHERE program_id = ? AND currency = ?"));
    query.addBindValue(programId);
    query.addBindValue(currency.code());
    if (!transaction.isActive() || !query.exec()) {
        *error = tr("cannot change the approval tiers: %1").arg(query.lastError().text());
        return false;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO approval_tier (program_id, currency, from_minor_units, checkers) VALUES (?, ?, ?, ?)"));
    for (const ApprovalTiers::Tier& tier : tiers.tiers()) {
        query.addBindValue(programId);
        query.addBindValue(currency.code());
        query.addBindValue(tier.from.minorUnits());
        query.addBindValue(tier.checkers);
        if (!query.exec()) {
            *error = tr("cannot change the approval tiers: %1").arg(query.lastError().text());
            return false;
        }
    }
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("program.approval_tiers"), QStringLiteral("program"),
                                       QString::number(programId));
    entry.before = AuditEntry::state(
        QJsonObject{{QStringLiteral("currency"), currency.code()}, {QStringLiteral("tiers"), before->toText()}});
    entry.after = AuditEntry::state(
        QJsonObject{{QStringLiteral("currency"), currency.code()}, {QStringLiteral("tiers"), tiers.toText()}});
    if (!AuditLog(m_database).append(entry, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}
