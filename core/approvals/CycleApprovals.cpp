#include "CycleApprovals.h"

#include "ApprovalTierRepository.h"

#include "programs/EntitlementState.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

CycleApprovals::CycleApprovals(Database& database) : m_database(database) {}

std::optional<ApprovalStatus> CycleApprovals::status(qint64 cycleId, QString* error)
{
    const auto program = ProgramRepository(m_database).findOfCycle(cycleId, error);
    if (!program) {
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(amount_minor_units), 0) FROM entitlement WHERE cycle_id = ? AND state IN (?, ?)"));
    query.addBindValue(cycleId);
    query.addBindValue(entitlementStateName(EntitlementState::PendingValidation));
    query.addBindValue(entitlementStateName(EntitlementState::Approved));
    if (!query.exec() || !query.next()) {
        *error = tr("cannot read the cycle's total: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    ApprovalStatus status;
    status.total = Money(query.value(0).toLongLong(), program->currency);
    const auto tiers = ApprovalTierRepository(m_database).tiersOf(program->id, program->currency, error);
    if (!tiers) {
        return std::nullopt;
    }
    status.required = tiers->checkersFor(status.total);
    query.prepare(
        QStringLiteral("SELECT officer_id FROM cycle_approval WHERE cycle_id = ? AND voided_at = '' ORDER BY id"));
    query.addBindValue(cycleId);
    if (!query.exec()) {
        *error = tr("cannot read the cycle's approvals: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        status.approvers.append(query.value(0).toString());
    }
    return status;
}

std::optional<CycleSeal> CycleApprovals::approvedSeal(qint64 cycleId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT entitlements_sha256, payees_sha256 FROM cycle_approval WHERE cycle_id = ? "
                                 "AND voided_at = '' ORDER BY id DESC LIMIT 1"));
    query.addBindValue(cycleId);
    if (!query.exec()) {
        *error = tr("cannot read the cycle's approvals: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    return CycleSeal{query.value(0).toString(), query.value(1).toString()};
}

bool CycleApprovals::record(qint64 cycleId, const CycleSeal& seal, const QString& officerId, QString* error)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO cycle_approval (cycle_id, officer_id, entitlements_sha256, payees_sha256, approved_at) "
        "VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(cycleId), QVariant(officerId), QVariant(seal.entitlements), QVariant(seal.payees),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))}) {
        insert.addBindValue(value);
    }
    if (!insert.exec()) {
        *error = tr("cannot record the approval: %1").arg(insert.lastError().text());
        return false;
    }
    return true;
}

int CycleApprovals::voidOtherThan(qint64 cycleId, const CycleSeal& seal, const QString& reason, QString* error)
{
    QSqlQuery update(m_database.connection());
    update.prepare(
        QStringLiteral("UPDATE cycle_approval SET voided_at = ?, void_reason = ? WHERE cycle_id = ? AND voided_at = '' "
                       "AND (entitlements_sha256 <> ? OR payees_sha256 <> ?)"));
    for (const QVariant& value :
         {QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), QVariant(reason), QVariant(cycleId),
          QVariant(seal.entitlements), QVariant(seal.payees)}) {
        update.addBindValue(value);
    }
    if (!update.exec()) {
        *error = tr("cannot void the approvals: %1").arg(update.lastError().text());
        return -1;
    }
    return update.numRowsAffected();
}
