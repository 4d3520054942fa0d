#include "PartyLookup.h"

#include "audit/AuditLog.h"
#include "batching/PayeeAddress.h"
#include "domain/PartyId.h"
#include "hub/HubEndpoint.h"
#include "hub/OneShotHttp.h"
#include "officers/MakerChecker.h"
#include "programs/EntitlementState.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

// The Mojaloop party id type of an address kind (FSPIOP API); empty: not one a party lookup knows.
QString mojaloopType(PartyIdType type)
{
    switch (type) {
    case PartyIdType::Msisdn:
        return QStringLiteral("MSISDN");
    case PartyIdType::BankAccount:
        return QStringLiteral("ACCOUNT_ID");
    case PartyIdType::Iban:
        return QStringLiteral("IBAN");
    case PartyIdType::Email:
        return QStringLiteral("EMAIL");
    case PartyIdType::RegistryId:
    case PartyIdType::FinancialAddress:
        return {};
    }
    return {};
}

// The first errorInformation in an answer, however deep the SDK put it: "3204 Party not found".
QString errorOf(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    const QJsonObject information = object.value(QStringLiteral("errorInformation")).toObject();
    if (!information.isEmpty()) {
        return QStringList{information.value(QStringLiteral("errorCode")).toString(),
                           information.value(QStringLiteral("errorDescription")).toString()}
            .join(u' ')
            .trimmed();
    }
    for (const QJsonValue& inner : object) {
        if (inner.isObject()) {
            if (const QString found = errorOf(inner); !found.isEmpty()) {
                return found;
            }
        }
    }
    return {};
}

} // namespace

struct PartyLookup::Payee
{
    qint64 beneficiaryId;
    QString type; // Mojaloop's
    QString value;
};

PartyLookup::PartyLookup(Database& database, const Clock& clock) : m_database(database), m_clock(clock) {}

QString PartyLookup::progressText(qint64 done, qint64 total)
{
    const QLocale locale;
    return tr("Looking the payees up on the payment network: %1 of %2…")
        .arg(locale.toString(done), locale.toString(total));
}

bool PartyLookup::ask(const HubEndpoint& endpoint, const Payee& payee, bool* found, QString* reason)
{
    const QUrl url = HubEndpoint::under(
        endpoint.partyLookupUrl,
        QStringLiteral("/parties/%1/%2").arg(payee.type, QString::fromLatin1(QUrl::toPercentEncoding(payee.value))));
    const OneShotHttp::Response answer = OneShotHttp::exchange(url, "GET", {{"Accept", "application/json"}}, {},
                                                               endpoint.timeoutMs, {}, endpoint.allowPlainHttp);
    if (answer.status <= 0) {
        *reason = answer.error;
        return false;
    }
    // A page that is not the lookup's JSON (a gateway's HTML, a wrong address) says nothing about
    // the payee: no answer, and nothing is kept.
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        *reason = tr("the answer (HTTP %1) is not a party lookup's").arg(answer.status);
        return false;
    }
    const QJsonObject body = document.object();
    // The SDK answers {"party":{"body":{"partyIdInfo":…}}}; a party it could not find comes back as
    // 200 with an empty body (SDK 18, reference mojaloop-lab.md §6.3), or as an error.
    const QJsonObject party = body.value(QStringLiteral("party")).toObject();
    const QJsonObject partyBody =
        party.value(QStringLiteral("body")).isObject() ? party.value(QStringLiteral("body")).toObject() : party;
    if (answer.status == 200 && partyBody.contains(QStringLiteral("partyIdInfo"))) {
        *found = true;
        return true;
    }
    QString error = errorOf(body);
    if (answer.status == 200 && error.isEmpty()) {
        error = tr("the payment network found no account for this payee");
    }
    if (answer.status >= 500 && error.isEmpty()) {
        *reason = tr("the party lookup answered HTTP %1 without saying why").arg(answer.status);
        return false; // a server error is no answer about the payee
    }
    *found = false;
    *reason = error.isEmpty() ? tr("the payment network does not know this payee (HTTP %1)").arg(answer.status) : error;
    return true;
}

