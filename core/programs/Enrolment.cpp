#include "Enrolment.h"

#include "ProgramRepository.h"
#include "ProgramRuleSql.h"

#include "audit/AuditLog.h"
#include "officers/MakerChecker.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

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
    m_database.reserveCacheForBulkWork();
    DbTransaction transaction(m_database.connection());
    ProgramRuleSql rule;
    QString error;
    if (!transaction.isActive() || !ProgramRuleSql::build(m_database, *program, today, &rule, &error)) {
        result.error = tr("cannot read the registry: %1").arg(error.isEmpty() ? transaction.errorString() : error);
        return result;
    }
    const qint64 enrolledBefore = count(programId, &error);
    if (enrolledBefore < 0 || !applyChanges(programId, rule, &result, &error)) {
        result.error = tr("cannot update the enrolment: %1").arg(error);
        return result;
    }
    result.enrolled = count(programId, &error);

    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("program.enrol"), QStringLiteral("program"),
                                       QString::number(programId));
    entry.before = AuditEntry::state(QJsonObject{{QStringLiteral("enrolled"), enrolledBefore}});
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("enrolled"), result.enrolled},
                                                {QStringLiteral("joined"), result.joined},
                                                {QStringLiteral("left"), result.left}});
    if (result.enrolled < 0 || !AuditLog(m_database).append(entry, &error) || !transaction.commit()) {
        result.error = error.isEmpty() ? tr("cannot commit the enrolment: %1").arg(transaction.errorString()) : error;
        return result;
    }
    result.succeeded = true;
    return result;
}

qint64 Enrolment::count(qint64 programId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE program_id = ?"));
    query.addBindValue(programId);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

// Who no longer qualifies leaves, who newly qualifies joins: a sample of each read first, then
// one statement each.
bool Enrolment::applyChanges(qint64 programId, const ProgramRuleSql& rule, EnrolmentResult* result, QString* error)
{
    const QString leaving = QStringLiteral("FROM enrolment e JOIN beneficiary b ON b.id = e.beneficiary_id "
                                           "WHERE e.program_id = ? AND NOT (%1)")
                                .arg(rule.eligible);
    const QString joining = QStringLiteral("FROM beneficiary b WHERE %1 AND NOT EXISTS (SELECT 1 FROM enrolment e "
                                           "WHERE e.program_id = ? AND e.beneficiary_id = b.id)")
                                .arg(rule.eligible);
    const QVariantList leavingArguments = QVariantList{programId} + rule.eligibleArguments;
    const QVariantList joiningArguments = rule.eligibleArguments + QVariantList{programId};
    const QString sample = QStringLiteral("SELECT b.registry_id %1 ORDER BY b.id LIMIT %2");
    return readSample(sample.arg(leaving).arg(EnrolmentResult::kSampleSize), leavingArguments, &result->leftSample,
                      error) &&
           readSample(sample.arg(joining).arg(EnrolmentResult::kSampleSize), joiningArguments, &result->joinedSample,
                      error) &&
           change(QStringLiteral("DELETE FROM enrolment WHERE program_id = ? AND beneficiary_id IN (SELECT b.id %1)")
                      .arg(leaving),
                  QVariantList{programId} + leavingArguments, &result->left, error) &&
           change(QStringLiteral("INSERT INTO enrolment (program_id, beneficiary_id, enrolled_at) SELECT ?, b.id, ? %1")
                      .arg(joining),
                  QVariantList{programId, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)} +
                      joiningArguments,
                  &result->joined, error);
}

bool Enrolment::readSample(const QString& sql, const QVariantList& arguments, QStringList* sample, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& argument : arguments) {
        query.addBindValue(argument);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        sample->append(query.value(0).toString());
    }
    return true;
}

bool Enrolment::change(const QString& sql, const QVariantList& arguments, qint64* rows, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant& argument : arguments) {
        query.addBindValue(argument);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    *rows = query.numRowsAffected();
    return true;
}
