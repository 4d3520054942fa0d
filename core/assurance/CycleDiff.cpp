#include "CycleDiff.h"

#include "audit/AuditLog.h"
#include "batching/PayeeAddress.h"
#include "domain/Money.h"
#include "i18n/DisplayFormat.h"
#include "officers/MakerChecker.h"
#include "officers/Officer.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "reconciliation/FailureReasonText.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace {

// The entitlements that count: all but rejected and cancelled ones.
const QString kLive = QStringLiteral("state NOT IN ('rejected', 'cancelled')");
// The cycle's own live entitlements, as e.
const QString kCurrent = QStringLiteral("e.cycle_id = :cycle AND e.") + kLive;

// Each kind of finding: one query (registry id first), and the finding's detail from its row; an
// empty detail is no finding.
struct Check
{
    CycleFinding::Kind kind;
    QString sql;
    bool needsPrevious;
    std::function<QString(const QSqlQuery&)> detail;
};

QString money(const QVariant& minorUnits, const QVariant& code)
{
    return DisplayFormat::money(Money(minorUnits.toLongLong(), Currency::fromCode(code.toString())));
}

// Who joined or left since the previous cycle, and whose amount moved by more than the share.
QList<Check> changesSincePrevious(const QString& previousName)
{
    return {
        {CycleFinding::Kind::Joined,
         QStringLiteral("SELECT b.registry_id, e.amount_minor_units, e.currency FROM entitlement e JOIN beneficiary b "
                        "ON b.id = e.beneficiary_id "
                        "WHERE %1 AND NOT EXISTS (SELECT 1 FROM entitlement p WHERE p.cycle_id = :previous AND "
                        "p.beneficiary_id = e.beneficiary_id "
                        "AND p.%2) ORDER BY b.registry_id")
             .arg(kCurrent, kLive),
         true,
         [](const QSqlQuery& row) -> QString {
             return CycleDiff::tr("entitled to %1").arg(money(row.value(1), row.value(2)));
         }},
        {CycleFinding::Kind::Left,
         QStringLiteral("SELECT b.registry_id, p.amount_minor_units, p.currency FROM entitlement p JOIN beneficiary b "
                        "ON b.id = p.beneficiary_id "
                        "WHERE p.cycle_id = :previous AND p.%1 AND NOT EXISTS (SELECT 1 FROM entitlement e WHERE "
                        "e.beneficiary_id = p.beneficiary_id "
                        "AND %2) ORDER BY b.registry_id")
             .arg(kLive, kCurrent),
         true,
         [previousName](const QSqlQuery& row) -> QString {
             return CycleDiff::tr("was entitled to %1 in %2").arg(money(row.value(1), row.value(2)), previousName);
         }},
        {CycleFinding::Kind::AmountJump,
         QStringLiteral(
             "SELECT b.registry_id, e.amount_minor_units, e.currency, p.amount_minor_units FROM entitlement e "
             "JOIN entitlement p ON p.cycle_id = :previous AND p.beneficiary_id = e.beneficiary_id AND p.%2 "
             "JOIN beneficiary b ON b.id = e.beneficiary_id WHERE %1 AND p.amount_minor_units > 0 "
             "AND ABS(e.amount_minor_units - p.amount_minor_units) * 1000 > :share * p.amount_minor_units ORDER BY "
             "b.registry_id")
             .arg(kCurrent, kLive),
         true,
         [previousName](const QSqlQuery& row) -> QString {
             return CycleDiff::tr("%1, was %2 in %3")
                 .arg(money(row.value(1), row.value(2)), money(row.value(3), row.value(2)), previousName);
         }},
    };
}

// Where the program would pay now, against where it paid last time.
QString payeeChange(const QSqlQuery& row, PartyIdType payeeType)
{
    QString reason;
    const PartyId now = PayeeAddress::of({row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                                          row.value(4), row.value(5).toString(), row.value(6).toString()},
                                         payeeType, &reason);
    const QString before = row.value(7).toString() + u':' + row.value(8).toString();
    if (!now.isValid()) {
        return CycleDiff::tr("paid at %1 last time; now none: %2").arg(before, reason);
    }
    const QString after = partyIdTypeName(now.type()) + u':' + now.value();
    if (after == before) {
        return QString();
    }
    return CycleDiff::tr("%1 -> %2").arg(before, after);
}

// Why the program cannot pay the beneficiary as the registry and the mapper stand (the
// preparation's own rule, PayeeAddress), or as the payment network answered a lookup of that very
// address (PartyLookup); nothing when it can.
QString unpayableReason(const QSqlQuery& row, PartyIdType payeeType)
{
    QString reason;
    const PartyId address = PayeeAddress::of({row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                                              row.value(4), row.value(5).toString(), row.value(6).toString()},
                                             payeeType, &reason);
    if (!address.isValid()) {
        return reason;
    }
    const bool lookedUpNotFound = !row.value(7).isNull() && row.value(7).toInt() == 0;
    if (lookedUpNotFound && row.value(8).toString() == address.value()) {
        return CycleDiff::tr("the payment network does not know this payee: %1")
            .arg(FailureReasonText::of(row.value(9).toString()));
    }
    return {};
}

