#include "UnpaidBeneficiaries.h"

#include "FailureReasonText.h"

#include "batching/PayeeAddress.h"
#include "domain/PartyId.h"
#include "programs/Program.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The cycle's approved entitlements with no paid payment, as e. "state <> 'failed'" is what the
// partial index of open payments (payment_open_per_entitlement) covers: with it written out, each
// entitlement is one index lookup, not a scan of every payment.
const QString kUnpaid =
    QStringLiteral("e.cycle_id = ? AND e.state = 'approved' AND NOT EXISTS (SELECT 1 FROM payment p "
                   "WHERE p.entitlement_id = e.id AND p.state <> 'failed' AND p.state = 'paid')");

} // namespace

std::optional<qint64> UnpaidBeneficiaries::count(Database& database, qint64 cycleId, QString* error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM entitlement e WHERE ") + kUnpaid);
    query.addBindValue(cycleId);
    if (!query.exec() || !query.next()) {
        *error = tr("cannot count the unpaid beneficiaries: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<UnpaidBeneficiaries::Listing> UnpaidBeneficiaries::of(Database& database, const Program& program,
                                                                    qint64 cycleId, int limit, QString* error)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT b.registry_id, b.given_name, b.family_name, e.amount_minor_units, b.phone, "
                       "b.payee_type, b.payee_address, f.resolved, f.fa, f.reason, "
                       "(SELECT p.state FROM payment p WHERE p.entitlement_id = e.id AND p.state <> 'failed'), "
                       "(SELECT p.failure_reason FROM payment p WHERE p.id = (SELECT MAX(f2.id) FROM payment f2 "
                       "WHERE f2.entitlement_id = e.id AND f2.state = 'failed')) "
                       "FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
                       "LEFT JOIN financial_address f ON f.program_id = ? AND f.beneficiary_id = b.id WHERE ") +
        kUnpaid + QStringLiteral(" ORDER BY b.registry_id"));
    query.addBindValue(program.id);
    query.addBindValue(cycleId);
    if (!query.exec()) {
        *error = tr("cannot read the unpaid beneficiaries: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    Listing listing;
    while (query.next()) {
        // An open payment (issued or sent: a paid one is not here) is on its way, a re-issue too;
        // else the last failed one says why.
        const bool onItsWay = !query.value(10).isNull();
        const bool failed = !query.value(11).isNull(); // a failed payment's reason is never NULL
        QString reason;
        if (onItsWay) {
            ++listing.onTheirWay;
            reason = tr("a payment is on its way, not settled yet");
        } else if (failed) {
            ++listing.failed;
            const QString why = query.value(11).toString();
            reason =
                why.isEmpty() ? tr("the payment failed") : tr("the payment failed: %1").arg(FailureReasonText::of(why));
        } else {
            QString why;
            const PartyId payee =
                PayeeAddress::of({query.value(4).toString(), query.value(5).toString(), query.value(6).toString(),
                                  query.value(7), query.value(8).toString(), query.value(9).toString()},
                                 program.payeeIdType, &why);
            if (payee.isValid()) {
                ++listing.notPrepared;
                reason = tr("no payment prepared yet");
            } else {
                ++listing.unpayable;
                reason = tr("cannot be paid as the registry stands: %1").arg(why);
            }
        }
        if (listing.people.size() < limit) {
            listing.people.append(
                {query.value(0).toString(),
                 QStringList{query.value(1).toString(), query.value(2).toString()}.join(u' ').trimmed(),
                 Money(query.value(3).toLongLong(), program.currency), reason});
        }
        ++listing.total;
    }
    return listing;
}

QString UnpaidBeneficiaries::summary(const Listing& listing)
{
    if (listing.total == 0) {
        return {};
    }
    const QLocale locale;
    QStringList parts;
    const auto add = [&parts, &locale](qint64 count, const QString& text) {
        if (count > 0) {
            parts.append(text.arg(locale.toString(count)));
        }
    };
    add(listing.failed, tr("%1 failed"));
    add(listing.onTheirWay, tr("%1 on their way"));
    add(listing.unpayable, tr("%1 cannot be paid as the registry stands"));
    add(listing.notPrepared, tr("%1 not prepared yet"));
    return tr("%1 unpaid: %2").arg(locale.toString(listing.total), parts.join(QStringLiteral(", ")));
}
