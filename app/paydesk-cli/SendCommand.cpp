#include "SendCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "batching/SigningKey.h"
#include "disbursement/BatchSender.h"
#include "disbursement/CycleSender.h"
#include "disbursement/DisbursementChannel.h"
#include "hub/HubEndpoint.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

SendCommand::SendCommand(CliSupport& support)
    : m_support(support)
{
}

int SendCommand::run(const QString& action, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        action == u"send"
            ? tr("Sends a cycle's ready batches to the program's Payment Hub EE, exactly once: uncertain batches are resolved "
                 "first. Needs a checker. Without --yes it only shows what would leave.")
            : tr("Resolves a cycle's uncertain (sending) batches against the hub's operations API."));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("The tenant's PEM private key (X-SIGNATURE); resolve needs it only to post again."),
                                 QStringLiteral("KEY.pem"));
    const QCommandLineOption batch(QStringLiteral("batch"), tr("Only this batch (a refused one is sent again only this way)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("The officer confirms the batches, payments and totals shown."));
    const QCommandLineOption repost(QStringLiteral("repost"),
                                    tr("With --yes: posts again an uncertain batch the hub still does not have after the grace "
                                       "period (same correlation id, same file). Without --yes it shows the evidence of absence."));
    const QCommandLineOption grace(QStringLiteral("grace-seconds"),
                                   tr("How long the hub may take to show an accepted batch, on the hub's clock (at least 600, "
                                      "the default)."),
                                   QStringLiteral("S"), QStringLiteral("600"));
    const QCommandLineOption notUploaded(QStringLiteral("not-uploaded-elsewhere"),
                                         tr("With --batch and --yes: the officer confirms that the batch exported for hand-carry was "
                                            "not uploaded anywhere else; it is posted once the hub is shown not to have it."));
    parser.addOptions({key, batch, yes, repost, grace, notUploaded, CliSupport::databaseOption(), CliSupport::jsonOption(),
                       CliSupport::officerOption(), CliSupport::officerKeyOption()});
    parser.addOptions(CliSupport::hubOptions());
    parser.addPositionalArgument(QStringLiteral("CYCLE_ID"), tr("The cycle."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    bool idOk = false;
    const qint64 cycleId = parser.positionalArguments().value(0).toLongLong(&idOk);
    if (parser.positionalArguments().size() != 1 || !idOk) {
        return m_support.usage(tr("%1 takes a cycle id.").arg(action));
    }
    const auto graceSeconds = CliSupport::wholeNumber(parser, QStringLiteral("grace-seconds"), 600);
    if (!graceSeconds || *graceSeconds < BatchSender::kMinimumGraceSeconds) {
        return m_support.usage(tr("--grace-seconds takes a number of seconds, at least %1: a hub may take minutes to show a batch "
                                  "it accepted, and a shorter wait would post it twice.")
                                   .arg(BatchSender::kMinimumGraceSeconds));
    }
    if (parser.isSet(notUploaded) && !parser.isSet(batch)) {
        return m_support.usage(tr("--not-uploaded-elsewhere names one batch: give --batch."));
    }
    if (const auto problem = CliSupport::hubOptionsProblem(parser)) {
        return m_support.usage(*problem);
    }
    const auto work = m_support.openCycle(parser, cycleId);
    if (!work) {
        return m_support.actingFailure();
    }
    Database* const database = work->database.get();
    const Officer* const officer = &work->officer;
    const Program* const program = &work->program;
    if (action == u"send" && !parser.isSet(key) && program->backend == PaymentBackend::PaymentHubEe) {
        return m_support.usage(tr("send needs --key, the tenant's signing key."));
    }
    const HubEndpoint endpoint = m_support.hubEndpoint(parser, *program);
    if (!DisbursementChannel::isComplete(*program, endpoint)) {
        return m_support.fail(program->hubSettings.isSandbox()
                                  ? tr("Program %1 pays through PayDesk's sandbox hub, which runs inside the PayDesk window: "
                                       "give --bulk-url and --ops-url to send from here.").arg(program->id)
                                  : tr("Program %1 names no hub: give --bulk-url and --ops-url.").arg(program->id));
    }
    QString error;
    std::unique_ptr<SigningKey> signingKey;
    if (parser.isSet(key) && !(signingKey = CliSupport::openKey(parser.value(key), &error))) {
        return m_support.fail(tr("--key: %1").arg(error));
    }
    const auto channel = DisbursementChannel::forProgram(*program, endpoint, signingKey.get());
    const CycleSender::Plan plan = CycleSender::plan(*database, cycleId, parser.isSet(batch) ? parser.value(batch).toLongLong() : 0);
    BatchSender::Options options;
    options.graceSeconds = *graceSeconds;
    // Without --yes nothing is posted again: the evidence of absence is shown instead.
    if (parser.isSet(yes)) {
        for (const PaymentBatch& listed : plan.uncertain) {
            if (parser.isSet(repost) && (!parser.isSet(batch) || listed.id == parser.value(batch).toLongLong())) {
                options.repostConfirmed.insert(listed.id);
            }
        }
        for (const PaymentBatch& listed : plan.toSend) {
            if (parser.isSet(notUploaded) && listed.state == BatchState::HandedOver) {
                options.handOverConfirmed.insert(listed.id);
            }
        }
    }
    CycleSender sender(*database, *channel, options);

    QTextStream& text = m_support.out();
    QJsonArray outcomes;
    bool anyUncertain = false;
    bool anyRefused = false;
    bool anyRepostable = false;
    const auto report = [&](const SendOutcome& outcome, int, int) {
        text << outcome.message << Qt::endl;
        anyRepostable = anyRepostable || outcome.mayRepost;
        anyUncertain = anyUncertain || outcome.uncertain();
        anyRefused = anyRefused || outcome.state == BatchState::Rejected;
        outcomes.append(QJsonObject{{QStringLiteral("batch"), double(outcome.batchId)},
                                    {QStringLiteral("state"), batchStateName(outcome.state)},
                                    {QStringLiteral("posted"), outcome.posted},
                                    {QStringLiteral("may_repost"), outcome.mayRepost},
                                    {QStringLiteral("message"), outcome.message}});
    };
    CycleSender::Request request;
    request.cycleId = cycleId;
    request.resolveOnly = action != u"send";
    if (action == u"send") {
        text << tr("To send to %1 (tenant %2): %3").arg(endpoint.bulkUrl.toString(), endpoint.tenant, plan.summary()) << Qt::endl;
        if (!parser.isSet(yes) && !plan.toSend.isEmpty()) {
            text << tr("Nothing was sent: add --yes to confirm.") << Qt::endl;
            return ExitUsage;
        }
        for (const PaymentBatch& listed : plan.toSend) {
            request.confirmed.append(listed.id);
        }
    }
    sender.run(request, *officer, report);
    if (anyRepostable) {
        text << tr("The hub does not have the batches above although their grace period is over. If you are sure they were not "
                   "uploaded in any other way, post them again with --repost --yes (same correlation id, same file).")
             << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        text << QJsonDocument(outcomes).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return anyUncertain ? ExitUncertain : anyRefused ? ExitFailure : ExitSuccess;
}
