#include "CycleService.h"
#include "EntitlementWriter.h"

#include "ProgramRepository.h"

#include "approvals/CycleApprovals.h"
#include "assurance/CycleDiff.h"
#include "audit/AuditLog.h"
#include "i18n/DisplayFormat.h"
#include "officers/MakerChecker.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"
#include "storage/SqlText.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kCycleColumns =
    QStringLiteral("id, program_id, name, start_date, end_date, state, created_by, submitted_by, approved_by");

Cycle cycleFromQuery(const QSqlQuery& query)
{
    Cycle cycle;
    cycle.id = query.value(0).toLongLong();
    cycle.programId = query.value(1).toLongLong();
    cycle.name = query.value(2).toString();
    cycle.start = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    cycle.end = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    cycle.state = cycleStateFromName(query.value(5).toString()).value_or(CycleState::Cancelled);
    cycle.createdBy = query.value(6).toString();
    cycle.submittedBy = query.value(7).toString();
    cycle.approvedBy = query.value(8).toString();
    return cycle;
}

QJsonObject stateJson(CycleState state)
{
    return QJsonObject{{QStringLiteral("state"), cycleStateName(state)}};
}

} // namespace

CycleService::CycleService(Database& database, QObject* parent) : QObject(parent), m_database(database) {}

std::optional<Cycle> CycleService::find(qint64 cycleId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM cycle WHERE id = ?").arg(kCycleColumns));
    query.addBindValue(cycleId);
    if (!query.exec() || (!query.next() && query.lastError().isValid())) {
        *error = tr("cycle %1 could not be read: %2").arg(cycleId).arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.isValid()) {
        *error = tr("there is no cycle %1").arg(cycleId);
        return std::nullopt;
    }
    return cycleFromQuery(query);
}

QList<Cycle> CycleService::cyclesOf(qint64 programId)
{
    QList<Cycle> cycles;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM cycle WHERE program_id = ? ORDER BY start_date, id").arg(kCycleColumns));
    query.addBindValue(programId);
    if (query.exec()) {
        while (query.next()) {
            cycles.append(cycleFromQuery(query));
        }
    }
    return cycles;
}

std::optional<CycleTotals> CycleService::totals(qint64 cycleId)
{
    QString error;
    const auto cycle = find(cycleId, &error);
    const auto program = cycle ? ProgramRepository(m_database).find(cycle->programId, &error) : std::nullopt;
    if (!program) {
        return std::nullopt;
    }
    CycleTotals totals;
    totals.currency = program->currency;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state, COUNT(*), SUM(amount_minor_units) FROM entitlement WHERE cycle_id = ? "
                                 "GROUP BY state"));
    query.addBindValue(cycleId);
    if (!query.exec()) {
        return std::nullopt;
    }
    while (query.next()) {
        if (const auto state = entitlementStateFromName(query.value(0).toString())) {
            totals.byState.insert(*state, {query.value(1).toLongLong(), query.value(2).toLongLong()});
        }
    }
    return totals;
}

QList<EntitlementRow> CycleService::entitlements(qint64 cycleId, std::optional<EntitlementState> state, int limit,
                                                 int offset)
{
    QList<EntitlementRow> rows;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT e.id, b.registry_id, b.full_name, b.region, e.amount_minor_units, e.currency, e.state "
                       "FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                       "WHERE e.cycle_id = ?%1 ORDER BY b.registry_id LIMIT %2 OFFSET %3")
            .arg(state ? QStringLiteral(" AND e.state = ?") : QString())
            .arg(limit)
            .arg(offset));
    query.addBindValue(cycleId);
    if (state) {
        query.addBindValue(entitlementStateName(*state));
    }
    if (!query.exec()) {
        return rows;
    }
    while (query.next()) {
        rows.append(
            EntitlementRow{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(),
                           Money(query.value(4).toLongLong(), Currency::fromCode(query.value(5).toString())),
                           entitlementStateFromName(query.value(6).toString()).value_or(EntitlementState::Draft)});
    }
    return rows;
}

bool CycleService::audit(const Officer& officer, const QString& action, const Cycle& cycle, const QJsonObject& before,
                         const QJsonObject& after, QString* error)
{
    AuditEntry entry = AuditEntry::now(officer.id, action, QStringLiteral("cycle"), QString::number(cycle.id));
    entry.before = before.isEmpty() ? QString() : AuditEntry::state(before);
    entry.after = AuditEntry::state(after);
    return AuditLog(m_database).append(entry, error);
}

