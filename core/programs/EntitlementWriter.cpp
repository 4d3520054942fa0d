#include "EntitlementWriter.h"

#include "EntitlementState.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int kRowsPerRange = 100000;

// Runs a prepared statement with its arguments, in order.
bool execWith(QSqlQuery& query, const QVariantList& arguments)
{
    for (const QVariant& argument : arguments) {
        query.addBindValue(argument);
    }
    return query.exec();
}

} // namespace

EntitlementWriter::EntitlementWriter(Database& database, qint64 cycleId, const Program& program)
    : m_database(database), m_cycleId(cycleId), m_program(program)
{
}

bool EntitlementWriter::prepare(QString* error)
{
    return ProgramRuleSql::build(m_database, m_program, QDate::currentDate(), &m_rule, error);
}

std::optional<qsizetype> EntitlementWriter::writeNextBatch(GenerationResult& result)
{
    qint64 upper = 0;
    qsizetype rows = 0;
    qint64 countBefore = 0;
    qint64 sumBefore = 0;
    qint64 countAfter = 0;
    qint64 sumAfter = 0;
    QString error;
    if (!nextRange(&upper, &rows, &error) ||
        (rows > 0 && (!entitled(upper, &countBefore, &sumBefore, &error) || !insert(upper, &error) ||
                      !entitled(upper, &countAfter, &sumAfter, &error)))) {
        result.error = tr("cannot write the entitlements: %1").arg(error);
        return std::nullopt;
    }
    if (rows == 0) {
        return 0;
    }
    m_lastId = upper;
    result.alreadyThere += countBefore;
    result.created += countAfter - countBefore;
    result.noAmount += rows - countAfter;
    if (qAddOverflow(result.totalMinorUnits, sumAfter - sumBefore, &result.totalMinorUnits)) {
        result.error = tr("cannot write the entitlements: their total is too large");
        return std::nullopt;
    }
    return rows;
}

// The last id of the next range of enrolled beneficiaries, and how many it holds.
bool EntitlementWriter::nextRange(qint64* upper, qsizetype* rows, QString* error)
{
    QSqlQuery range(m_database.connection());
    range.prepare(QStringLiteral("SELECT MAX(beneficiary_id), COUNT(*) FROM (SELECT beneficiary_id FROM enrolment "
                                 "WHERE program_id = ? AND beneficiary_id > ? ORDER BY beneficiary_id LIMIT %1) r")
                      .arg(kRowsPerRange));
    if (!execWith(range, {m_program.id, m_lastId}) || !range.next()) {
        *error = range.lastError().text();
        return false;
    }
    *upper = range.value(0).toLongLong();
    *rows = range.value(1).toLongLong();
    return true;
}

bool EntitlementWriter::entitled(qint64 upper, qint64* count, qint64* minorUnits, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(x.amount_minor_units), 0) FROM entitlement x "
                                 "JOIN enrolment e ON e.program_id = ? AND e.beneficiary_id = x.beneficiary_id "
                                 "WHERE x.cycle_id = ? AND x.beneficiary_id > ? AND x.beneficiary_id <= ?"));
    if (!execWith(query, {m_program.id, m_cycleId, m_lastId, upper}) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *count = query.value(0).toLongLong();
    *minorUnits = query.value(1).toLongLong();
    return true;
}

bool EntitlementWriter::insert(qint64 upper, QString* error)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral(
            "INSERT INTO entitlement (cycle_id, beneficiary_id, amount_minor_units, currency, state) "
            "SELECT ?, s.id, s.amount, ?, ? FROM (SELECT b.id, (%1) AS amount FROM enrolment e "
            "JOIN beneficiary b ON b.id = e.beneficiary_id "
            "WHERE e.program_id = ? AND e.beneficiary_id > ? AND e.beneficiary_id <= ? "
            "AND NOT EXISTS (SELECT 1 FROM entitlement x WHERE x.cycle_id = ? AND x.beneficiary_id = b.id)) s "
            "WHERE s.amount IS NOT NULL")
            .arg(m_rule.amount));
    const QVariantList arguments =
        QVariantList{m_cycleId, m_program.currency.code(), entitlementStateName(EntitlementState::Draft)} +
        m_rule.amountArguments + QVariantList{m_program.id, m_lastId, upper, m_cycleId};
    if (!execWith(insert, arguments)) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}
