#include "FinancialAddressResolver.h"

#include "audit/AuditLog.h"
#include "domain/PartyId.h"
#include "hub/G2pConnectClient.h"
#include "hub/HubEndpoint.h"
#include "officers/MakerChecker.h"
#include "programs/EntitlementState.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"
#include "storage/SqlText.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Answer
{
    bool resolved = false;
    QString fa;
    QString provider;
    QString reason;
};

// What the mapper said of one id.
Answer answerOf(const QJsonObject& item)
{
    Answer answer;
    const QString status = item.value(QStringLiteral("status")).toString();
    const QString fa = item.value(QStringLiteral("fa")).toString();
    answer.reason = G2pConnectClient::reasonOf(item);
    if (status != u"succ" || fa.isEmpty()) {
        const QString code = item.value(QStringLiteral("status_reason_code")).toString();
        QString words;
        if (code == u"succ.id.not_found") {
            words = FinancialAddressResolver::tr("the mapper does not know this id");
        } else if (code == u"succ.id.inactive" || code == u"succ.fa.inactive") {
            words = FinancialAddressResolver::tr("the mapper holds this id as inactive");
        } else if (code == u"succ.fa.not_found" || code == u"succ.fa.not_linked_to_id") {
            words = FinancialAddressResolver::tr("no account is linked to this id");
        } else if (code == u"rjct.id.invalid") {
            words = FinancialAddressResolver::tr("the mapper says this id is not valid");
        } else {
            words = FinancialAddressResolver::tr("the mapper gave no financial address (status \"%1\")").arg(status);
        }
        answer.reason =
            answer.reason.isEmpty() ? words : FinancialAddressResolver::tr("%1 (%2)").arg(words, answer.reason);
        return answer;
    }
    QString error;
    const PartyId address = PartyId::create(PartyIdType::FinancialAddress, fa, &error);
    if (!address.isValid()) {
        answer.reason =
            FinancialAddressResolver::tr("the mapper's address \"%1\" cannot be used: %2").arg(fa.left(80), error);
        return answer;
    }
    answer.resolved = true;
    answer.fa = address.value();
    const QJsonObject provider = item.value(QStringLiteral("account_provider_info")).toObject();
    answer.provider = QStringList{provider.value(QStringLiteral("name")).toString(),
                                  provider.value(QStringLiteral("code")).toString()}
                          .join(u' ')
                          .trimmed();
    return answer;
}

} // namespace

struct FinancialAddressResolver::Asked
{
    qint64 beneficiaryId;
    QString registryId;
};

FinancialAddressResolver::FinancialAddressResolver(Database& database, const Clock& clock)
    : m_database(database), m_clock(clock)
{
}

AddressResolution FinancialAddressResolver::resolve(qint64 cycleId, G2pConnectClient& mapper, const QString& mapperName,
                                                    const Officer& officer, int maxAgeDays,
                                                    const std::function<bool(qint64, qint64)>& progress)
{
    AddressResolution result;
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::LookUp)) {
        result.error = *refusal;
        return result;
    }
    const auto program = ProgramRepository(m_database).findOfCycle(cycleId, &result.error);
    if (!program) {
        return result;
    }
    if (program->payeeIdType != PartyIdType::RegistryId) {
        result.error = tr("program %1 pays beneficiaries at their %2, not through the ID-to-account mapper")
                           .arg(program->name, partyIdTypeName(program->payeeIdType));
        return result;
    }
    const QString staleBefore = m_clock.now().addDays(-qMax(0, maxAgeDays)).toString(Qt::ISODateWithMs);
    QList<Asked> toAsk;
    if (!readToAsk(program->id, cycleId, staleBefore, toAsk, result)) {
        return result;
    }
    for (qsizetype from = 0; from < toAsk.size(); from += G2pConnectClient::kMaxReferencesPerRequest) {
        if (!askAndStore(toAsk.mid(from, G2pConnectClient::kMaxReferencesPerRequest), mapper, mapperName, program->id,
                         officer, result)) {
            break;
        }
        if (progress && !progress(result.asked, toAsk.size())) {
            result.error = tr("stopped after %1 of %2 beneficiaries").arg(result.asked).arg(toAsk.size());
            break;
        }
    }
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("cycle.resolve_addresses"), QStringLiteral("cycle"),
                                       QString::number(cycleId));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("mapper"), mapperName},
                                                {QStringLiteral("asked"), result.asked},
                                                {QStringLiteral("resolved"), result.resolved},
                                                {QStringLiteral("unresolved"), result.unresolved},
                                                {QStringLiteral("already_known"), result.alreadyKnown},
                                                {QStringLiteral("stopped"), result.error}});
    QString auditError;
    if (!AuditLog(m_database).append(entry, &auditError) && result.error.isEmpty()) {
        result.error = auditError;
    }
    result.succeeded = result.error.isEmpty();
    return result;
}

