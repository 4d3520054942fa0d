#include "EntitlementWriter.h"

#include "EntitlementState.h"

#include "domain/Beneficiary.h"
#include "storage/Database.h"

#include <QSqlError>

namespace {

constexpr int kRowsPerBatch = 10000;

} // namespace

EntitlementWriter::EntitlementWriter(Database& database, qint64 cycleId, const Program& program)
    : m_database(database), m_cycleId(cycleId), m_program(program), m_insert(database.connection())
{
    m_insert.prepare(
        QStringLiteral("INSERT INTO entitlement (cycle_id, beneficiary_id, amount_minor_units, currency, state) "
                       "VALUES (?, ?, ?, ?, ?)"));
}

std::optional<qsizetype> EntitlementWriter::writeNextBatch(GenerationResult& result)
{
    std::vector<EnrolledRow> rows;
    if (!readBatch(&rows, &result.error)) {
        return std::nullopt;
    }
    if (rows.empty()) {
        return 0;
    }
    m_lastId = rows.back().id;
    if (!entitle(rows, result)) {
        return std::nullopt;
    }
    return qsizetype(rows.size());
}

// The program's enrolled beneficiaries after the last batch's, with what the rule needs and
// whether the cycle already entitles them.
bool EntitlementWriter::readBatch(std::vector<EnrolledRow>* rows, QString* error)
{
    QSqlQuery batch(m_database.connection());
    batch.setForwardOnly(true);
    batch.prepare(
        QStringLiteral("SELECT b.id, b.household_size, b.region, "
                       "EXISTS (SELECT 1 FROM entitlement x WHERE x.cycle_id = ? AND x.beneficiary_id = b.id) "
                       "FROM enrolment e JOIN beneficiary b ON b.id = e.beneficiary_id WHERE e.program_id = ? AND b.id "
                       "> ? ORDER BY b.id LIMIT %1")
            .arg(kRowsPerBatch));
    batch.addBindValue(m_cycleId);
    batch.addBindValue(m_program.id);
    batch.addBindValue(m_lastId);
    if (!batch.exec()) {
        *error = tr("cannot read the enrolment: %1").arg(batch.lastError().text());
        return false;
    }
    while (batch.next()) {
        rows->push_back({batch.value(0).toLongLong(), batch.value(1).toInt(), batch.value(2).toString(),
                         batch.value(3).toInt() != 0});
    }
    return true;
}

// A draft entitlement for each row the cycle does not entitle yet and the rule gives an amount.
bool EntitlementWriter::entitle(const std::vector<EnrolledRow>& rows, GenerationResult& result)
{
    const QString currency = m_program.currency.code();
    const QString draft = entitlementStateName(EntitlementState::Draft);
    Beneficiary beneficiary;
    for (const EnrolledRow& row : rows) {
        if (row.hasEntitlement) {
            ++result.alreadyThere;
            continue;
        }
        beneficiary.householdSize = row.householdSize;
        beneficiary.region = row.region;
        const auto amount = m_program.rule.amountFor(beneficiary);
        if (!amount) {
            ++result.noAmount;
            continue;
        }
        m_insert.addBindValue(m_cycleId);
        m_insert.addBindValue(row.id);
        m_insert.addBindValue(amount->minorUnits());
        m_insert.addBindValue(currency);
        m_insert.addBindValue(draft);
        if (!m_insert.exec() || qAddOverflow(result.totalMinorUnits, amount->minorUnits(), &result.totalMinorUnits)) {
            result.error = tr("cannot write the entitlements: %1").arg(m_insert.lastError().text());
            return false;
        }
        ++result.created;
    }
    return true;
}