std::optional<Cycle> CycleService::create(qint64 programId, const QString& name, const QDate& start, const QDate& end,
                                          const Officer& officer, QString* error)
{
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::Prepare)) {
        *error = *refusal;
        return std::nullopt;
    }
    if (!ProgramRepository(m_database).find(programId, error)) {
        return std::nullopt;
    }
    if (name.trimmed().isEmpty() || !start.isValid() || !end.isValid() || end < start) {
        *error = tr("a cycle needs a name and a period whose end is not before its start");
        return std::nullopt;
    }
    DbTransaction transaction(m_database.connection());
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO cycle (program_id, name, start_date, end_date, state, created_by) "
                                  "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& value :
         {QVariant(programId), QVariant(name.trimmed()), QVariant(start.toString(Qt::ISODate)),
          QVariant(end.toString(Qt::ISODate)), QVariant(cycleStateName(CycleState::Draft)), QVariant(officer.id)}) {
        insert.addBindValue(value);
    }
    if (!transaction.isActive() || !insert.exec() || !insert.next()) {
        *error = tr("cannot create the cycle (is the name taken in this program?): %1").arg(insert.lastError().text());
        return std::nullopt;
    }
    Cycle cycle{
        insert.value(0).toLongLong(), programId, name.trimmed(), start, end, CycleState::Draft, officer.id, {}, {}};
    insert.finish();
    if (!audit(officer, QStringLiteral("cycle.create"), cycle, {},
               QJsonObject{{QStringLiteral("program"), programId},
                           {QStringLiteral("name"), cycle.name},
                           {QStringLiteral("start"), start.toString(Qt::ISODate)},
                           {QStringLiteral("end"), end.toString(Qt::ISODate)},
                           {QStringLiteral("state"), cycleStateName(CycleState::Draft)}},
               error) ||
        !transaction.commit()) {
        return std::nullopt;
    }
    return cycle;
}

GenerationResult CycleService::generate(qint64 cycleId, const Officer& officer)
{
    m_cancelled.store(false);
    GenerationResult result;
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::Prepare)) {
        result.error = *refusal;
        return result;
    }
    const auto cycle = find(cycleId, &result.error);
    const auto program = cycle ? ProgramRepository(m_database).find(cycle->programId, &result.error) : std::nullopt;
    if (!program) {
        return result;
    }
    if (cycle->state != CycleState::Draft) {
        result.error =
            tr("entitlements are generated in a draft cycle; this one is %1").arg(cycleStateText(cycle->state));
        return result;
    }
    m_database.reserveCacheForBulkWork();
    DbTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        result.error = tr("cannot read the enrolment: %1").arg(transaction.errorString());
        return result;
    }
    QSqlQuery count(m_database.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE program_id = ?"));
    count.addBindValue(cycle->programId);
    const qint64 enrolled = count.exec() && count.next() ? count.value(0).toLongLong() : 0;
    count.finish();

    EntitlementWriter writer(m_database, cycleId, *program);
    if (QString error; !writer.prepare(&error)) {
        result.error = tr("cannot read the registry: %1").arg(error);
        return result;
    }
    qint64 done = 0;
    for (;;) {
        const std::optional<qsizetype> read = writer.writeNextBatch(result);
        if (!read) {
            return result;
        }
        if (*read == 0) {
            break;
        }
        done += *read;
        if (m_cancelled.load()) {
            result.cancelled = true;
            result.error = tr("Generation was cancelled; the cycle is unchanged.");
            return result;
        }
        Q_EMIT progressChanged(done, enrolled);
    }
    Q_EMIT progressChanged(enrolled, enrolled);
    QString error;
    if (!audit(
            officer, QStringLiteral("cycle.generate"), *cycle, {},
            QJsonObject{{QStringLiteral("created"), result.created},
                        {QStringLiteral("already_there"), result.alreadyThere},
                        {QStringLiteral("no_amount"), result.noAmount},
                        {QStringLiteral("total"), Money(result.totalMinorUnits, program->currency).toDecimalString()},
                        {QStringLiteral("currency"), program->currency.code()}},
            &error) ||
        !transaction.commit()) {
        result.error =
            error.isEmpty() ? tr("cannot commit the entitlements: %1").arg(transaction.errorString()) : error;
        return result;
    }
    result.succeeded = true;
    return result;
}