// The cycle's beneficiaries (of entitlements awaiting approval or approved) whose address is
// missing, unresolved or learnt before staleBefore; the others are counted as already known.
bool FinancialAddressResolver::readToAsk(qint64 programId, qint64 cycleId, const QString& staleBefore,
                                         QList<Asked>& toAsk, AddressResolution& result)
{
    QSqlQuery read(m_database.connection());
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT b.id, b.registry_id, f.resolved, f.resolved_at FROM entitlement e JOIN "
                                "beneficiary b ON b.id = e.beneficiary_id "
                                "LEFT JOIN financial_address f ON f.program_id = ? AND f.beneficiary_id = b.id "
                                "WHERE e.cycle_id = ? AND e.state IN (?, ?) ORDER BY b.id"));
    read.addBindValue(programId);
    read.addBindValue(cycleId);
    read.addBindValue(entitlementStateName(EntitlementState::PendingValidation));
    read.addBindValue(entitlementStateName(EntitlementState::Approved));
    if (!read.exec()) {
        result.error = tr("cannot read the cycle's beneficiaries: %1").arg(read.lastError().text());
        return false;
    }
    while (read.next()) {
        const bool known =
            !read.value(2).isNull() && read.value(2).toInt() == 1 && read.value(3).toString() >= staleBefore;
        if (known) {
            ++result.alreadyKnown;
        } else {
            toAsk.append({read.value(0).toLongLong(), read.value(1).toString()});
        }
    }
    return true;
}

// One request to the mapper, and its answers stored in one transaction.
bool FinancialAddressResolver::askAndStore(const QList<Asked>& chunk, G2pConnectClient& mapper,
                                           const QString& mapperName, qint64 programId, const Officer& officer,
                                           AddressResolution& result)
{
    QStringList ids;
    for (const Asked& asked : chunk) {
        ids.append(asked.registryId);
    }
    const auto answer = mapper.resolve(ids);
    if (const HubError* failure = std::get_if<HubError>(&answer)) {
        result.error = tr("the mapper %1: %2").arg(mapperName, failure->message);
        return false;
    }
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& item : std::get<QJsonObject>(answer).value(QStringLiteral("resolve_response")).toArray()) {
        byId.insert(item.toObject().value(QStringLiteral("id")).toString(), item.toObject());
    }
    DbTransaction transaction(m_database.connection());
    QSqlQuery store(m_database.connection());
    store.prepare(QStringLiteral(
        "INSERT INTO financial_address (program_id, beneficiary_id, resolved, fa, provider, reason, mapper, "
        "resolved_at, resolved_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (program_id, beneficiary_id) DO UPDATE SET resolved = "
        "excluded.resolved, "
        "fa = excluded.fa, provider = excluded.provider, reason = excluded.reason, mapper = excluded.mapper, "
        "resolved_at = excluded.resolved_at, resolved_by = excluded.resolved_by"));
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    bool stored = transaction.isActive();
    qint64 resolved = 0;
    QList<AddressResolution::Unresolved> missed;
    for (const Asked& asked : chunk) {
        const auto item = byId.constFind(asked.registryId);
        Answer said;
        if (item == byId.constEnd()) {
            said.reason = tr("the mapper's answer says nothing of this id");
        } else {
            said = answerOf(*item);
        }
        for (const QVariant& value :
             {QVariant(programId), QVariant(asked.beneficiaryId), QVariant(said.resolved ? 1 : 0), sqlText(said.fa),
              sqlText(said.provider), sqlText(said.reason), sqlText(mapperName), QVariant(now), QVariant(officer.id)}) {
            store.addBindValue(value);
        }
        stored = stored && store.exec();
        if (said.resolved) {
            ++resolved;
        } else {
            missed.append({asked.registryId, said.reason});
        }
    }
    if (!stored || !transaction.commit()) {
        result.error =
            tr("cannot store the mapper's answers: %1")
                .arg(store.lastError().text().isEmpty() ? transaction.errorString() : store.lastError().text());
        return false;
    }
    result.asked += chunk.size();
    result.resolved += resolved;
    result.unresolved += missed.size();
    for (const AddressResolution::Unresolved& one : std::as_const(missed)) {
        if (result.sample.size() < AddressResolution::kSampleSize) {
            result.sample.append(one);
        }
    }
    return true;
}

AddressResolution FinancialAddressResolver::resolveThrough(qint64 cycleId, const HubEndpoint& endpoint,
                                                           const Officer& officer,
                                                           const std::function<bool(qint64, qint64)>& progress)
{
    G2pConnectClient mapper(endpoint);
    return resolve(cycleId, mapper, endpoint.mapperUrl.toString(), officer, kDefaultMaxAgeDays, progress);
}

QString FinancialAddressResolver::progressText(qint64 done, qint64 total)
{
    const QLocale locale;
    return tr("Asking the ID-to-account mapper: %1 of %2 beneficiaries…")
        .arg(locale.toString(done), locale.toString(total));
}

QList<AddressResolution::Unresolved> FinancialAddressResolver::unresolved(qint64 cycleId, int limit, QString* error)
{
    QList<AddressResolution::Unresolved> list;
    QSqlQuery read(m_database.connection());
    read.prepare(
        QStringLiteral("SELECT b.registry_id, f.reason FROM entitlement e JOIN cycle c ON c.id = e.cycle_id "
                       "JOIN beneficiary b ON b.id = e.beneficiary_id "
                       "LEFT JOIN financial_address f ON f.program_id = c.program_id AND f.beneficiary_id = b.id "
                       "WHERE e.cycle_id = ? AND e.state = ? AND (f.resolved IS NULL OR f.resolved = 0) ORDER BY "
                       "b.registry_id LIMIT %1")
            .arg(qMax(0, limit)));
    read.addBindValue(cycleId);
    read.addBindValue(entitlementStateName(EntitlementState::Approved));
    if (!read.exec()) {
        *error = tr("cannot read the unresolved beneficiaries: %1").arg(read.lastError().text());
        return list;
    }
    while (read.next()) {
        list.append({read.value(0).toString(),
                     read.value(1).isNull() ? tr("not asked of the mapper yet") : read.value(1).toString()});
    }
    return list;
}
