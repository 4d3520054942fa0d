#include "CycleCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "disbursement/PilotRelease.h"
#include "disbursement/ReleasePolicyRepository.h"
#include "programs/CycleService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

const QStringList kActions = {QStringLiteral("create"),  QStringLiteral("generate"),     QStringLiteral("submit"),
                              QStringLiteral("approve"), QStringLiteral("send-back"),    QStringLiteral("cancel"),
                              QStringLiteral("list"),    QStringLiteral("entitlements"), QStringLiteral("approvals"),
                              QStringLiteral("pilot")};

QJsonObject totalsJson(const CycleTotals& totals)
{
    QJsonObject byState;
    for (auto it = totals.byState.constBegin(); it != totals.byState.constEnd(); ++it) {
        byState.insert(
            entitlementStateName(it.key()),
            QJsonObject{{QStringLiteral("count"), it.value().count},
                        {QStringLiteral("amount"), Money(it.value().minorUnits, totals.currency).toDecimalString()}});
    }
    return QJsonObject{{QStringLiteral("currency"), totals.currency.code()}, {QStringLiteral("entitlements"), byState}};
}

} // namespace

CycleCommand::CycleCommand(CliSupport& support) : m_support(support) {}

int CycleCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Payment cycles. create PROGRAM_ID --name N --start YYYY-MM-DD --end YYYY-MM-DD; generate, submit, approve, "
        "send-back or cancel CYCLE_ID; list PROGRAM_ID; entitlements CYCLE_ID [--state S]; approvals CYCLE_ID: who "
        "approved it and how many checkers its total needs; pilot CYCLE_ID: the pilot's results and whether the rest "
        "may go. Makers create, generate and submit; checkers other than its maker approve (as many as the program's "
        "tiers ask) or send back."));
    const QCommandLineOption name(QStringLiteral("name"), tr("Cycle name."), QStringLiteral("NAME"));
    const QCommandLineOption start(QStringLiteral("start"), tr("First day."), QStringLiteral("DATE"));
    const QCommandLineOption end(QStringLiteral("end"), tr("Last day."), QStringLiteral("DATE"));
    const QCommandLineOption state(QStringLiteral("state"), tr("Only entitlements in this state."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N rows."), QStringLiteral("N"),
                                   QStringLiteral("50"));
    const QCommandLineOption offset(QStringLiteral("offset"), tr("Skip N rows."), QStringLiteral("N"),
                                    QStringLiteral("0"));
    parser.addOptions({name, start, end, state, limit, offset, CliSupport::databaseOption(), CliSupport::jsonOption(),
                       CliSupport::officerOption(), CliSupport::officerKeyOption()});
    parser.addPositionalArgument(QStringLiteral("ACTION ID"),
                                 tr("One of: %1.").arg(kActions.join(QStringLiteral(", "))));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const qint64 id = CliSupport::idAt(positional, 1);
    if (positional.size() != 2 || !kActions.contains(positional.first()) || id == 0) {
        return m_support.usage(tr("cycle takes an action (%1) and an id.").arg(kActions.join(QStringLiteral(", "))));
    }
    const QString action = positional.first();
    const auto entitlementState = parser.isSet(state) ? entitlementStateFromName(parser.value(state)) : std::nullopt;
    if (parser.isSet(state) && !entitlementState) {
        return m_support.usage(tr("--state takes draft, pending_validation, approved, rejected or cancelled."));
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    CycleService cycles(*database);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == u"list") {
        return listCycles(cycles, id, json);
    }
    if (action == u"approvals") {
        return showApprovals(cycles, id, json);
    }
    if (action == u"pilot") {
        return showPilot(*database, cycles, id, json);
    }
    if (action == u"entitlements") {
        return listEntitlements(cycles, id, entitlementState, parser, json);
    }
    const auto officer = m_support.actingOfficer(*database, parser);
    if (!officer) {
        return m_support.actingFailure();
    }
    if (action == u"create") {
        return create(cycles, id, parser, *officer, json);
    }
    if (action == u"generate") {
        return generate(cycles, id, *officer);
    }
    return changeState(cycles, action, id, *officer);
}

