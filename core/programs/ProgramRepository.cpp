#include "ProgramRepository.h"

#include "audit/AuditLog.h"
#include "officers/MakerChecker.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"
#include "storage/SqlText.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral(
    "id, name, currency, entitlement_rule, eligibility, payer_id_type, payer_id, payee_id_type, backend, "
    "backend_settings, max_batch_rows, max_file_bytes, budget_minor_units, created_by");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

std::optional<Program> fromQuery(const QSqlQuery& query)
{
    Program program;
    program.id = query.value(0).toLongLong();
    program.name = query.value(1).toString();
    program.currency = Currency::fromCode(query.value(2).toString());
    QString error;
    const auto rule = EntitlementRule::fromJson(parse(query.value(3).toString()), &error);
    const auto payerType = partyIdTypeFromName(query.value(5).toString());
    const auto payeeType = partyIdTypeFromName(query.value(7).toString());
    const auto backend = paymentBackendFromName(query.value(8).toString());
    if (!rule || !payerType || !payeeType || !backend) {
        return std::nullopt; // written by a newer PayDesk or damaged: not a program this version can run
    }
    program.rule = *rule;
    program.eligibility = Eligibility::fromJson(parse(query.value(4).toString()));
    program.payer = PartyId::create(*payerType, query.value(6).toString());
    program.payeeIdType = *payeeType;
    program.backend = *backend;
    program.hubSettings = HubSettings::fromJson(parse(query.value(9).toString()));
    program.maxBatchRows = query.value(10).toInt();
    program.maxFileBytes = query.value(11).toLongLong();
    program.budget = Money(query.value(12).toLongLong(), program.currency);
    program.createdBy = query.value(13).toString();
    return program;
}

} // namespace

ProgramRepository::ProgramRepository(Database& database) : m_database(database) {}

QJsonObject ProgramRepository::toJson(const Program& program)
{
    return QJsonObject{{QStringLiteral("name"), program.name},
                       {QStringLiteral("currency"), program.currency.code()},
                       {QStringLiteral("entitlement_rule"), program.rule.toJson()},
                       {QStringLiteral("eligibility"), program.eligibility.toJson()},
                       {QStringLiteral("payer_id_type"), partyIdTypeName(program.payer.type())},
                       {QStringLiteral("payer_id"), program.payer.value()},
                       {QStringLiteral("payee_id_type"), partyIdTypeName(program.payeeIdType)},
                       {QStringLiteral("backend"), paymentBackendName(program.backend)},
                       {QStringLiteral("backend_settings"), program.hubSettings.toJson()},
                       {QStringLiteral("max_batch_rows"), program.maxBatchRows},
                       {QStringLiteral("max_file_bytes"), program.maxFileBytes},
                       {QStringLiteral("budget"), program.budget.toDecimalString()}};
}

