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

CycleActionCommand::Help SendCommand::help() const
{
    return {
        m_action == u"send" ? tr("Sends a cycle's ready batches to the program's Payment Hub EE, exactly once: "
                                 "uncertain batches are resolved "
                                 "first. Needs a checker. Without --yes it only shows what would leave.")
                            : tr("Resolves a cycle's uncertain (sending) batches against the hub's operations API."),
        tr("%1 takes a cycle id.").arg(m_action),
        QList<QCommandLineOption>{
            QCommandLineOption(QStringLiteral("key"),
                               tr("The tenant's PEM private key (X-SIGNATURE); resolve needs it only to post again."),
                               QStringLiteral("KEY.pem")),
            QCommandLineOption(QStringLiteral("batch"),
                               tr("Only this batch (a refused one is sent again only this way)."),
                               QStringLiteral("ID")),
            QCommandLineOption(QStringLiteral("yes"),
                               tr("The officer confirms the batches, payments and totals shown.")),
            QCommandLineOption(
                QStringLiteral("repost"),
                tr("With --yes: posts again an uncertain batch the hub still does not have after the grace "
                   "period (same correlation id, same file). Without --yes it shows the evidence of absence.")),
            QCommandLineOption(
                QStringLiteral("grace-seconds"),
                tr("How long the hub may take to show an accepted batch, on the hub's clock (at least 600, "
                   "the default)."),
                QStringLiteral("S"), QStringLiteral("600")),
            QCommandLineOption(
                QStringLiteral("not-uploaded-elsewhere"),
                tr("With --batch and --yes: the officer confirms that the batch exported for hand-carry was "
                   "not uploaded anywhere else; it is posted once the hub is shown not to have it.")),
            CliSupport::jsonOption()} +
            CliSupport::hubOptions()};
}

QString SendCommand::usageProblem(const QCommandLineParser& parser) const
{
    const auto graceSeconds = CliSupport::wholeNumber(parser, QStringLiteral("grace-seconds"), 600);
    if (!graceSeconds || *graceSeconds < BatchSender::kMinimumGraceSeconds) {
        return tr("--grace-seconds takes a number of seconds, at least %1: a hub may take minutes to show a batch "
                  "it accepted, and a shorter wait would post it twice.")
            .arg(BatchSender::kMinimumGraceSeconds);
    }
    if (parser.isSet(QStringLiteral("not-uploaded-elsewhere")) && !parser.isSet(QStringLiteral("batch"))) {
        return tr("--not-uploaded-elsewhere names one batch: give --batch.");
    }
    return CliSupport::hubOptionsProblem(parser).value_or(QString());
}

BatchSender::Options SendCommand::sendOptions(const QCommandLineParser& parser, const CycleSender::Plan& plan)
{
    BatchSender::Options options;
    options.graceSeconds = *CliSupport::wholeNumber(parser, QStringLiteral("grace-seconds"), 600);
    // Without --yes nothing is posted again: the evidence of absence is shown instead.
    if (!parser.isSet(QStringLiteral("yes"))) {
        return options;
    }
    const bool oneBatch = parser.isSet(QStringLiteral("batch"));
    const qint64 batchId = parser.value(QStringLiteral("batch")).toLongLong();
    for (const PaymentBatch& listed : plan.uncertain) {
        if (parser.isSet(QStringLiteral("repost")) && (!oneBatch || listed.id == batchId)) {
            options.repostConfirmed.insert(listed.id);
        }
    }
    for (const PaymentBatch& listed : plan.toSend) {
        if (parser.isSet(QStringLiteral("not-uploaded-elsewhere")) && listed.state == BatchState::HandedOver) {
            options.handOverConfirmed.insert(listed.id);
        }
    }
    return options;
}

int SendCommand::act(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work)
{
    const QString& action = m_action;
    Database* const database = work.database.get();
    const Officer* const officer = &work.officer;
    const Program* const program = &work.program;
    if (action == u"send" && !parser.isSet(QStringLiteral("key")) && program->backend == PaymentBackend::PaymentHubEe) {
        return m_support.usage(tr("send needs --key, the tenant's signing key."));
    }
    const HubEndpoint endpoint = m_support.hubEndpoint(parser, *program);
    if (!DisbursementChannel::isComplete(*program, endpoint)) {
        return m_support.fail(
            program->hubSettings.isSandbox()
                ? tr("Program %1 pays through PayDesk's sandbox hub, which runs inside the PayDesk window: "
                     "give --bulk-url and --ops-url to send from here.")
                      .arg(program->id)
                : tr("Program %1 names no hub: give --bulk-url and --ops-url.").arg(program->id));
    }
    QString error;
    std::unique_ptr<SigningKey> signingKey;
    if (parser.isSet(QStringLiteral("key")) &&
        !(signingKey = CliSupport::openKey(parser.value(QStringLiteral("key")), &error))) {
        return m_support.fail(tr("--key: %1").arg(error));
    }
    const auto channel = DisbursementChannel::forProgram(*program, endpoint, signingKey.get());
    const CycleSender::Plan plan =
        CycleSender::plan(*database, cycleId, parser.value(QStringLiteral("batch")).toLongLong());
    CycleSender sender(*database, *channel, sendOptions(parser, plan));

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
        text << tr("To send to %1 (tenant %2): %3").arg(endpoint.bulkUrl.toString(), endpoint.tenant, plan.summary())
             << Qt::endl;
        if (!parser.isSet(QStringLiteral("yes")) && !plan.toSend.isEmpty()) {
            text << tr("Nothing was sent: add --yes to confirm.") << Qt::endl;
            return ExitUsage;
        }
        for (const PaymentBatch& listed : plan.toSend) {
            request.confirmed.append(listed.id);
        }
    }
    sender.run(request, *officer, report);
    if (anyRepostable) {
        text << tr("The hub does not have the batches above although their grace period is over. If you are sure they "
                   "were not "
                   "uploaded in any other way, post them again with --repost --yes (same correlation id, same file).")
             << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        text << QJsonDocument(outcomes).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return anyUncertain ? ExitUncertain : anyRefused ? ExitFailure : ExitSuccess;
}
