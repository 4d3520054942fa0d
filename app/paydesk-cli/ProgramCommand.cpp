#include "ProgramCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "approvals/ApprovalTierRepository.h"
#include "credentials/CredentialStore.h"
#include "disbursement/ReleasePolicyRepository.h"
#include "hub/HubConnectionTester.h"
#include "programs/Enrolment.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace {

const QStringList kOptions = {
    QStringLiteral("name"),
    QStringLiteral("currency"),
    QStringLiteral("rule"),
    QStringLiteral("fixed"),
    QStringLiteral("regions"),
    QStringLiteral("household-min"),
    QStringLiteral("household-max"),
    QStringLiteral("age-min"),
    QStringLiteral("age-max"),
    QStringLiteral("payer-type"),
    QStringLiteral("payer"),
    QStringLiteral("payee-type"),
    QStringLiteral("backend"),
    QStringLiteral("tenant"),
    QStringLiteral("payment-mode"),
    QStringLiteral("max-batch-rows"),
    QStringLiteral("max-file-bytes"),
    QStringLiteral("budget"),
    QStringLiteral("hub"),
    QStringLiteral("bulk-url"),
    QStringLiteral("ops-url"),
    QStringLiteral("mapper-url"),
    QStringLiteral("sender-id"),
    QStringLiteral("receiver-id"),
    QStringLiteral("sign-off"),
    QStringLiteral("pilot-payments"),
    QStringLiteral("pilot-max-failed"),
    QStringLiteral("mapper-callback-url"),
    QStringLiteral("signing-key-id"),
    QStringLiteral("ops-user"),
};

} // namespace

ProgramCommand::ProgramCommand(CliSupport& support) : m_support(support) {}

// The entitlement rule: --fixed AMOUNT, or --rule JSON.
std::optional<EntitlementRule> ProgramCommand::ruleFromOptions(const QCommandLineParser& parser,
                                                               const Currency& currency, QString* error)
{
    if (parser.isSet(QStringLiteral("fixed"))) {
        const auto amount = Money::parse(parser.value(QStringLiteral("fixed")), currency, error);
        if (!amount) {
            *error = tr("--fixed: %1").arg(*error);
            return std::nullopt;
        }
        return EntitlementRule::fixed(*amount);
    }
    const QJsonDocument json = QJsonDocument::fromJson(parser.value(QStringLiteral("rule")).toUtf8());
    const auto rule = EntitlementRule::fromJson(json.object(), error);
    if (!rule) {
        *error = tr("--rule: %1").arg(*error);
    }
    return rule;
}

// The hub's fields the options give; the others are left as they are.
void ProgramCommand::hubSettingsFromOptions(const QCommandLineParser& parser, HubSettings& hub)
{
    for (const auto& [option, setting] :
         {std::pair{"tenant", &HubSettings::tenant}, std::pair{"payment-mode", &HubSettings::paymentMode},
          std::pair{"hub", &HubSettings::hub}, std::pair{"bulk-url", &HubSettings::bulkUrl},
          std::pair{"ops-url", &HubSettings::opsUrl}, std::pair{"ops-user", &HubSettings::opsUser},
          std::pair{"mapper-url", &HubSettings::mapperUrl}, std::pair{"sender-id", &HubSettings::senderId},
          std::pair{"receiver-id", &HubSettings::receiverId},
          std::pair{"mapper-callback-url", &HubSettings::mapperCallbackUrl},
          std::pair{"signing-key-id", &HubSettings::signingKeyId},
          std::pair{"party-lookup-url", &HubSettings::partyLookupUrl}}) {
        if (parser.isSet(QString::fromLatin1(option))) {
            hub.*setting = parser.value(QString::fromLatin1(option));
        }
    }
    if (parser.isSet(QStringLiteral("allow-plain-http"))) {
        hub.allowPlainHttp = true;
    }
}