// Payees paid elsewhere last time, accounts shared within the cycle, beneficiaries the program
// cannot pay, and beneficiaries paid by another program's overlapping cycle.
QList<Check> accountChecks(PartyIdType payeeType)
{
    return {
        {CycleFinding::Kind::PayeeChanged,
         QStringLiteral("SELECT b.registry_id, b.phone, b.payee_type, b.payee_address, f.resolved, f.fa, f.reason, "
                        "pay.payee_type, "
                        "pay.payee_address FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                        "JOIN entitlement p ON p.cycle_id = :previous AND p.beneficiary_id = e.beneficiary_id "
                        "JOIN payment pay ON pay.entitlement_id = p.id AND pay.state = 'paid' "
                        "LEFT JOIN financial_address f ON f.program_id = :program AND f.beneficiary_id = b.id "
                        "WHERE %1 ORDER BY b.registry_id")
             .arg(kCurrent),
         true, [payeeType](const QSqlQuery& row) { return payeeChange(row, payeeType); }},
        {CycleFinding::Kind::SharedAccount,
         QStringLiteral("SELECT b.registry_id, b.payee_type, b.payee_address FROM entitlement e JOIN beneficiary b ON "
                        "b.id = e.beneficiary_id "
                        "WHERE %1 AND b.payee_address <> '' AND EXISTS (SELECT 1 FROM entitlement e2 JOIN beneficiary "
                        "b2 ON b2.id = e2.beneficiary_id "
                        "WHERE e2.cycle_id = :cycle AND e2.%2 AND b2.id <> b.id AND b2.payee_type = b.payee_type "
                        "AND b2.payee_address = b.payee_address) ORDER BY b.payee_type, b.payee_address, b.registry_id")
             .arg(kCurrent, kLive),
         false,
         [](const QSqlQuery& row) -> QString { return row.value(1).toString() + u':' + row.value(2).toString(); }},
        {CycleFinding::Kind::Unpayable,
         QStringLiteral("SELECT b.registry_id, b.phone, b.payee_type, b.payee_address, f.resolved, f.fa, f.reason, "
                        "pl.found, pl.id_value, pl.reason "
                        "FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                        "LEFT JOIN financial_address f ON f.program_id = :program AND f.beneficiary_id = b.id "
                        "LEFT JOIN party_lookup pl ON pl.program_id = :program AND pl.beneficiary_id = b.id "
                        "WHERE %1 ORDER BY b.registry_id")
             .arg(kCurrent),
         false, [payeeType](const QSqlQuery& row) { return unpayableReason(row, payeeType); }},
        {CycleFinding::Kind::PaidElsewhere,
         QStringLiteral(
             "SELECT b.registry_id, pay.amount_minor_units, pay.currency, oc.name, pr.name FROM entitlement e "
             "JOIN cycle c ON c.id = e.cycle_id JOIN beneficiary b ON b.id = e.beneficiary_id "
             "JOIN cycle oc ON oc.program_id <> c.program_id AND oc.start_date <= c.end_date AND oc.end_date >= "
             "c.start_date "
             "JOIN program pr ON pr.id = oc.program_id "
             "JOIN entitlement o ON o.cycle_id = oc.id AND o.beneficiary_id = e.beneficiary_id "
             "JOIN payment pay ON pay.entitlement_id = o.id AND pay.state <> 'failed' WHERE %1 ORDER BY b.registry_id")
             .arg(kCurrent),
         false,
         [](const QSqlQuery& row) -> QString {
             return CycleDiff::tr("%1 in cycle %2 of %3")
                 .arg(money(row.value(1), row.value(2)), row.value(3).toString(), row.value(4).toString());
         }},
    };
}

} // namespace

CycleDiff::CycleDiff(Database& database) : m_database(database) {}

CycleDiffResult CycleDiff::compare(qint64 cycleId, double jumpShare)
{
    CycleDiffResult result;
    const auto cycle = CycleService(m_database).find(cycleId, &result.error);
    const auto program = cycle ? ProgramRepository(m_database).find(cycle->programId, &result.error) : std::nullopt;
    if (!program || !findPrevious(*cycle, result)) {
        return result;
    }
    const QVariantHash values{{QStringLiteral(":cycle"), cycleId},
                              {QStringLiteral(":previous"), result.previousCycleId},
                              {QStringLiteral(":program"), program->id},
                              {QStringLiteral(":share"), qint64(jumpShare * 1000)}};
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    for (const QList<Check>& checks :
         {changesSincePrevious(result.previousCycleName), accountChecks(program->payeeIdType)}) {
        for (const Check& check : checks) {
            if (check.needsPrevious && result.previousCycleId == 0) {
                continue; // the program's first cycle: nothing to compare with
            }
            QSqlQuery query(m_database.connection());
            query.setForwardOnly(true);
            query.prepare(check.sql);
            for (auto value = values.cbegin(); value != values.cend(); ++value) {
                if (check.sql.contains(value.key())) {
                    query.bindValue(value.key(), value.value());
                }
            }
            if (!query.exec()) {
                result.error = tr("cannot compare the cycle (%1): %2")
                                   .arg(CycleFinding::kindName(check.kind), query.lastError().text());
                return result;
            }
            addFindings(check.kind, check.detail, query, fingerprint, result);
        }
    }
    result.fingerprint = QString::fromLatin1(fingerprint.result().toHex());
    result.succeeded = nameFindings(result);
    return result;
}

