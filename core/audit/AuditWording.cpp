#include "AuditWording.h"

#include "AuditEntry.h"

#include "batching/BatchState.h"
#include "domain/Money.h"
#include "i18n/DisplayFormat.h"
#include "programs/CycleState.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Keys whose value is a hash, a key or a setting an auditor checks in the JSON, not in a sentence.
bool isLeftToTheJson(const QString& key)
{
    return key.endsWith(QLatin1String("_sha256")) || key == u"fingerprint" || key == u"certificate" ||
           key == u"anchor" || key == u"jump_share" || key == u"hub_time_asked" || key == u"request" ||
           key == u"reissue_request" || key == u"file" || key == u"currency";
}

} // namespace

bool AuditWording::load(Database& database, QString* error)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    const auto read = [&query, error](const QString& sql, const std::function<void(const QSqlQuery&)>& take) {
        if (!query.exec(sql)) {
            *error = tr("cannot read the names the audit log refers to: %1").arg(query.lastError().text());
            return false;
        }
        while (query.next()) {
            take(query);
        }
        return true;
    };
    return read(
               QStringLiteral("SELECT id, display_name FROM officer"),
               [this](const QSqlQuery& row) { m_officers.insert(row.value(0).toString(), row.value(1).toString()); }) &&
           read(QStringLiteral("SELECT id, name, currency FROM program"),
                [this](const QSqlQuery& row) {
                    m_programs.insert(row.value(0).toString(), row.value(1).toString());
                    m_currencies.insert(QStringLiteral("program:") + row.value(0).toString(), row.value(2).toString());
                }) &&
           read(QStringLiteral("SELECT c.id, c.name, p.name, p.currency FROM cycle c JOIN program p ON p.id = "
                               "c.program_id"),
                [this](const QSqlQuery& row) {
                    m_cycles.insert(
                        row.value(0).toString(),
                        tr("%1 of %2", "a cycle of a program").arg(row.value(1).toString(), row.value(2).toString()));
                    m_currencies.insert(QStringLiteral("cycle:") + row.value(0).toString(), row.value(3).toString());
                }) &&
           read(QStringLiteral("SELECT id, cycle_id FROM payment_batch ORDER BY cycle_id, id"),
                [this, cycle = QString(), number = 0](const QSqlQuery& row) mutable {
                    const QString cycleId = row.value(1).toString();
                    number = cycleId == cycle ? number + 1 : 1;
                    cycle = cycleId;
                    m_batches.insert(row.value(0).toString(),
                                     tr("%1 of cycle %2", "a batch's number in its cycle")
                                         .arg(QLocale().toString(number), m_cycles.value(cycleId, cycleId)));
                });
}

QString AuditWording::officerName(const QString& id) const
{
    const QString name = m_officers.value(id);
    return name.isEmpty() || name == id ? id : name;
}

QString AuditWording::subject(const QString& type, const QString& id) const
{
    if (type == u"cycle") {
        return tr("cycle %1").arg(m_cycles.value(id, id));
    }
    if (type == u"program") {
        return tr("program %1").arg(m_programs.value(id, id));
    }
    if (type == u"batch") {
        return tr("batch %1").arg(m_batches.value(id, id));
    }
    if (type == u"officer") {
        return officerName(id);
    }
    if (type == u"registry") {
        return tr("the registry");
    }
    return id.isEmpty() ? type : tr("%1 %2", "a subject's type and id").arg(type, id);
}