bool ProgramCommand::programFromOptions(const QCommandLineParser& parser, Program* program, QString* error)
{
    program->name = parser.value(QStringLiteral("name"));
    program->currency = Currency::fromCode(parser.value(QStringLiteral("currency")));
    if (!program->currency.isValid()) {
        *error = tr("--currency takes an ISO 4217 code such as USD, KES or XOF");
        return false;
    }
    const auto rule = ruleFromOptions(parser, program->currency, error);
    if (!rule) {
        return false;
    }
    program->rule = *rule;
    if (parser.isSet(QStringLiteral("regions"))) {
        program->eligibility.regions = parser.value(QStringLiteral("regions")).split(u',', Qt::SkipEmptyParts);
    }
    program->eligibility.activeOnly = !parser.isSet(QStringLiteral("include-inactive"));
    const auto householdMin = CliSupport::wholeNumber(parser, QStringLiteral("household-min"), 1);
    const auto householdMax = CliSupport::wholeNumber(parser, QStringLiteral("household-max"), 50);
    const auto maxRows =
        CliSupport::wholeNumber(parser, QStringLiteral("max-batch-rows"), Program::kDefaultMaxBatchRows);
    const auto maxBytes =
        CliSupport::wholeNumber(parser, QStringLiteral("max-file-bytes"), int(Program::kDefaultMaxFileBytes));
    if (!householdMin || !householdMax || !maxRows || !maxBytes) {
        *error = tr("--household-min, --household-max, --max-batch-rows and --max-file-bytes take whole numbers");
        return false;
    }
    program->eligibility.householdMin = *householdMin;
    program->eligibility.householdMax = *householdMax;
    if (parser.isSet(QStringLiteral("age-min"))) {
        program->eligibility.ageMin = parser.value(QStringLiteral("age-min")).toInt();
    }
    if (parser.isSet(QStringLiteral("age-max"))) {
        program->eligibility.ageMax = parser.value(QStringLiteral("age-max")).toInt();
    }
    const auto payerType = partyIdTypeFromName(parser.value(QStringLiteral("payer-type")));
    const auto payeeType =
        partyIdTypeFromName(parser.isSet(QStringLiteral("payee-type")) ? parser.value(QStringLiteral("payee-type"))
                                                                       : QStringLiteral("msisdn"));
    const auto backend =
        paymentBackendFromName(parser.isSet(QStringLiteral("backend")) ? parser.value(QStringLiteral("backend"))
                                                                       : QStringLiteral("payment_hub_ee"));
    if (!payerType || !payeeType || !backend) {
        *error = tr("--payer-type and --payee-type take msisdn, bank_account, iban, email, registry_id (resolved by "
                    "the mapper) "
                    "or fa; --backend takes "
                    "payment_hub_ee, g2p_connect or file_only");
        return false;
    }
    program->payer = PartyId::create(*payerType, parser.value(QStringLiteral("payer")), error);
    if (!program->payer.isValid()) {
        *error = tr("--payer: %1").arg(*error);
        return false;
    }
    program->payeeIdType = *payeeType;
    program->backend = *backend;
    hubSettingsFromOptions(parser, program->hubSettings);
    program->maxBatchRows = *maxRows;
    program->maxFileBytes = *maxBytes;
    const auto budget = Money::parse(parser.value(QStringLiteral("budget")), program->currency, error);
    if (!budget) {
        *error = tr("--budget: %1").arg(*error);
        return false;
    }
    program->budget = *budget;
    return true;
}

int ProgramCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser);
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!(positional.size() == 1 && (action == u"create" || action == u"list")) &&
        !(positional.size() == 2 && action == u"enrol") &&
        !((positional.size() == 2 || positional.size() == 3) && action == u"tiers") &&
        !(positional.size() == 2 && (action == u"release" || action == u"check" || action == u"password"))) {
        return m_support.usage(
            tr("program takes create, list, enrol ID, tiers ID [TIERS], release ID, check ID or password ID."));
    }
    Program program;
    QString error;
    if (action == u"create" && !programFromOptions(parser, &program, &error)) {
        return m_support.usage(error);
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == u"list") {
        return list(*database, json);
    }
    if (action == u"tiers") {
        return tiers(*database, parser);
    }
    if (action == u"release") {
        return release(*database, parser);
    }
    if (action == u"check") {
        return check(*database, parser);
    }
    if (action == u"password") {
        return password(*database, parser);
    }
    const auto officer = m_support.actingOfficer(*database, parser);
    if (!officer) {
        return m_support.actingFailure();
    }
    if (action == u"create") {
        if (!ProgramRepository(*database).save(program, *officer, &error)) {
            return m_support.fail(tr("Cannot create the program: %1").arg(error));
        }
        m_support.out() << (json ? QString::fromUtf8(
                                       QJsonDocument(QJsonObject{{QStringLiteral("id"), program.id}}).toJson())
                                 : tr("Program %1 created.").arg(program.id))
                        << Qt::endl;
        return ExitSuccess;
    }
    return enrol(*database, positional.at(1), *officer, json);
}