bool PartyLookup::readToAsk(const Program& program, qint64 cycleId, const QString& staleBefore, QList<Payee>& toAsk,
                            Result& result)
{
    QSqlQuery read(m_database.connection());
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT b.id, b.phone, b.payee_type, b.payee_address, pl.id_type, pl.id_value, "
                                "pl.looked_up_at FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                                "LEFT JOIN party_lookup pl ON pl.program_id = ? AND pl.beneficiary_id = b.id "
                                "WHERE e.cycle_id = ? AND e.state IN (?, ?) ORDER BY b.id"));
    read.addBindValue(program.id);
    read.addBindValue(cycleId);
    read.addBindValue(entitlementStateName(EntitlementState::PendingValidation));
    read.addBindValue(entitlementStateName(EntitlementState::Approved));
    if (!read.exec()) {
        result.error = tr("cannot read the cycle's payees: %1").arg(read.lastError().text());
        return false;
    }
    while (read.next()) {
        QString unused;
        const PartyId address =
            PayeeAddress::of({read.value(1).toString(), read.value(2).toString(), read.value(3).toString(), {}, {}, {}},
                             program.payeeIdType, &unused);
        const QString type = address.isValid() ? mojaloopType(address.type()) : QString();
        if (type.isEmpty()) {
            continue; // no address to look up: the findings say so on their own
        }
        const bool known = read.value(4).toString() == type && read.value(5).toString() == address.value() &&
                           read.value(6).toString() >= staleBefore;
        if (known) {
            ++result.alreadyKnown;
        } else {
            toAsk.append({read.value(0).toLongLong(), type, address.value()});
        }
    }
    return true;
}

PartyLookup::Result PartyLookup::lookUp(qint64 cycleId, const HubEndpoint& endpoint, const Officer& officer,
                                        const std::function<bool(qint64, qint64)>& progress, int maxAgeDays)
{
    Result result;
    if (const auto refusal = MakerChecker::refusal(officer, MakerChecker::Action::LookUp)) {
        result.error = *refusal;
        return result;
    }
    if (endpoint.partyLookupUrl.isEmpty()) {
        result.error = tr("the program names no party lookup");
        return result;
    }
    const auto program = ProgramRepository(m_database).findOfCycle(cycleId, &result.error);
    const QString staleBefore = m_clock.now().addDays(-qMax(0, maxAgeDays)).toString(Qt::ISODateWithMs);
    QList<Payee> toAsk;
    if (!program || !readToAsk(*program, cycleId, staleBefore, toAsk, result)) {
        return result;
    }
    QSqlQuery store(m_database.connection());
    store.prepare(QStringLiteral(
        "INSERT INTO party_lookup (program_id, beneficiary_id, id_type, id_value, found, reason, looked_up_at, "
        "looked_up_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (program_id, beneficiary_id) DO UPDATE SET "
        "id_type = excluded.id_type, id_value = excluded.id_value, found = excluded.found, reason = excluded.reason, "
        "looked_up_at = excluded.looked_up_at, looked_up_by = excluded.looked_up_by"));
    for (const Payee& payee : std::as_const(toAsk)) {
        bool found = false;
        QString reason;
        if (!ask(endpoint, payee, &found, &reason)) {
            result.error =
                tr("the party lookup at %1 did not answer: %2").arg(endpoint.partyLookupUrl.toDisplayString(), reason);
            break;
        }
        for (const QVariant& value : QVariantList{program->id, payee.beneficiaryId, payee.type, payee.value,
                                                  found ? 1 : 0, reason.isNull() ? QStringLiteral("") : reason,
                                                  m_clock.now().toUTC().toString(Qt::ISODateWithMs), officer.id}) {
            store.addBindValue(value);
        }
        if (!store.exec()) {
            result.error = tr("cannot keep a party lookup's answer: %1").arg(store.lastError().text());
            break;
        }
        ++result.asked;
        result.notFound += found ? 0 : 1;
        if (progress && !progress(result.asked, toAsk.size())) {
            result.error = tr("stopped after %1 of %2 payees").arg(result.asked).arg(toAsk.size());
            break;
        }
    }
    AuditEntry entry = AuditEntry::now(officer.id, QStringLiteral("cycle.look_up_payees"), QStringLiteral("cycle"),
                                       QString::number(cycleId));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("lookup"), endpoint.partyLookupUrl.toDisplayString()},
                                                {QStringLiteral("asked"), result.asked},
                                                {QStringLiteral("not_found"), result.notFound},
                                                {QStringLiteral("already_known"), result.alreadyKnown},
                                                {QStringLiteral("stopped"), result.error}});
    QString auditError;
    if (!AuditLog(m_database).append(entry, &auditError) && result.error.isEmpty()) {
        result.error = auditError;
    }
    result.succeeded = result.error.isEmpty();
    return result;
}
