#include "CycleReport.h"

#include "audit/AuditEntry.h"
#include "audit/AuditWording.h"
#include "csv/CsvWriter.h"
#include "programs/CycleService.h"
#include "programs/CycleTotals.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"
#include "trust/AuditCheckpoints.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The payments of a cycle, found through its batches (payment_batch_idx).
const QString kCyclePayments = QStringLiteral("p.batch_id IN (SELECT id FROM payment_batch WHERE cycle_id = ?)");

} // namespace

std::optional<CycleReport> CycleReport::of(Database& database, qint64 cycleId, const QString& generatedBy,
                                           QString* error)
{
    CycleService cycles(database);
    const auto cycle = cycles.find(cycleId, error);
    const auto program = cycle ? ProgramRepository(database).find(cycle->programId, error) : std::nullopt;
    if (!program) {
        return std::nullopt;
    }
    CycleReport report;
    report.programName = program->name;
    report.cycleName = cycle->name;
    report.start = cycle->start;
    report.end = cycle->end;
    report.cycleState = cycleStateText(cycle->state);
    report.generatedBy = generatedBy;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.checkpoint = AuditCheckpoints(database).latest();
    const auto entitlements = cycles.totals(cycleId);
    const CycleTotals::Line approved =
        entitlements ? entitlements->byState.value(EntitlementState::Approved) : CycleTotals::Line();
    report.entitled = Money(approved.minorUnits, program->currency);
    report.entitledCount = approved.count;
    report.totals = DisbursementTotals::of(database, cycleId);
    const auto unpaid = UnpaidBeneficiaries::of(database, *program, cycleId, kListedUnpaid, error);
    if (!unpaid) {
        return std::nullopt;
    }
    report.unpaid = *unpaid;

    report.failureCount = report.totals.payments(QStringLiteral("failed"));
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.request_id, b.registry_id, b.region, p.payee_type, p.payee_address, "
                                 "p.amount_minor_units, p.failure_reason, "
                                 "EXISTS (SELECT 1 FROM payment n WHERE n.reissue_of = p.id) FROM payment p JOIN "
                                 "entitlement e ON e.id = p.entitlement_id "
                                 "JOIN beneficiary b ON b.id = e.beneficiary_id WHERE ") +
                  kCyclePayments +
                  QStringLiteral(" AND p.state = 'failed' ORDER BY p.id LIMIT %1").arg(kListedFailures));
    query.addBindValue(cycleId);
    if (!query.exec()) {
        *error = tr("cannot read the failed payments: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        report.failures.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString() + u':' + query.value(4).toString(),
                                Money(query.value(5).toLongLong(), program->currency), query.value(6).toString(),
                                query.value(7).toInt() != 0});
    }
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM payment_batch WHERE cycle_id = ?"));
    query.addBindValue(cycleId);
    if (!query.exec() || !query.next()) {
        *error = tr("cannot read the batches: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    report.batchCount = query.value(0).toLongLong();
    query.prepare(
        QStringLiteral("SELECT correlation_id, state, row_count, total_minor_units, sent_by, hub_batch_id FROM "
                       "payment_batch WHERE cycle_id = ? ORDER BY id LIMIT %1")
            .arg(kListedBatches));
    query.addBindValue(cycleId);
    if (!query.exec()) {
        *error = tr("cannot read the batches: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        report.batches.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                               Money(query.value(3).toLongLong(), program->currency), query.value(4).toString(),
                               query.value(5).toString()});
    }
    if (!readTrail(database, cycleId, report, error)) {
        return std::nullopt;
    }
    return report;
}

// The cycle's audit trail, each entry as a sentence (AuditWording).
bool CycleReport::readTrail(Database& database, qint64 cycleId, CycleReport& report, QString* error)
{
    AuditWording wording; // the names first: one query at a time on the connection
    if (!wording.load(database, error)) {
        return false;
    }
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT occurred_at, officer, action, after_state FROM audit_entry WHERE subject_type = 'cycle' "
                       "AND subject_id = ? ORDER BY sequence"));
    query.addBindValue(QString::number(cycleId));
    if (!query.exec()) {
        *error = tr("cannot read the audit log: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        AuditEntry entry;
        entry.officer = query.value(1).toString();
        entry.action = query.value(2).toString();
        entry.subjectType = QStringLiteral("cycle");
        entry.subjectId = QString::number(cycleId);
        entry.after = query.value(3).toString();
        report.trail.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs).toUTC(), entry.officer,
                             entry.action, wording.sentence(entry)});
    }
    return true;
}

Money CycleReport::amountIn(const QString& state) const
{
    qint64 minorUnits = 0;
    for (const DisbursementTotals::Row& row : totals.rows) {
        minorUnits += row.state == state && row.currency == entitled.currency() ? row.amount.minorUnits() : 0;
    }
    return Money(minorUnits, entitled.currency());
}

bool CycleReport::writePaymentsCsv(Database& database, qint64 cycleId, QIODevice* device, QString* error)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT p.request_id, b.registry_id, b.region, pb.correlation_id, p.payee_type, p.payee_address, "
                      "p.amount_minor_units, "
                      "p.currency, p.state, p.failure_reason, p.settled_at, COALESCE(f.request_id, '') FROM payment p "
                      "JOIN entitlement e ON e.id = p.entitlement_id JOIN beneficiary b ON b.id = e.beneficiary_id "
                      "JOIN payment_batch pb ON pb.id = p.batch_id LEFT JOIN payment f ON f.id = p.reissue_of WHERE ") +
                  kCyclePayments + QStringLiteral(" ORDER BY p.id"));
    query.addBindValue(cycleId);
    if (!query.exec()) {
        *error = tr("cannot read the payments: %1").arg(query.lastError().text());
        return false;
    }
    CsvWriter writer(device, ',', CsvWriter::Audience::People);
    bool written = writer.writeRecord(
        QStringList{QStringLiteral("request_id"), QStringLiteral("registry_id"), QStringLiteral("region"),
                    QStringLiteral("batch"), QStringLiteral("payee_type"), QStringLiteral("payee"),
                    QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("state"),
                    QStringLiteral("failure_reason"), QStringLiteral("settled_at"), QStringLiteral("pays_again")});
    while (written && query.next()) {
        const Currency currency = Currency::fromCode(query.value(7).toString());
        written = writer.writeRecord(QStringList{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toString(),
            Money(query.value(6).toLongLong(), currency).toDecimalString(), currency.code(), query.value(8).toString(),
            query.value(9).toString(), query.value(10).toString(), query.value(11).toString()});
    }
    if (!written) {
        *error = tr("cannot write the report: %1").arg(device->errorString());
        return false;
    }
    return true;
}