bool ProgramRepository::save(Program& program, const Officer& officer, QString* error)
{
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::Prepare)) {
        *error = *refusal;
        return false;
    }
    if (!program.validate(error)) {
        return false;
    }
    std::optional<Program> before;
    if (program.id != 0) {
        before = find(program.id, error);
        if (!before) {
            return false;
        }
        program.createdBy = before->createdBy;
    } else {
        program.createdBy = officer.id;
    }
    DbTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM program WHERE name = ? AND id <> ?"));
    query.addBindValue(program.name.trimmed());
    query.addBindValue(program.id);
    if (!transaction.isActive() || !query.exec()) {
        *error = tr("cannot save the program: %1")
                     .arg(transaction.isActive() ? query.lastError().text() : transaction.errorString());
        return false;
    }
    if (query.next()) {
        *error = tr("there is already a program named %1").arg(program.name.trimmed());
        return false;
    }
    query.finish();
    if (!writeRow(program, error)) {
        return false;
    }
    if (!before || before->payer != program.payer) {
        // Whoever set the payer account may not release the next send (ReleaseGate).
        query.prepare(QStringLiteral("UPDATE program SET payer_changed_by = ? WHERE id = ?"));
        query.addBindValue(officer.id);
        query.addBindValue(program.id);
        if (!query.exec()) {
            *error = tr("cannot save the program: %1").arg(query.lastError().text());
            return false;
        }
    }
    if (!auditChange(program, before, officer, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("cannot save the program: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

// The program's row, inserted (program.id gets the new id) or updated.
bool ProgramRepository::writeRow(Program& program, QString* error)
{
    QSqlQuery query(m_database.connection());
    if (program.id == 0) {
        query.prepare(
            QStringLiteral("INSERT INTO program (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .arg(kColumns.mid(kColumns.indexOf(u',') + 2))); // every column but id
    } else {
        query.prepare(
            QStringLiteral("UPDATE program SET name = ?, currency = ?, entitlement_rule = ?, eligibility = ?, "
                           "payer_id_type = ?, payer_id = ?, payee_id_type = ?, backend = ?, backend_settings = ?, "
                           "max_batch_rows = ?, max_file_bytes = ?, budget_minor_units = ?, created_by = ? "
                           "WHERE id = ?"));
    }
    for (const QVariant& value :
         {sqlText(program.name.trimmed()), sqlText(program.currency.code()), sqlText(compact(program.rule.toJson())),
          sqlText(compact(program.eligibility.toJson())), sqlText(partyIdTypeName(program.payer.type())),
          sqlText(program.payer.value()), sqlText(partyIdTypeName(program.payeeIdType)),
          sqlText(paymentBackendName(program.backend)), sqlText(compact(program.hubSettings.toJson())),
          QVariant(program.maxBatchRows), QVariant(program.maxFileBytes), QVariant(program.budget.minorUnits()),
          sqlText(program.createdBy)}) {
        query.addBindValue(value);
    }
    if (program.id != 0) {
        query.addBindValue(program.id);
    }
    if (!query.exec()) {
        *error = tr("cannot save the program: %1").arg(query.lastError().text());
        return false;
    }
    if (program.id == 0) {
        if (!query.next()) {
            *error = tr("cannot save the program: no id came back");
            return false;
        }
        program.id = query.value(0).toLongLong();
    }
    return true;
}

// The audit entry of a new program, or of what changed in one, so that a reviewer sees at once
// that the payer account moved; nothing when nothing changed.
bool ProgramRepository::auditChange(const Program& program, const std::optional<Program>& before,
                                    const Officer& officer, QString* error)
{
    AuditEntry entry =
        AuditEntry::now(officer.id, before ? QStringLiteral("program.update") : QStringLiteral("program.create"),
                        QStringLiteral("program"), QString::number(program.id));
    const QJsonObject after = toJson(program);
    if (before) {
        const QJsonObject previous = toJson(*before);
        QJsonObject changedBefore;
        QJsonObject changedAfter;
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            if (previous.value(it.key()) != it.value()) {
                changedBefore.insert(it.key(), previous.value(it.key()));
                changedAfter.insert(it.key(), it.value());
            }
        }
        if (changedAfter.isEmpty()) {
            return true; // nothing changed, nothing to record
        }
        entry.before = AuditEntry::state(changedBefore);
        entry.after = AuditEntry::state(changedAfter);
    } else {
        entry.after = AuditEntry::state(after);
    }
    return AuditLog(m_database).append(entry, error);
}

std::optional<Program> ProgramRepository::find(qint64 id, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM program WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || (!query.next() && query.lastError().isValid())) {
        *error = tr("program %1 could not be read: %2").arg(id).arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.isValid()) {
        *error = tr("there is no program %1").arg(id);
        return std::nullopt;
    }
    return fromQuery(query);
}

std::optional<Program> ProgramRepository::findOfCycle(qint64 cycleId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM program WHERE id = (SELECT program_id FROM cycle WHERE id = ?)").arg(kColumns));
    query.addBindValue(cycleId);
    if (!query.exec() || (!query.next() && query.lastError().isValid())) {
        *error = tr("the program of cycle %1 could not be read: %2").arg(cycleId).arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.isValid()) {
        *error = tr("there is no cycle %1").arg(cycleId);
        return std::nullopt;
    }
    return fromQuery(query);
}

QList<Program> ProgramRepository::all()
{
    QList<Program> programs;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT %1 FROM program ORDER BY name").arg(kColumns))) {
        while (query.next()) {
            if (auto program = fromQuery(query)) {
                programs.append(std::move(*program));
            }
        }
    }
    return programs;
}