void ProgramCommand::describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Programs. create: --name, --currency, the rule (--fixed AMOUNT or --rule JSON such as "
           "{\"kind\":\"per_household_member\",\"base\":{\"amount\":\"20\",\"currency\":\"USD\"},"
           "\"per_member\":{\"amount\":\"5\",\"currency\":\"USD\"},\"member_cap\":4}), eligibility (--regions A,B, "
           "--household-min/max, --age-min/max, --include-inactive), --payer-type and --payer, --payee-type, --backend "
           "with --tenant, --payment-mode and the hub (--hub sandbox for PayDesk's own sandbox, or --bulk-url, "
           "--ops-url and --ops-user, the operations app's OAuth user) for Payment Hub EE, or --hub sandbox or "
           "--bulk-url (the disburse receiver), --mapper-url (the "
           "ID-to-account mapper, for --payee-type registry_id; with --mapper-callback-url, the mapper is asked "
           "asynchronously and answers to that address), --sender-id, --receiver-id and --signing-key-id (requests "
           "signed with Ed25519, the key given to send --key) for G2P Connect; "
           "--max-batch-rows, --max-file-bytes, --budget. "
           "list: every program. enrol ID: apply the program's eligibility to the registry. "
           "tiers ID [TIERS]: show, or set, how many distinct checkers a cycle needs by its total, as "
           "AMOUNT:CHECKERS pairs such as \"0:1, 50000:2, 250000:3\" (\"none\": one checker). "
           "release ID: show, or set with --sign-off yes|no (each batch signed off by its maker and countersigned "
           "by a checker before it is sent), --pilot-payments N and --pilot-max-failed PERCENT (each cycle starts "
           "with a pilot batch of N payments; the rest is released only once the pilot's results are final and no "
           "more than PERCENT of them failed). check ID: test the connection to the program's hub (each part "
           "asked something harmless; the hub options override the program's addresses); exit code 1 when a "
           "part does not answer. password ID: keep the operations-app user's password, read from standard "
           "input, in the system keychain (never in the database); --forget removes it."));
    for (const QString& option : kOptions) {
        parser.addOption(QCommandLineOption(option, tr("See the description."), QStringLiteral("VALUE")));
    }
    parser.addOption(QCommandLineOption(QStringLiteral("include-inactive"), tr("Enrol inactive beneficiaries too.")));
    parser.addOption(QCommandLineOption(QStringLiteral("party-lookup-url"),
                                        tr("Payment Hub EE: where payees are looked up before approval (a Mojaloop "
                                           "SDK scheme adapter's outbound API; the findings list those it does not "
                                           "know)."),
                                        QStringLiteral("URL")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("allow-plain-http"),
                           tr("The program's hub may be reached over plain http on another computer (a trusted network "
                              "only: payment files and passwords cross it unencrypted).")));
    parser.addOption(QCommandLineOption(QStringLiteral("forget"),
                                        tr("With password: remove the password from the system keychain.")));
    parser.addOptions({CliSupport::databaseOption(), CliSupport::jsonOption(), CliSupport::officerOption(),
                       CliSupport::officerKeyOption()});
    const QList<QCommandLineOption> hubOptions = CliSupport::hubOptions();
    for (const QCommandLineOption& option : hubOptions) {
        if (!kOptions.contains(option.names().first())) {
            parser.addOption(option);
        }
    }
    parser.addPositionalArgument(
        QStringLiteral("create|list|enrol ID|tiers ID [TIERS]|release ID|check ID|password ID"), tr("What to do."));
}

