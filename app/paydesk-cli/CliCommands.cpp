#include "CliCommands.h"

#include "AddressesCommand.h"
#include "AuditCommand.h"
#include "BatchCommand.h"
#include "BeneficiariesCommand.h"
#include "CycleCommand.h"
#include "DemoDataCommand.h"
#include "EvidenceCommand.h"
#include "ExitCode.h"
#include "FindingsCommand.h"
#include "ImportCommand.h"
#include "OfficerCommand.h"
#include "OutstandingCommand.h"
#include "ProgramCommand.h"
#include "ReconcileCommand.h"
#include "ReissueCommand.h"
#include "ReportCommand.h"
#include "ReviewCommand.h"
#include "SendCommand.h"
#include "SignCommand.h"
#include "StatementCommand.h"

#include <cstdio>

namespace {

template <typename Command> int runCommand(CliSupport& support, const QStringList& arguments)
{
    return Command(support).run(arguments);
}

// A short form: "enrol ID" stands for "program enrol ID".
template <typename Command> std::function<int(CliSupport&, const QStringList&)> shortFor(const char* subcommand)
{
    return [subcommand](CliSupport& support, const QStringList& arguments) {
        return Command(support).run(QStringList{arguments.first(), QString::fromLatin1(subcommand)} + arguments.mid(1));
    };
}

int runSend(CliSupport& support, const QStringList& arguments)
{
    return SendCommand(support, QStringLiteral("send")).run(arguments);
}

int runResolve(CliSupport& support, const QStringList& arguments)
{
    return SendCommand(support, QStringLiteral("resolve")).run(arguments);
}

int runAdmin(CliSupport& support, const QStringList& arguments)
{
    return OfficerCommand(support).runAdmin(arguments);
}

int runOfficer(CliSupport& support, const QStringList& arguments)
{
    return OfficerCommand(support).runOfficer(arguments);
}

// The registry, the audit log and the officers.
QList<CliCommand> registryAndOfficerCommands()
{
    return {
        {QStringLiteral("demo-data"),
         {{"demo-data", QT_TRANSLATE_NOOP("CliCommands", "write a synthetic registry CSV")}},
         runCommand<DemoDataCommand>},
        {QStringLiteral("import"),
         {{"import FILE", QT_TRANSLATE_NOOP("CliCommands", "import a registry CSV into the database")}},
         runCommand<ImportCommand>},
        {QStringLiteral("beneficiaries"),
         {{"beneficiaries", QT_TRANSLATE_NOOP("CliCommands", "list beneficiaries")}},
         runCommand<BeneficiariesCommand>},
        {QStringLiteral("audit"),
         {{"audit verify",
           QT_TRANSLATE_NOOP("CliCommands",
                             "check the audit log: its chain, and with --trust CERT every signature and checkpoint")},
          {"audit list", QT_TRANSLATE_NOOP("CliCommands", "show the latest audit log entries")}},
         runCommand<AuditCommand>},
        {QStringLiteral("admin"),
         {{"admin init",
           QT_TRANSLATE_NOOP("CliCommands", "the administrator's key and anchor certificate (or the ministry's CA)")}},
         runAdmin},
        {QStringLiteral("officer"),
         {{"officer request", QT_TRANSLATE_NOOP("CliCommands", "an officer's own key and certificate request")},
          {"officer add",
           QT_TRANSLATE_NOOP("CliCommands",
                             "add an officer (maker, checker or viewer): an administrator's signed act")},
          {"officer certify",
           QT_TRANSLATE_NOOP("CliCommands", "certify an officer's key; also role, deactivate, revoke-key")},
          {"officer list",
           QT_TRANSLATE_NOOP("CliCommands",
                             "list the officers, with the roles administrators' signed acts gave them")}},
         runOfficer},
    };
}

// Programs and their cycles, up to approval.
QList<CliCommand> programAndCycleCommands()
{
    return {
        {QStringLiteral("program"),
         {{"program", QT_TRANSLATE_NOOP("CliCommands", "create, list and enrol programs")}},
         runCommand<ProgramCommand>},
        {QStringLiteral("enrol"),
         {{"enrol ID",
           QT_TRANSLATE_NOOP("CliCommands", "apply a program's eligibility to the registry (program enrol)")}},
         shortFor<ProgramCommand>("enrol")},
        {QStringLiteral("cycle"),
         {{"cycle",
           QT_TRANSLATE_NOOP("CliCommands", "create, generate, submit, approve, send back, cancel and list cycles")}},
         runCommand<CycleCommand>},
        {QStringLiteral("entitlements"),
         {{"entitlements ID", QT_TRANSLATE_NOOP("CliCommands", "list a cycle's entitlements (cycle entitlements)")}},
         shortFor<CycleCommand>("entitlements")},
        {QStringLiteral("addresses"),
         {{"addresses",
           QT_TRANSLATE_NOOP("CliCommands",
                             "ask the ID-to-account mapper for a cycle's financial addresses (G2P Connect)")}},
         runCommand<AddressesCommand>},
    };
}

// Batches, sending and what followed.
QList<CliCommand> paymentCommands()
{
    return {
        {QStringLiteral("batches"),
         {{"batches", QT_TRANSLATE_NOOP("CliCommands",
                                        "prepare a cycle's payments into frozen batches, list them, export a bundle")}},
         runCommand<BatchCommand>},
        {QStringLiteral("send"),
         {{"send ID", QT_TRANSLATE_NOOP(
                          "CliCommands",
                          "send a cycle's ready batches to Payment Hub EE or G2P Connect, exactly once (a checker)")}},
         runSend},
        {QStringLiteral("resolve"),
         {{"resolve ID",
           QT_TRANSLATE_NOOP("CliCommands",
                             "resolve a cycle's uncertain batches by asking the hub whether it has them")}},
         runResolve},
        {QStringLiteral("reconcile"),
         {{"reconcile ID",
           QT_TRANSLATE_NOOP("CliCommands",
                             "what the hub really paid: payments paid or failed, batches and the cycle completed")}},
         runCommand<ReconcileCommand>},
        {QStringLiteral("findings"),
         {{"findings ID",
           QT_TRANSLATE_NOOP(
               "CliCommands",
               "before approval: joined, left, amount jumps, changed or shared accounts, paid elsewhere")}},
         runCommand<FindingsCommand>},
        {QStringLiteral("outstanding"),
         {{"outstanding",
           QT_TRANSLATE_NOOP("CliCommands",
                             "money in the dark: batches sent without a final outcome, aged, with what to do")}},
         runCommand<OutstandingCommand>},
        {QStringLiteral("reissue"),
         {{"reissue", QT_TRANSLATE_NOOP("CliCommands",
                                        "pay failed payments again: a maker requests, a checker approves or rejects")}},
         runCommand<ReissueCommand>},
    };
}

// Reports, evidence and offline review.
QList<CliCommand> reportAndReviewCommands()
{
    return {
        {QStringLiteral("report"),
         {{"report cycle ID",
           QT_TRANSLATE_NOOP("CliCommands",
                             "a cycle's disbursement report, as PDF (--pdf) and every payment as CSV (--csv)")}},
         runCommand<ReportCommand>},
        {QStringLiteral("evidence"),
         {{"evidence ID",
           QT_TRANSLATE_NOOP("CliCommands",
                             "an evidence pack of a cycle or batch, sealed, for auditors (checked by review)")}},
         runCommand<EvidenceCommand>},
        {QStringLiteral("statement"),
         {{"statement match",
           QT_TRANSLATE_NOOP("CliCommands",
                             "the payer account's bank statement (MT940, CSV) against a cycle: three-way")}},
         runCommand<StatementCommand>},
        {QStringLiteral("sign"),
         {{"sign FILE", QT_TRANSLATE_NOOP("CliCommands", "print a batch file's Payment Hub EE X-SIGNATURE")}},
         runCommand<SignCommand>},
        {QStringLiteral("review"),
         {{"review FILE",
           QT_TRANSLATE_NOOP("CliCommands", "review a batch file offline: figures and what the hub would refuse")},
          {"review DIR", QT_TRANSLATE_NOOP("CliCommands", "check an evidence pack offline")}},
         runCommand<ReviewCommand>},
    };
}

} // namespace