bool CycleService::moveCycle(const Cycle& cycle, CycleState to, const QString& officerColumn, const QString& officerId,
                             QString* error)
{
    if (const auto refusal = CycleTransition::refusal(cycle.state, to)) {
        *error = *refusal;
        return false;
    }
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE cycle SET state = ?%1 WHERE id = ? AND state = ?")
                       .arg(officerColumn.isEmpty() ? QString() : QStringLiteral(", %1 = ?").arg(officerColumn)));
    update.addBindValue(cycleStateName(to));
    if (!officerColumn.isEmpty()) {
        update.addBindValue(sqlText(officerId));
    }
    update.addBindValue(cycle.id);
    update.addBindValue(cycleStateName(cycle.state));
    if (!update.exec()) {
        *error = tr("cannot change the cycle: %1").arg(update.lastError().text());
        return false;
    }
    if (update.numRowsAffected() != 1) {
        *error = tr("someone else changed this cycle meanwhile; look at it again");
        return false;
    }
    return true;
}

bool CycleService::moveEntitlements(qint64 cycleId, const QList<EntitlementState>& from, EntitlementState to,
                                    QString* error)
{
    QStringList placeholders;
    QSqlQuery update(m_database.connection());
    for (qsizetype i = 0; i < from.size(); ++i) {
        placeholders.append(QStringLiteral("?"));
    }
    update.prepare(QStringLiteral("UPDATE entitlement SET state = ? WHERE cycle_id = ? AND state IN (%1)")
                       .arg(placeholders.join(u',')));
    update.addBindValue(entitlementStateName(to));
    update.addBindValue(cycleId);
    for (const EntitlementState state : from) {
        Q_ASSERT(!EntitlementTransition::refusal(state, to)); // the lifecycle allows every move made here
        update.addBindValue(entitlementStateName(state));
    }
    if (!update.exec()) {
        *error = tr("cannot change the entitlements: %1").arg(update.lastError().text());
        return false;
    }
    return true;
}

bool CycleService::submit(qint64 cycleId, const Officer& officer, QString* error)
{
    const auto cycle = cycleFor(cycleId, officer, MakerChecker::Action::Prepare, error);
    const auto totals = cycle ? this->totals(cycleId) : std::nullopt;
    if (!totals) {
        return false;
    }
    if (totals->byState.value(EntitlementState::Draft).count == 0) {
        *error = tr("the cycle has no draft entitlements to submit; generate them first");
        return false;
    }
    DbTransaction transaction(m_database.connection());
    return transaction.isActive() &&
           moveCycle(*cycle, CycleState::ToApprove, QStringLiteral("submitted_by"), officer.id, error) &&
           moveEntitlements(cycleId, {EntitlementState::Draft}, EntitlementState::PendingValidation, error) &&
           audit(officer, QStringLiteral("cycle.submit"), *cycle, stateJson(cycle->state),
                 stateJson(CycleState::ToApprove), error) &&
           transaction.commit();
}

std::optional<QString> CycleService::budgetShortfall(const Cycle& cycle)
{
    QString unreadable;
    const auto program = ProgramRepository(m_database).find(cycle.programId, &unreadable);
    if (!program) {
        return tr("cannot read the program's budget: %1").arg(unreadable);
    }
    QSqlQuery committed(m_database.connection());
    // What the program's other cycles have approved already, and what this one asks for.
    committed.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(CASE WHEN e.cycle_id <> ? AND e.state = ? THEN e.amount_minor_units ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN e.cycle_id = ? AND e.state = ? THEN e.amount_minor_units ELSE 0 END), 0) "
        "FROM entitlement e JOIN cycle c ON c.id = e.cycle_id WHERE c.program_id = ?"));
    for (const QVariant& value :
         {QVariant(cycle.id), QVariant(entitlementStateName(EntitlementState::Approved)), QVariant(cycle.id),
          QVariant(entitlementStateName(EntitlementState::PendingValidation)), QVariant(cycle.programId)}) {
        committed.addBindValue(value);
    }
    if (!committed.exec() || !committed.next()) {
        return tr("cannot read the program's budget: %1").arg(committed.lastError().text());
    }
    const Money approved(committed.value(0).toLongLong(), program->currency);
    const Money asked(committed.value(1).toLongLong(), program->currency);
    const auto remaining = program->budget.minus(approved);
    if (!remaining || asked.minorUnits() > remaining->minorUnits()) {
        const Money shortBy(asked.minorUnits() - remaining.value_or(Money(0, program->currency)).minorUnits(),
                            program->currency);
        return tr("the budget cannot cover this cycle: it needs %1 %4, %2 %4 of the budget remains, %3 %4 short")
            .arg(DisplayFormat::amount(asked), DisplayFormat::amount(remaining.value_or(Money(0, program->currency))),
                 DisplayFormat::amount(shortBy), program->currency.code());
    }
    return std::nullopt;
}