int ProgramCommand::list(Database& database, bool json)
{
    QJsonArray array;
    for (const Program& each : ProgramRepository(database).all()) {
        QJsonObject object = ProgramRepository::toJson(each);
        object.insert(QStringLiteral("id"), each.id);
        array.append(object);
        if (!json) {
            m_support.out() << QStringLiteral("%1\t%2\t%3\t%4 %5")
                                   .arg(QString::number(each.id), each.name, paymentBackendName(each.backend),
                                        each.budget.toDecimalString(), each.currency.code())
                            << Qt::endl;
        }
    }
    if (json) {
        m_support.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return ExitSuccess;
}

int ProgramCommand::enrol(Database& database, const QString& id, const Officer& officer, bool json)
{
    bool ok = false;
    const qint64 programId = id.toLongLong(&ok);
    const EnrolmentResult result = Enrolment(database).run(ok ? programId : -1, QDate::currentDate(), officer);
    if (!result.succeeded) {
        return m_support.fail(tr("Cannot enrol: %1").arg(result.error));
    }
    if (json) {
        m_support.out() << QJsonDocument(
                               QJsonObject{
                                   {QStringLiteral("enrolled"), result.enrolled},
                                   {QStringLiteral("joined"), result.joined},
                                   {QStringLiteral("left"), result.left},
                                   {QStringLiteral("joined_sample"), QJsonArray::fromStringList(result.joinedSample)},
                                   {QStringLiteral("left_sample"), QJsonArray::fromStringList(result.leftSample)}})
                               .toJson(QJsonDocument::Indented);
    } else {
        m_support.out()
            << tr("%1 enrolled: %2 joined, %3 left.").arg(result.enrolled).arg(result.joined).arg(result.left)
            << Qt::endl;
    }
    return ExitSuccess;
}

int ProgramCommand::tiers(Database& database, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    const auto program = programNamed(database, positional.at(1));
    if (!program) {
        return ExitFailure;
    }
    ApprovalTierRepository repository(database);
    QString error;
    if (positional.size() == 3) {
        const QString text = positional.at(2).trimmed();
        const auto tiers = text == u"none" ? ApprovalTiers::fromTiers({}, &error)
                                           : ApprovalTiers::parse(text, program->currency, &error);
        if (!tiers) {
            return m_support.usage(error);
        }
        const auto officer = m_support.actingOfficer(database, parser);
        if (!officer) {
            return m_support.actingFailure();
        }
        if (!repository.save(program->id, program->currency, *tiers, *officer, &error)) {
            return m_support.fail(tr("Cannot set the approval tiers: %1").arg(error));
        }
    }
    const auto tiers = repository.tiersOf(program->id, program->currency, &error);
    if (!tiers) {
        return m_support.fail(error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ApprovalTiers::Tier& tier : tiers->tiers()) {
            array.append(QJsonObject{{QStringLiteral("from"), tier.from.toDecimalString()},
                                     {QStringLiteral("checkers"), tier.checkers}});
        }
        m_support.out() << QJsonDocument(QJsonObject{{QStringLiteral("currency"), program->currency.code()},
                                                     {QStringLiteral("tiers"), array}})
                               .toJson(QJsonDocument::Indented);
    } else if (tiers->tiers().isEmpty()) {
        m_support.out() << tr("%1: one checker approves a cycle of any total.").arg(program->name) << Qt::endl;
    } else {
        for (const ApprovalTiers::Tier& tier : tiers->tiers()) {
            m_support.out() << tr("%1: from %2 %3, %4 distinct checker(s)")
                                   .arg(program->name, tier.from.toDecimalString(), program->currency.code())
                                   .arg(tier.checkers)
                            << Qt::endl;
        }
    }
    return ExitSuccess;
}

int ProgramCommand::release(Database& database, const QCommandLineParser& parser)
{
    const auto program = programNamed(database, parser.positionalArguments().at(1));
    if (!program) {
        return ExitFailure;
    }
    ReleasePolicyRepository repository(database);
    QString error;
    auto policy = repository.policyOf(program->id, &error);
    if (!policy) {
        return m_support.fail(error);
    }
    const QStringList changes = {QStringLiteral("sign-off"), QStringLiteral("pilot-payments"),
                                 QStringLiteral("pilot-max-failed")};
    if (std::any_of(changes.cbegin(), changes.cend(),
                    [&parser](const QString& option) { return parser.isSet(option); })) {
        bool ok = false;
        if (parser.isSet(QStringLiteral("sign-off"))) {
            const QString value = parser.value(QStringLiteral("sign-off"));
            if (value != u"yes" && value != u"no") {
                return m_support.usage(tr("--sign-off takes yes or no, not %1.").arg(value));
            }
            policy->signOffRequired = value == u"yes";
        }
        if (parser.isSet(QStringLiteral("pilot-payments"))) {
            policy->pilotPayments = parser.value(QStringLiteral("pilot-payments")).toInt(&ok);
            if (!ok || policy->pilotPayments < 0) {
                return m_support.usage(tr("--pilot-payments takes a number of payments, 0 for no pilot."));
            }
        }
        if (parser.isSet(QStringLiteral("pilot-max-failed"))) {
            const double percent = parser.value(QStringLiteral("pilot-max-failed")).remove(u'%').toDouble(&ok);
            if (!ok || percent < 0 || percent > 100) {
                return m_support.usage(tr("--pilot-max-failed takes a percentage from 0 to 100."));
            }
            policy->pilotMaxFailedPerMille = int(percent * 10 + 0.5);
        }
        const auto officer = m_support.actingOfficer(database, parser);
        if (!officer) {
            return m_support.actingFailure();
        }
        if (!repository.save(program->id, *policy, *officer, &error)) {
            return m_support.fail(tr("Cannot set the release policy: %1").arg(error));
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        m_support.out() << QJsonDocument(QJsonObject{{QStringLiteral("sign_off_required"), policy->signOffRequired},
                                                     {QStringLiteral("pilot_payments"), policy->pilotPayments},
                                                     {QStringLiteral("pilot_max_failed_per_mille"),
                                                      policy->pilotMaxFailedPerMille}})
                               .toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    m_support.out() << (policy->signOffRequired
                            ? tr("%1: each batch is sent once its maker signed it off and a checker countersigned it.")
                            : tr("%1: batches are sent without personal sign-off."))
                           .arg(program->name)
                    << Qt::endl;
    m_support.out() << (policy->hasPilot() ? tr("Each cycle starts with a pilot batch of %1 payments; the rest goes "
                                                "only if at most %2 % of them failed.")
                                                 .arg(policy->pilotPayments)
                                                 .arg(policy->pilotMaxFailedPerMille / 10.0)
                                           : tr("No pilot batch."))
                    << Qt::endl;
    return ExitSuccess;
}

int ProgramCommand::check(Database& database, const QCommandLineParser& parser)
{
    const auto program = programNamed(database, parser.positionalArguments().at(1));
    if (!program) {
        return ExitFailure;
    }
    const ConnectionCheck result = HubConnectionTester::test(m_support.hubEndpoint(parser, *program), program->backend);
    QJsonArray parts;
    for (const ConnectionCheck::Part& part : result.parts) {
        parts.append(QJsonObject{{QStringLiteral("what"), part.what},
                                 {QStringLiteral("ok"), part.ok},
                                 {QStringLiteral("detail"), part.detail}});
        if (!parser.isSet(QStringLiteral("json"))) {
            m_support.out() << (part.ok ? tr("ok      %1: %2") : tr("FAILED  %1: %2")).arg(part.what, part.detail)
                            << Qt::endl;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        m_support.out() << QJsonDocument(
                               QJsonObject{{QStringLiteral("ok"), result.ok()}, {QStringLiteral("parts"), parts}})
                               .toJson(QJsonDocument::Indented);
    }
    return result.ok() ? ExitSuccess : ExitFailure;
}

int ProgramCommand::password(Database& database, const QCommandLineParser& parser)
{
    const auto program = programNamed(database, parser.positionalArguments().at(1));
    if (!program) {
        return ExitFailure;
    }
    HubEndpoint endpoint = HubEndpoint::fromProgramSettings(program->hubSettings);
    if (parser.isSet(QStringLiteral("ops-url"))) {
        endpoint.operationsUrl = QUrl(parser.value(QStringLiteral("ops-url")));
    }
    if (parser.isSet(QStringLiteral("hub-user"))) {
        endpoint.username = parser.value(QStringLiteral("hub-user"));
    }
    if (endpoint.username.isEmpty() || endpoint.operationsUrl.isEmpty()) {
        return m_support.usage(
            tr("Program %1 names no operations-app user: give --hub-user (and --ops-url), or create the program "
               "with --ops-user.")
                .arg(program->id));
    }
    const CredentialStore store;
    const QString key = CredentialStore::operationsPasswordKey(endpoint.operationsUrl.toString(), endpoint.username);
    if (parser.isSet(QStringLiteral("forget"))) {
        const CredentialStore::Answer removed = store.remove(key);
        if (removed.outcome != CredentialStore::Outcome::Done) {
            return m_support.fail(tr("The password was not removed: %1").arg(removed.error));
        }
        m_support.out() << tr("The password of %1 at %2 is no longer in the system keychain.")
                               .arg(endpoint.username, endpoint.operationsUrl.toString())
                        << Qt::endl;
        return ExitSuccess;
    }
    // Read from standard input, never from the command line (where other users' ps would see it).
    QTextStream input(stdin);
    const QString secret = input.readLine();
    if (secret.isEmpty()) {
        return m_support.usage(tr("program password reads the password from standard input: none was given."));
    }
    const CredentialStore::Answer written = store.write(key, secret);
    if (written.outcome != CredentialStore::Outcome::Done) {
        return m_support.fail(
            tr("The password was not kept: %1. PayDesk writes it nowhere else: set PAYDESK_HUB_PASSWORD "
               "for each run instead.")
                .arg(written.error));
    }
    m_support.out() << tr("The password of %1 at %2 is in the system keychain.")
                           .arg(endpoint.username, endpoint.operationsUrl.toString())
                    << Qt::endl;
    return ExitSuccess;
}

std::optional<Program> ProgramCommand::programNamed(Database& database, const QString& id)
{
    bool ok = false;
    const qint64 programId = id.toLongLong(&ok);
    QString error = tr("There is no program %1.").arg(id);
    auto program = ok ? ProgramRepository(database).find(programId, &error) : std::nullopt;
    if (!program) {
        m_support.fail(error);
    }
    return program;
}