const QList<CliCommand>& CliCommands::commands()
{
    static const QList<CliCommand> all =
        registryAndOfficerCommands() + programAndCycleCommands() + paymentCommands() + reportAndReviewCommands();
    return all;
}

CliCommands::CliCommands() : m_out(stdout), m_err(stderr), m_support(m_out, m_err) {}

void CliCommands::printHelp()
{
    m_out << tr("Usage: paydesk-cli COMMAND [OPTIONS]") << "\n\n" << tr("Commands:") << '\n';
    for (const CliCommand& command : commands()) {
        for (const CliCommand::Usage& usage : command.usages) {
            m_out << "  " << QString::fromLatin1(usage.synopsis).leftJustified(15) << ' ' << tr(usage.summary) << '\n';
        }
    }
    m_out << '\n'
          << tr("Run paydesk-cli COMMAND --help for a command's options.") << '\n'
          << tr("Exit codes: 0 success, 1 failure, 2 wrong command line, 3 imported with rejected rows,\n"
                "4 the reviewed file or statement has findings, 5 a batch is uncertain (resolve it).")
          << Qt::endl;
}

int CliCommands::run(const QStringList& arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        printHelp();
        return arguments.isEmpty() ? ExitUsage : ExitSuccess;
    }
    const QString name = arguments.first();
    if (name == u"--version" || name == u"version") {
        m_out << QStringLiteral("paydesk-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitSuccess;
    }
    for (const CliCommand& command : commands()) {
        if (command.name == name) {
            return command.run(m_support, QStringList{QStringLiteral("paydesk-cli ") + name} + arguments.mid(1));
        }
    }
    return m_support.usage(tr("Unknown command \"%1\".").arg(name));
}