std::optional<Cycle> CycleService::cycleFor(qint64 cycleId, const Officer& officer, MakerChecker::Action action,
                                            QString* error)
{
    const auto cycle = find(cycleId, error);
    if (!cycle) {
        return std::nullopt;
    }
    if (const auto refusal = MakerChecker::refusal(officer, action, cycle->submittedBy)) {
        *error = *refusal;
        return std::nullopt;
    }
    return cycle;
}

bool CycleService::approve(qint64 cycleId, const Officer& officer, QString* error)
{
    const auto cycle = cycleFor(cycleId, officer, MakerChecker::Action::Approve, error);
    if (!cycle) {
        return false;
    }
    DbTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    if (cycle->state != CycleState::ToApprove) {
        return moveCycle(*cycle, CycleState::Approved, QStringLiteral("approved_by"), officer.id, error) &&
               audit(officer, QStringLiteral("cycle.approve"), *cycle, stateJson(cycle->state),
                     stateJson(CycleState::Approved), error) &&
               transaction.commit();
    }
    if (officer.id == cycle->createdBy) {
        *error = tr("%1 made this cycle and cannot also approve it").arg(officer.id);
        return false;
    }
    if (const auto shortfall = budgetShortfall(*cycle)) {
        *error = *shortfall;
        return false;
    }
    if (!findingsAcknowledged(cycleId, officer, error)) {
        return false;
    }
    // Each checker approves the cycle as it stands; approvals of what it was before are void.
    CycleApprovals approvals(m_database);
    const auto seal = CycleSeal::of(m_database, cycleId, error);
    const int voided =
        seal ? approvals.voidOtherThan(cycleId, *seal, tr("the cycle changed before it was fully approved"), error)
             : -1;
    const auto status = voided >= 0 ? approvals.status(cycleId, error) : std::nullopt;
    if (!status) {
        return false;
    }
    if (status->approvers.contains(officer.id)) {
        *error = tr("%1 has already approved this cycle; it waits for %2 more checker(s)")
                     .arg(officer.id)
                     .arg(status->missing());
        return false;
    }
    if (!approvals.record(cycleId, *seal, officer.id, error)) {
        return false;
    }
    const QStringList approvers = status->approvers + QStringList{officer.id};
    // The approval is the checker's signature over the cycle's seal: the entry they sign names it.
    const QJsonObject progress{{QStringLiteral("approvers"), QJsonArray::fromStringList(approvers)},
                               {QStringLiteral("required"), status->required},
                               {QStringLiteral("total"), status->total.toDecimalString()},
                               {QStringLiteral("voided_before"), voided},
                               {QStringLiteral("entitlements_sha256"), seal->entitlements},
                               {QStringLiteral("payees_sha256"), seal->payees}};
    if (approvers.size() < status->required) {
        return audit(officer, QStringLiteral("cycle.approval_recorded"), *cycle, {}, progress, error) &&
               transaction.commit();
    }
    QJsonObject after = stateJson(CycleState::Approved);
    for (auto it = progress.constBegin(); it != progress.constEnd(); ++it) {
        after.insert(it.key(), it.value());
    }
    return moveCycle(*cycle, CycleState::Approved, QStringLiteral("approved_by"), officer.id, error) &&
           moveEntitlements(cycleId, {EntitlementState::PendingValidation}, EntitlementState::Approved, error) &&
           audit(officer, QStringLiteral("cycle.approve"), *cycle, stateJson(cycle->state), after, error) &&
           transaction.commit();
}