QString AuditWording::what(const QString& action, const QString& who, const QString& subject) const
{
    static const QHash<QString, const char*> kPhrases{
        {QStringLiteral("cycle.create"), QT_TR_NOOP("%1 created %2")},
        {QStringLiteral("cycle.generate"), QT_TR_NOOP("%1 generated the entitlements of %2")},
        {QStringLiteral("cycle.submit"), QT_TR_NOOP("%1 submitted %2 for approval")},
        {QStringLiteral("cycle.findings_acknowledged"), QT_TR_NOOP("%1 acknowledged the findings of %2")},
        {QStringLiteral("cycle.approve"), QT_TR_NOOP("%1 approved %2")},
        {QStringLiteral("cycle.approval_recorded"), QT_TR_NOOP("%1 gave one of the approvals %2 needs")},
        {QStringLiteral("cycle.approval_voided"), QT_TR_NOOP("%1 voided the approval of %2")},
        {QStringLiteral("cycle.send_back"), QT_TR_NOOP("%1 sent %2 back to its maker")},
        {QStringLiteral("cycle.cancel"), QT_TR_NOOP("%1 cancelled %2")},
        {QStringLiteral("cycle.prepare_payments"), QT_TR_NOOP("%1 prepared the payments of %2")},
        {QStringLiteral("cycle.resolve_addresses"), QT_TR_NOOP("%1 asked the mapper for the addresses of %2")},
        {QStringLiteral("cycle.look_up_payees"), QT_TR_NOOP("%1 looked the payees of %2 up on the payment network")},
        {QStringLiteral("cycle.distributed"), QT_TR_NOOP("%1 saw %2 distributed")},
        {QStringLiteral("cycle.reopened"), QT_TR_NOOP("%1 reopened %2 to pay failed payments again")},
        {QStringLiteral("cycle.statement_matched"), QT_TR_NOOP("%1 matched a bank statement against %2")},
        {QStringLiteral("payments.reissue_requested"), QT_TR_NOOP("%1 asked to pay failed payments of %2 again")},
        {QStringLiteral("payments.reissue_approved"), QT_TR_NOOP("%1 approved paying failed payments of %2 again")},
        {QStringLiteral("payments.reissue_rejected"), QT_TR_NOOP("%1 refused to pay failed payments of %2 again")},
        {QStringLiteral("batch.sign_off"), QT_TR_NOOP("%1 signed off %2")},
        {QStringLiteral("batch.countersign"), QT_TR_NOOP("%1 countersigned %2")},
        {QStringLiteral("batch.send"), QT_TR_NOOP("%1 started sending %2")},
        {QStringLiteral("batch.sent"), QT_TR_NOOP("%1 sent %2 to the hub")},
        {QStringLiteral("batch.repost"), QT_TR_NOOP("%1 posted %2 again")},
        {QStringLiteral("batch.rejected"), QT_TR_NOOP("%1 saw the hub refuse %2")},
        {QStringLiteral("batch.results_applied"), QT_TR_NOOP("%1 applied the hub's results to %2")},
        {QStringLiteral("batch.results_disputed"), QT_TR_NOOP("%1 found results for %2 that contradict what is final")},
        {QStringLiteral("batch.reconciled"), QT_TR_NOOP("%1 reconciled %2")},
        {QStringLiteral("batch.handed_over"), QT_TR_NOOP("%1 exported %2 to be carried by hand")},
        {QStringLiteral("batch.hand_over_confirmed"), QT_TR_NOOP("%1 confirmed %2 was not uploaded elsewhere")},
        {QStringLiteral("program.create"), QT_TR_NOOP("%1 created %2")},
        {QStringLiteral("program.update"), QT_TR_NOOP("%1 changed %2")},
        {QStringLiteral("program.enrol"), QT_TR_NOOP("%1 enrolled beneficiaries in %2")},
        {QStringLiteral("program.approval_tiers"), QT_TR_NOOP("%1 set the approval tiers of %2")},
        {QStringLiteral("program.release_policy"), QT_TR_NOOP("%1 set the release policy of %2")},
        {QStringLiteral("registry.import"), QT_TR_NOOP("%1 imported a registry file")},
        {QStringLiteral("officer.add"), QT_TR_NOOP("%1 added officer %2")},
        {QStringLiteral("officer.role"), QT_TR_NOOP("%1 changed the role of %2")},
        {QStringLiteral("officer.deactivate"), QT_TR_NOOP("%1 deactivated %2")},
        {QStringLiteral("officer.certify"), QT_TR_NOOP("%1 certified the key of %2")},
        {QStringLiteral("officer.revoke_key"), QT_TR_NOOP("%1 revoked the key of %2")},
        {QStringLiteral("trust.anchor_installed"), QT_TR_NOOP("%1 installed the administrator's trust anchor")},
    };
    const char* phrase = kPhrases.value(action);
    if (!phrase) {
        return tr("%1 did %3 to %2", "an action with no sentence of its own").arg(who, subject, action);
    }
    const QString text = tr(phrase);
    return text.contains(QLatin1String("%2")) ? text.arg(who, subject) : text.arg(who);
}

QString AuditWording::value(const QString& key, const QJsonValue& value, const QString& currency) const
{
    const QLocale locale;
    if (key == u"total" && value.isString() && !currency.isEmpty()) {
        const auto money = Money::parse(value.toString(), Currency::fromCode(currency));
        return money ? DisplayFormat::money(*money) : value.toString();
    }
    if (key == u"total_minor_units" && !currency.isEmpty()) {
        return DisplayFormat::money(Money(value.toInteger(), Currency::fromCode(currency)));
    }
    if (key == u"state" && value.isString()) {
        if (const auto cycle = cycleStateFromName(value.toString())) {
            return cycleStateText(*cycle);
        }
        if (const auto batch = batchStateFromName(value.toString())) {
            return batchStateText(*batch);
        }
    }
    if (key == u"program" && value.isDouble()) {
        return m_programs.value(QString::number(value.toInteger()), QString::number(value.toInteger()));
    }
    if (key == u"previous_cycle") {
        return m_cycles.value(QString::number(value.toInteger()), tr("none"));
    }
    if (value.isBool()) {
        return value.toBool() ? tr("yes") : tr("no");
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? locale.toString(qint64(number)) : locale.toString(number);
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items.append(item.isString() ? officerName(item.toString()) : item.toVariant().toString());
        }
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().toDouble() != 0 || !it.value().isDouble()) {
                parts.append(tr("%1: %2", "a figure's name and value")
                                 .arg(label(it.key()), this->value(it.key(), it.value(), currency)));
            }
        }
        return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral("; "));
    }
    return value.toString();
}

