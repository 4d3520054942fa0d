#include "Program.h"

#include <QUrl>

#include <initializer_list>
#include <utility>

namespace {

// The payment modes a Payment Hub EE knows; any other makes every row fail on the hub.
const QStringList kHubPaymentModes = {QStringLiteral("MOJALOOP"), QStringLiteral("GSMA"), QStringLiteral("SLCB"),
                                      QStringLiteral("CLOSEDLOOP")};

// The first of the settings' URLs that is set but not an http(s) address, said; empty when none.
// The first of these settings (its name, its text) that is set but not an http(s) address.
QString urlProblem(std::initializer_list<std::pair<const char*, QString>> settings)
{
    for (const auto& [key, text] : settings) {
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty() &&
            (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())) {
            return Program::tr("%1 \"%2\" is not an http:// or https:// address").arg(QString::fromLatin1(key), text);
        }
    }
    return {};
}

} // namespace

bool Program::validate(QString* error, Part* part) const
{
    Part at = Part::General;
    auto fail = [error, part, &at](const QString& message) {
        *error = message;
        if (part) {
            *part = at;
        }
        return false;
    };
    if (name.trimmed().isEmpty() || name.size() > 100) {
        return fail(tr("a program needs a name of at most 100 characters"));
    }
    if (!currency.isValid()) {
        return fail(tr("the program's currency is not an ISO 4217 code PayDesk knows"));
    }
    QString reason;
    at = Part::Rule;
    if (!rule.validate(currency, paysWholeMajorUnitsOnly(backend), &reason)) {
        return fail(tr("entitlement rule: %1").arg(reason));
    }
    at = Part::Eligibility;
    if (!eligibility.validate(&reason)) {
        return fail(tr("eligibility: %1").arg(reason));
    }
    at = Part::Payment;
    if (!payer.isValid()) {
        return fail(tr("the payer account is missing or not valid"));
    }
    if (maxBatchRows < 1 || maxBatchRows > 100000) {
        return fail(tr("a batch holds from 1 to 100,000 rows"));
    }
    if (maxFileBytes < 1000) {
        return fail(tr("a batch file limit below 1,000 bytes cannot hold a header and a row"));
    }
    at = Part::Budget;
    if (!(budget.currency() == currency) || budget.minorUnits() <= 0) {
        return fail(tr("the budget must be an amount in %1, more than zero").arg(currency.code()));
    }
    at = Part::Payment;
    if (payeeIdType == PartyIdType::RegistryId && backend != PaymentBackend::G2pConnect) {
        return fail(
            tr("paying by registry id needs the ID-to-account mapper, which comes with the G2P Connect backend"));
    }
    if (backend == PaymentBackend::G2pConnect) {
        if (!hubSettings.hub.isEmpty() && !hubSettings.isSandbox()) {
            return fail(tr("the G2P Connect receiver is \"sandbox\" (PayDesk's own) or given by its URL"));
        }
        if (const QString problem = urlProblem({{"bulk_url", hubSettings.bulkUrl},
                                                {"mapper_url", hubSettings.mapperUrl},
                                                {"mapper_callback_url", hubSettings.mapperCallbackUrl}});
            !problem.isEmpty()) {
            return fail(problem);
        }
        if (payeeIdType == PartyIdType::RegistryId && hubSettings.hub.isEmpty() && hubSettings.mapperUrl.isEmpty()) {
            return fail(tr("paying by registry id needs the ID-to-account mapper's URL"));
        }
    }
    if (backend == PaymentBackend::PaymentHubEe) {
        if (hubSettings.tenant.trimmed().isEmpty()) {
            return fail(tr("Payment Hub EE needs the tenant (Platform-TenantId) the program pays through"));
        }
        const QString mode = hubSettings.paymentMode.toUpper();
        if (!kHubPaymentModes.contains(mode)) {
            return fail(tr("Payment Hub EE's payment mode must be one of %1 (the hub fails every row of another)")
                            .arg(kHubPaymentModes.join(QStringLiteral(", "))));
        }
        if (!hubSettings.hub.isEmpty() && !hubSettings.isSandbox()) {
            return fail(
                tr("the hub is \"sandbox\" (PayDesk's own) or given by its bulk processor and operations URLs"));
        }
        if (const QString problem = urlProblem({{"bulk_url", hubSettings.bulkUrl}, {"ops_url", hubSettings.opsUrl}});
            !problem.isEmpty()) {
            return fail(problem);
        }
    }
    return true;
}