// The beneficiaries' names beside the findings kept, read a chunk of registry ids at a time.
bool CycleDiff::nameFindings(CycleDiffResult& result)
{
    constexpr qsizetype kIdsPerRead = 200;
    QHash<QString, QString> names;
    for (qsizetype from = 0; from < result.findings.size(); from += kIdsPerRead) {
        const QList<CycleFinding> chunk = result.findings.mid(from, kIdsPerRead);
        QSqlQuery read(m_database.connection());
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT registry_id, given_name, family_name FROM beneficiary WHERE registry_id "
                                    "IN (%1)")
                         .arg(QStringList(chunk.size(), QStringLiteral("?")).join(u',')));
        for (const CycleFinding& finding : chunk) {
            read.addBindValue(finding.registryId);
        }
        if (!read.exec()) {
            result.error = tr("cannot read the names of the beneficiaries found: %1").arg(read.lastError().text());
            return false;
        }
        while (read.next()) {
            names.insert(read.value(0).toString(),
                         QStringList{read.value(1).toString(), read.value(2).toString()}.join(u' ').trimmed());
        }
    }
    for (CycleFinding& finding : result.findings) {
        finding.name = names.value(finding.registryId);
    }
    return true;
}

// The program's previous cycle: the latest approved or distributed one that starts before this one.
bool CycleDiff::findPrevious(const Cycle& cycle, CycleDiffResult& result)
{
    QSqlQuery previous(m_database.connection());
    previous.prepare(
        QStringLiteral("SELECT id, name FROM cycle WHERE program_id = ? AND id <> ? AND start_date < ? "
                       "AND state IN ('approved', 'distributed') ORDER BY start_date DESC, id DESC LIMIT 1"));
    previous.addBindValue(cycle.programId);
    previous.addBindValue(cycle.id);
    previous.addBindValue(cycle.start.toString(Qt::ISODate));
    if (!previous.exec()) {
        result.error = tr("cannot read the program's previous cycle: %1").arg(previous.lastError().text());
        return false;
    }
    if (previous.next()) {
        result.previousCycleId = previous.value(0).toLongLong();
        result.previousCycleName = previous.value(1).toString();
    }
    return true;
}

// Every row of a check with a detail is a finding: counted, fingerprinted, and kept as a sample.
void CycleDiff::addFindings(CycleFinding::Kind kind, const std::function<QString(const QSqlQuery&)>& detailOf,
                            QSqlQuery& query, QCryptographicHash& fingerprint, CycleDiffResult& result)
{
    qint64& count = result.counts[int(kind)];
    while (query.next()) {
        const QString detail = detailOf(query);
        if (detail.isEmpty()) {
            continue;
        }
        const QString registryId = query.value(0).toString();
        const QByteArray line =
            QString::number(int(kind)).toUtf8() + '\x1f' + registryId.toUtf8() + '\x1f' + detail.toUtf8() + '\n';
        fingerprint.addData(line);
        if (count < CycleDiffResult::kSamplePerKind) {
            result.findings.append({kind, registryId, QString(), detail});
        }
        ++count;
    }
}

bool CycleDiff::acknowledge(qint64 cycleId, const Officer& officer, QString* error, double jumpShare,
                            CycleDiffResult* acknowledged)
{
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::Approve)) {
        *error = *refusal;
        return false;
    }
    const CycleDiffResult diff = compare(cycleId, jumpShare);
    if (!diff.succeeded) {
        *error = diff.error;
        return false;
    }
    QJsonObject counts;
    for (int kind = 0; kind < CycleFinding::kKinds; ++kind) {
        counts.insert(CycleFinding::kindName(CycleFinding::Kind(kind)), diff.counts.at(kind));
    }
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("cycle.findings_acknowledged"),
                                       QStringLiteral("cycle"), QString::number(cycleId));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("fingerprint"), diff.fingerprint},
                                                {QStringLiteral("previous_cycle"), diff.previousCycleId},
                                                {QStringLiteral("jump_share"), jumpShare},
                                                {QStringLiteral("counts"), counts}});
    if (!AuditLog(m_database).append(entry, error)) {
        return false;
    }
    if (acknowledged) {
        *acknowledged = diff;
    }
    return true;
}

bool CycleDiff::isAcknowledged(qint64 cycleId, const QString& fingerprint, const QString& officerId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT after_state FROM audit_entry WHERE subject_type = 'cycle' AND subject_id = ? "
                                 "AND action = 'cycle.findings_acknowledged' AND officer = ? ORDER BY sequence"));
    query.addBindValue(QString::number(cycleId));
    query.addBindValue(officerId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        if (QJsonDocument::fromJson(query.value(0).toString().toUtf8())
                .object()
                .value(QStringLiteral("fingerprint"))
                .toString() == fingerprint) {
            return true;
        }
    }
    return false;
}