int CycleCommand::listCycles(CycleService& cycles, qint64 programId, bool json)
{
    QTextStream& out = m_support.out();
    QJsonArray array;
    for (const Cycle& cycle : cycles.cyclesOf(programId)) {
        const auto totals = cycles.totals(cycle.id);
        const QJsonObject object{{QStringLiteral("id"), cycle.id},
                                 {QStringLiteral("name"), cycle.name},
                                 {QStringLiteral("state"), cycleStateName(cycle.state)},
                                 {QStringLiteral("start"), cycle.start.toString(Qt::ISODate)},
                                 {QStringLiteral("end"), cycle.end.toString(Qt::ISODate)},
                                 {QStringLiteral("submitted_by"), cycle.submittedBy},
                                 {QStringLiteral("approved_by"), cycle.approvedBy},
                                 {QStringLiteral("totals"), totals ? totalsJson(*totals) : QJsonObject()}};
        array.append(object);
        if (!json) {
            out << QStringLiteral("%1\t%2\t%3\t%4 entitlements")
                       .arg(QString::number(cycle.id), cycle.name, cycleStateName(cycle.state))
                       .arg(totals ? totals->count() : 0)
                << Qt::endl;
        }
    }
    if (json) {
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return ExitSuccess;
}

int CycleCommand::showApprovals(CycleService& cycles, qint64 id, bool json)
{
    QTextStream& out = m_support.out();
    QString error;
    const auto status = cycles.approvalStatus(id, &error);
    if (!status) {
        return m_support.fail(error);
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("total"), status->total.toDecimalString()},
                                         {QStringLiteral("currency"), status->total.currency().code()},
                                         {QStringLiteral("required"), status->required},
                                         {QStringLiteral("approvers"), QJsonArray::fromStringList(status->approvers)}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << tr("Cycle %1 (%2 %3) needs %4 distinct checker(s); approved by: %5.")
                   .arg(id)
                   .arg(status->total.toDecimalString(), status->total.currency().code())
                   .arg(status->required)
                   .arg(status->approvers.isEmpty() ? tr("nobody yet") : status->approvers.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    return ExitSuccess;
}

int CycleCommand::showPilot(Database& database, CycleService& cycles, qint64 id, bool json)
{
    QTextStream& out = m_support.out();
    QString error;
    const auto cycle = cycles.find(id, &error);
    const auto policy = cycle ? ReleasePolicyRepository(database).policyOf(cycle->programId, &error) : std::nullopt;
    const auto pilot =
        policy ? PilotRelease::status(database, id, policy->pilotMaxFailedPerMille, &error) : std::nullopt;
    if (!pilot) {
        return m_support.fail(error);
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("has_pilot"), pilot->hasPilot},
                                         {QStringLiteral("payments"), pilot->payments},
                                         {QStringLiteral("paid"), pilot->paid},
                                         {QStringLiteral("failed"), pilot->failed},
                                         {QStringLiteral("in_flight"), pilot->inFlight},
                                         {QStringLiteral("final"), pilot->final},
                                         {QStringLiteral("passed"), pilot->passed()},
                                         {QStringLiteral("summary"), pilot->summary}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << tr("Cycle %1: %2.").arg(id).arg(pilot->summary) << Qt::endl;
    }
    return ExitSuccess;
}

int CycleCommand::listEntitlements(CycleService& cycles, qint64 id, std::optional<EntitlementState> state,
                                   const QCommandLineParser& parser, bool json)
{
    QTextStream& out = m_support.out();
    QJsonArray array;
    const auto rows = cycles.entitlements(id, state, parser.value(QStringLiteral("limit")).toInt(),
                                          parser.value(QStringLiteral("offset")).toInt());
    for (const EntitlementRow& row : rows) {
        array.append(QJsonObject{{QStringLiteral("registry_id"), row.registryId},
                                 {QStringLiteral("name"), row.name},
                                 {QStringLiteral("region"), row.region},
                                 {QStringLiteral("amount"), row.amount.toDecimalString()},
                                 {QStringLiteral("currency"), row.amount.currency().code()},
                                 {QStringLiteral("state"), entitlementStateName(row.state)}});
        if (!json) {
            out << QStringLiteral("%1\t%2\t%3 %4\t%5")
                       .arg(row.registryId, row.name, row.amount.toDecimalString(), row.amount.currency().code(),
                            entitlementStateName(row.state))
                << Qt::endl;
        }
    }
    if (json) {
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return ExitSuccess;
}

int CycleCommand::create(CycleService& cycles, qint64 programId, const QCommandLineParser& parser,
                         const Officer& officer, bool json)
{
    QTextStream& out = m_support.out();
    QString error;
    const QDate first = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(QStringLiteral("end")), Qt::ISODate);
    const auto cycle = cycles.create(programId, parser.value(QStringLiteral("name")), first, last, officer, &error);
    if (!cycle) {
        return m_support.fail(tr("Cannot create the cycle: %1").arg(error));
    }
    out << (json ? QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), cycle->id}}).toJson())
                 : tr("Cycle %1 created.").arg(cycle->id))
        << Qt::endl;
    return ExitSuccess;
}

int CycleCommand::generate(CycleService& cycles, qint64 id, const Officer& officer)
{
    const GenerationResult result = cycles.generate(id, officer);
    if (!result.succeeded) {
        return m_support.fail(tr("Cannot generate the entitlements: %1").arg(result.error));
    }
    m_support.out() << tr("%1 entitlements created (%2 already there, %3 with no amount from the rule).")
                           .arg(result.created)
                           .arg(result.alreadyThere)
                           .arg(result.noAmount)
                    << Qt::endl;
    return ExitSuccess;
}

int CycleCommand::changeState(CycleService& cycles, const QString& action, qint64 id, const Officer& officer)
{
    QTextStream& out = m_support.out();
    QString error;
    bool done = false;
    if (action == u"submit") {
        done = cycles.submit(id, officer, &error);
    } else if (action == u"approve") {
        done = cycles.approve(id, officer, &error);
    } else if (action == u"send-back") {
        done = cycles.sendBack(id, officer, &error);
    } else {
        done = cycles.cancel(id, officer, &error);
    }
    if (!done) {
        return m_support.fail(tr("Cannot %1 cycle %2: %3").arg(action).arg(id).arg(error));
    }
    const auto after = cycles.find(id, &error);
    if (!after) {
        return m_support.fail(tr("Recorded, but the cycle could not be read again: %1").arg(error));
    }
    const CycleState now = after->state;
    if (action == u"approve" && now == CycleState::ToApprove) {
        const auto status = cycles.approvalStatus(id, &error);
        if (!status) {
            return m_support.fail(error);
        }
        out << tr("Approval by %1 recorded: %2 of %3 checkers for a total of %4 %5; cycle %6 waits for %7 more.")
                   .arg(officer.id)
                   .arg(status->approvers.size())
                   .arg(status->required)
                   .arg(status->total.toDecimalString(), status->total.currency().code())
                   .arg(id)
                   .arg(status->missing())
            << Qt::endl;
        return ExitSuccess;
    }
    out << tr("Cycle %1 is now %2.").arg(id).arg(cycleStateText(now)) << Qt::endl;
    return ExitSuccess;
}