QString AuditWording::label(const QString& key)
{
    static const QHash<QString, const char*> kLabels{
        {QStringLiteral("payments"), QT_TR_NOOP("payments")},
        {QStringLiteral("batches"), QT_TR_NOOP("batches")},
        {QStringLiteral("total"), QT_TR_NOOP("total")},
        {QStringLiteral("total_minor_units"), QT_TR_NOOP("total")},
        {QStringLiteral("state"), QT_TR_NOOP("now")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("program"), QT_TR_NOOP("program")},
        {QStringLiteral("start"), QT_TR_NOOP("from")},
        {QStringLiteral("end"), QT_TR_NOOP("to")},
        {QStringLiteral("created"), QT_TR_NOOP("created")},
        {QStringLiteral("already_there"), QT_TR_NOOP("already there")},
        {QStringLiteral("no_amount"), QT_TR_NOOP("without an amount")},
        {QStringLiteral("approvers"), QT_TR_NOOP("approved by")},
        {QStringLiteral("required"), QT_TR_NOOP("approvals needed")},
        {QStringLiteral("voided_before"), QT_TR_NOOP("approvals voided before")},
        {QStringLiteral("counts"), QT_TR_NOOP("found")},
        {QStringLiteral("previous_cycle"), QT_TR_NOOP("against")},
        {QStringLiteral("unpayable"), QT_TR_NOOP("cannot be paid")},
        {QStringLiteral("awaiting_reissue"), QT_TR_NOOP("awaiting a re-issue")},
        {QStringLiteral("reissued"), QT_TR_NOOP("paid again")},
        {QStringLiteral("pilot_payments"), QT_TR_NOOP("pilot payments")},
        {QStringLiteral("rows"), QT_TR_NOOP("rows")},
        {QStringLiteral("rows_read"), QT_TR_NOOP("rows read")},
        {QStringLiteral("inserted"), QT_TR_NOOP("added")},
        {QStringLiteral("updated"), QT_TR_NOOP("updated")},
        {QStringLiteral("unchanged"), QT_TR_NOOP("unchanged")},
        {QStringLiteral("rejected"), QT_TR_NOOP("refused")},
        {QStringLiteral("enrolled"), QT_TR_NOOP("enrolled")},
        {QStringLiteral("paid"), QT_TR_NOOP("paid")},
        {QStringLiteral("failed"), QT_TR_NOOP("failed")},
        {QStringLiteral("in_flight"), QT_TR_NOOP("in flight")},
        {QStringLiteral("changed"), QT_TR_NOOP("changed")},
        {QStringLiteral("correlation_id"), QT_TR_NOOP("correlation id")},
        {QStringLiteral("hub_batch_id"), QT_TR_NOOP("hub batch")},
        {QStringLiteral("attempt"), QT_TR_NOOP("attempt")},
        {QStringLiteral("mapper"), QT_TR_NOOP("mapper")},
        {QStringLiteral("asked"), QT_TR_NOOP("asked")},
        {QStringLiteral("resolved"), QT_TR_NOOP("resolved")},
        {QStringLiteral("unresolved"), QT_TR_NOOP("unresolved")},
        {QStringLiteral("already_known"), QT_TR_NOOP("known already")},
        {QStringLiteral("not_found"), QT_TR_NOOP("not found")},
        {QStringLiteral("lookup"), QT_TR_NOOP("asked of")},
        {QStringLiteral("stopped"), QT_TR_NOOP("stopped")},
        {QStringLiteral("reason"), QT_TR_NOOP("reason")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
        {QStringLiteral("how"), QT_TR_NOOP("how")},
        {QStringLiteral("tiers"), QT_TR_NOOP("tiers")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
    };
    const char* text = kLabels.value(key);
    if (text) {
        return tr(text);
    }
    QString spaced = key;
    return spaced.replace(u'_', u' ');
}

QString AuditWording::details(const QString& subjectType, const QString& subjectId, const QJsonObject& after) const
{
    const QString currency =
        after.value(QStringLiteral("currency")).toString(m_currencies.value(subjectType + u':' + subjectId));
    QStringList parts;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const bool nothing = (it.value().isString() && it.value().toString().isEmpty()) ||
                             (it.value().isDouble() && it.value().toDouble() == 0);
        if (isLeftToTheJson(it.key()) || nothing) {
            continue; // a zero says nothing; the JSON keeps it
        }
        parts.append(
            tr("%1: %2", "a figure's name and value").arg(label(it.key()), value(it.key(), it.value(), currency)));
    }
    return parts.join(QStringLiteral(", "));
}

QString AuditWording::sentence(const AuditEntry& entry) const
{
    const QString said = what(entry.action, officerName(entry.officer), subject(entry.subjectType, entry.subjectId));
    const QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
    const QString figures = details(entry.subjectType, entry.subjectId, after);
    return figures.isEmpty() ? tr("%1.", "a sentence").arg(said) : tr("%1: %2.").arg(said, figures);
}
