#include "ReleasePolicyRepository.h"

#include "audit/AuditLog.h"
#include "officers/MakerChecker.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QJsonObject toJson(const ReleasePolicy& policy)
{
    return QJsonObject{{QStringLiteral("sign_off_required"), policy.signOffRequired},
                       {QStringLiteral("pilot_payments"), policy.pilotPayments},
                       {QStringLiteral("pilot_max_failed_per_mille"), policy.pilotMaxFailedPerMille}};
}

} // namespace

ReleasePolicyRepository::ReleasePolicyRepository(Database& database) : m_database(database) {}

std::optional<ReleasePolicy> ReleasePolicyRepository::policyOf(qint64 programId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT sign_off_required, pilot_payments, pilot_max_failed_per_mille FROM release_policy "
                       "WHERE program_id = ?"));
    query.addBindValue(programId);
    if (!query.exec()) {
        *error = tr("cannot read the release policy: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    ReleasePolicy policy;
    if (query.next()) {
        policy.signOffRequired = query.value(0).toInt() != 0;
        policy.pilotPayments = query.value(1).toInt();
        policy.pilotMaxFailedPerMille = query.value(2).toInt();
    }
    return policy;
}

bool ReleasePolicyRepository::save(qint64 programId, const ReleasePolicy& policy, const Officer& officer,
                                   QString* error)
{
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::Prepare)) {
        *error = *refusal;
        return false;
    }
    if (policy.pilotPayments < 0 || policy.pilotMaxFailedPerMille < 0 || policy.pilotMaxFailedPerMille > 1000) {
        *error = tr("a pilot has zero or more payments, and allows 0 to 100 % of them to fail");
        return false;
    }
    const auto before =
        ProgramRepository(m_database).find(programId, error) ? policyOf(programId, error) : std::nullopt;
    if (!before) {
        return false;
    }
    DbTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM release_policy WHERE program_id = ?"));
    query.addBindValue(programId);
    const bool deleted = transaction.isActive() && query.exec();
    query.prepare(QStringLiteral(
        "INSERT INTO release_policy (program_id, sign_off_required, pilot_payments, pilot_max_failed_per_mille) "
        "VALUES (?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(programId), QVariant(policy.signOffRequired ? 1 : 0),
                                  QVariant(policy.pilotPayments), QVariant(policy.pilotMaxFailedPerMille)}) {
        query.addBindValue(value);
    }
    if (!deleted || !query.exec()) {
        *error = tr("cannot save the release policy: %1").arg(query.lastError().text());
        return false;
    }
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("program.release_policy"), QStringLiteral("program"),
                                       QString::number(programId));
    entry.before = AuditEntry::state(toJson(*before));
    entry.after = AuditEntry::state(toJson(policy));
    if (!AuditLog(m_database).append(entry, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}