// What changed since the previous cycle is seen, and acknowledged by this checker, first.
bool CycleService::findingsAcknowledged(qint64 cycleId, const Officer& officer, QString* error)
{
    CycleDiff diff(m_database);
    const CycleDiffResult findings = diff.compare(cycleId);
    if (!findings.succeeded) {
        *error = findings.error;
        return false;
    }
    QString unreadable;
    if (findings.total() > 0 && !diff.isAcknowledged(cycleId, findings.fingerprint, officer.id, &unreadable)) {
        *error = unreadable.isEmpty()
                     ? tr("%1 has not acknowledged the cycle's %2 findings as they stand: look at them and "
                          "acknowledge them first (Findings… on the Cycles page)")
                           .arg(officer.id, QLocale().toString(findings.total()))
                     : unreadable;
        return false;
    }
    return true;
}

std::optional<ApprovalStatus> CycleService::approvalStatus(qint64 cycleId, QString* error)
{
    return CycleApprovals(m_database).status(cycleId, error);
}

bool CycleService::approvalHolds(qint64 cycleId, const Officer& officer, QString* error, const CycleSeal* current)
{
    const auto cycle = find(cycleId, error);
    if (!cycle) {
        return false;
    }
    if (cycle->state != CycleState::Approved) {
        *error = tr("cycle %1 is %2, not approved").arg(cycleId).arg(cycleStateText(cycle->state));
        return false;
    }
    CycleApprovals approvals(m_database);
    QString readError;
    const auto approved = approvals.approvedSeal(cycleId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (!approved) {
        return true; // approved before approvals were sealed: nothing to compare with
    }
    const auto seal = current ? std::optional<CycleSeal>(*current) : CycleSeal::of(m_database, cycleId, error);
    if (!seal) {
        return false;
    }
    if (*seal == *approved) {
        return true;
    }
    // Something the approval covered changed: the approval is void and the cycle waits for a new one.
    const QString reason = tr("%1 changed after the approval").arg(seal->changeSince(*approved));
    DbTransaction transaction(m_database.connection());
    QString failure;
    if (!transaction.isActive() || approvals.voidOtherThan(cycleId, *seal, reason, &failure) < 0 ||
        !moveCycle(*cycle, CycleState::ToApprove, QStringLiteral("approved_by"), QString(), &failure) ||
        !moveEntitlements(cycleId, {EntitlementState::Approved}, EntitlementState::PendingValidation, &failure) ||
        !audit(officer, QStringLiteral("cycle.approval_voided"), *cycle, stateJson(cycle->state),
               QJsonObject{{QStringLiteral("state"), cycleStateName(CycleState::ToApprove)},
                           {QStringLiteral("reason"), reason}},
               &failure) ||
        !transaction.commit()) {
        *error = tr("the approval of cycle %1 no longer holds (%2), and voiding it failed: %3")
                     .arg(cycleId)
                     .arg(reason, failure.isEmpty() ? transaction.errorString() : failure);
        return false;
    }
    *error = tr("the approval of cycle %1 is void: %2; the cycle is back to approve").arg(cycleId).arg(reason);
    return false;
}

bool CycleService::sendBack(qint64 cycleId, const Officer& officer, QString* error)
{
    const auto cycle = cycleFor(cycleId, officer, MakerChecker::Action::Approve, error);
    if (!cycle) {
        return false;
    }
    DbTransaction transaction(m_database.connection());
    return transaction.isActive() &&
           moveCycle(*cycle, CycleState::Draft, QStringLiteral("submitted_by"), QString(), error) &&
           moveEntitlements(cycleId, {EntitlementState::PendingValidation}, EntitlementState::Draft, error) &&
           audit(officer, QStringLiteral("cycle.send_back"), *cycle, stateJson(cycle->state),
                 stateJson(CycleState::Draft), error) &&
           transaction.commit();
}

bool CycleService::cancel(qint64 cycleId, const Officer& officer, QString* error)
{
    const auto cycle = cycleFor(cycleId, officer, MakerChecker::Action::Cancel, error);
    if (!cycle) {
        return false;
    }
    DbTransaction transaction(m_database.connection());
    return transaction.isActive() && moveCycle(*cycle, CycleState::Cancelled, QString(), QString(), error) &&
           moveEntitlements(cycleId,
                            {EntitlementState::Draft, EntitlementState::PendingValidation, EntitlementState::Approved},
                            EntitlementState::Cancelled, error) &&
           audit(officer, QStringLiteral("cycle.cancel"), *cycle, stateJson(cycle->state),
                 stateJson(CycleState::Cancelled), error) &&
           transaction.commit();
}
