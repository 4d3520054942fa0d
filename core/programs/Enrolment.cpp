#include "Enrolment.h"

#include "ProgramRepository.h"

#include "audit/AuditLog.h"
#include "domain/Beneficiary.h"
#include "officers/MakerChecker.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Every beneficiary id the eligibility admits, read in one pass over the registry.
bool eligibleIds(Database& database, const Eligibility& eligibility, const QDate& today, QList<qint64>* ids,
                 QHash<qint64, QString>* registryIds, QString* error)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, registry_id, active, region, household_size, birth_date FROM beneficiary"))) {
        *error = query.lastError().text();
        return false;
    }
    Beneficiary b;
    while (query.next()) {
        b.id = query.value(0).toLongLong();
        b.active = query.value(2).toInt() != 0;
        b.region = query.value(3).toString();
        b.householdSize = query.value(4).toInt();
        b.birthDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        if (eligibility.admits(b, today)) {
            ids->append(b.id);
            registryIds->insert(b.id, query.value(1).toString());
        }
    }
    return true;
}

} // namespace

Enrolment::Enrolment(Database& database) : m_database(database) {}

EnrolmentResult Enrolment::run(qint64 programId, const QDate& today, const Officer& officer)
{
    EnrolmentResult result;
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::Prepare)) {
        result.error = *refusal;
        return result;
    }
    const auto program = ProgramRepository(m_database).find(programId, &result.error);
    if (!program) {
        return result;
    }
    DbTransaction transaction(m_database.connection());
    QList<qint64> eligible;
    QHash<qint64, QString> registryIds;
    QString error;
    if (!transaction.isActive() ||
        !eligibleIds(m_database, program->eligibility, today, &eligible, &registryIds, &error)) {
        result.error = tr("cannot read the registry: %1").arg(error);
        return result;
    }
    QSqlQuery current(m_database.connection());
    current.setForwardOnly(true);
    current.prepare(QStringLiteral("SELECT e.beneficiary_id, b.registry_id FROM enrolment e "
                                   "JOIN beneficiary b ON b.id = e.beneficiary_id WHERE e.program_id = ?"));
    current.addBindValue(programId);
    if (!current.exec()) {
        result.error = tr("cannot read the enrolment: %1").arg(current.lastError().text());
        return result;
    }
    const QSet<qint64> eligibleSet(eligible.cbegin(), eligible.cend());
    QSet<qint64> enrolledSet;
    QList<qint64> leaving;
    while (current.next()) {
        const qint64 id = current.value(0).toLongLong();
        enrolledSet.insert(id);
        if (!eligibleSet.contains(id)) {
            leaving.append(id);
            if (result.leftSample.size() < EnrolmentResult::kSampleSize) {
                result.leftSample.append(current.value(1).toString());
            }
        }
    }
    QList<qint64> joining;
    for (const qint64 id : std::as_const(eligible)) {
        if (!enrolledSet.contains(id)) {
            joining.append(id);
        }
    }
    std::sort(joining.begin(), joining.end());
    for (const qint64 id : std::as_const(joining)) {
        if (result.joinedSample.size() >= EnrolmentResult::kSampleSize) {
            break;
        }
        result.joinedSample.append(registryIds.value(id));
    }

    if (!applyChanges(programId, leaving, joining, &result.error)) {
        return result;
    }
    result.joined = joining.size();
    result.left = leaving.size();
    result.enrolled = eligible.size();

    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("program.enrol"), QStringLiteral("program"),
                                       QString::number(programId));
    entry.before = AuditEntry::state(QJsonObject{{QStringLiteral("enrolled"), qint64(enrolledSet.size())}});
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("enrolled"), result.enrolled},
                                                {QStringLiteral("joined"), result.joined},
                                                {QStringLiteral("left"), result.left}});
    if (!AuditLog(m_database).append(entry, &error) || !transaction.commit()) {
        result.error = error.isEmpty() ? tr("cannot commit the enrolment: %1").arg(transaction.errorString()) : error;
        return result;
    }
    result.succeeded = true;
    return result;
}

// Who left the program's enrolment removed from it, who joined added.
bool Enrolment::applyChanges(qint64 programId, const QList<qint64>& leaving, const QList<qint64>& joining,
                             QString* error)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM enrolment WHERE program_id = ? AND beneficiary_id = ?"));
    for (const qint64 id : std::as_const(leaving)) {
        remove.addBindValue(programId);
        remove.addBindValue(id);
        if (!remove.exec()) {
            *error = tr("cannot update the enrolment: %1").arg(remove.lastError().text());
            return false;
        }
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO enrolment (program_id, beneficiary_id, enrolled_at) VALUES (?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const qint64 id : std::as_const(joining)) {
        insert.addBindValue(programId);
        insert.addBindValue(id);
        insert.addBindValue(now);
        if (!insert.exec()) {
            *error = tr("cannot update the enrolment: %1").arg(insert.lastError().text());
            return false;
        }
    }
    return true;
}
