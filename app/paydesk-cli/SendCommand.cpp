#include "SendCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "batching/BatchRepository.h"
#include "batching/SigningKey.h"
#include "disbursement/BatchSender.h"
#include "disbursement/DisbursementChannel.h"
#include "hub/HubEndpoint.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
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
                                    tr("Confirms posting again an uncertain batch the hub still does not have after the grace "
                                       "period (same correlation id, same file)."));
    const QCommandLineOption grace(QStringLiteral("grace-seconds"),
                                   tr("How long the hub may take to show an accepted batch (default 600)."), QStringLiteral("S"),
                                   QStringLiteral("600"));
    parser.addOptions({key, batch, yes, repost, grace, CliSupport::databaseOption(), CliSupport::jsonOption(), CliSupport::officerOption()});
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
    if (!graceSeconds || *graceSeconds < 0) {
        return m_support.usage(tr("--grace-seconds takes a number of seconds, 0 or more."));
    }
    if (const auto problem = CliSupport::hubOptionsProblem(parser)) {
        return m_support.usage(*problem);
    }
    const auto work = m_support.openCycle(parser, cycleId);
    if (!work) {
        return ExitFailure;
    }
    Database* const database = work->database.get();
    const Officer* const officer = &work->officer;
    const Program* const program = &work->program;
    if (action == u"send" && !parser.isSet(key) && program->backend == PaymentBackend::PaymentHubEe) {
        return m_support.usage(tr("send needs --key, the tenant's signing key."));
    }
    const HubEndpoint endpoint = m_support.hubEndpoint(parser, *program);
    if (!DisbursementChannel::isComplete(*program, endpoint)) {
        return m_support.fail(program->backendSettings.value(QStringLiteral("hub")).toString() == u"sandbox"
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
    BatchSender::Options options;
    options.graceSeconds = *graceSeconds;
    // send without --yes only shows what would leave: nothing is posted again either.
    options.repostConfirmed = parser.isSet(repost) && (action == u"resolve" || parser.isSet(yes));
    BatchSender sender(*database, *channel, options);

    QTextStream& text = m_support.out();
    QJsonArray outcomes;
    bool anyUncertain = false;
    bool anyRefused = false;
    const auto report = [&](const SendOutcome& outcome) {
        text << outcome.message << Qt::endl;
        anyUncertain = anyUncertain || outcome.uncertain();
        anyRefused = anyRefused || outcome.state == BatchState::Rejected;
        outcomes.append(QJsonObject{{QStringLiteral("batch"), double(outcome.batchId)},
                                    {QStringLiteral("state"), batchStateName(outcome.state)},
                                    {QStringLiteral("posted"), outcome.posted},
                                    {QStringLiteral("may_repost"), outcome.mayRepost},
                                    {QStringLiteral("message"), outcome.message}});
    };
    // Before anything else leaves: what is uncertain is resolved.
    for (const qint64 uncertain : sender.uncertainBatches(cycleId)) {
        report(sender.resolve(uncertain, *officer));
    }
    if (action == u"send") {
        QList<PaymentBatch> toSend;
        for (const PaymentBatch& listed : BatchRepository(*database).batchesOf(cycleId)) {
            const bool named = parser.isSet(batch) && listed.id == parser.value(batch).toLongLong();
            if ((!parser.isSet(batch) && listed.state == BatchState::Ready)
                || (named && (listed.state == BatchState::Ready || listed.state == BatchState::Rejected))) {
                toSend.append(listed);
            }
        }
        qint64 payments = 0;
        QMap<QString, qint64> totals;
        for (const PaymentBatch& listed : std::as_const(toSend)) {
            payments += listed.rowCount;
            totals[listed.total.currency().code()] += listed.total.minorUnits();
        }
        QStringList totalsText;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            totalsText.append(Money(it.value(), Currency::fromCode(it.key())).toDecimalString() + u' ' + it.key());
        }
        text << tr("To send to %1 (tenant %2): %n batch(es), ", nullptr, int(toSend.size())).arg(endpoint.bulkUrl.toString(), endpoint.tenant)
             << tr("%n payment(s), ", nullptr, int(payments)) << tr("total %1.").arg(totalsText.join(QStringLiteral(", "))) << Qt::endl;
        if (!parser.isSet(yes) && !toSend.isEmpty()) {
            text << tr("Nothing was sent: add --yes to confirm.") << Qt::endl;
            return ExitUsage;
        }
        for (const PaymentBatch& listed : std::as_const(toSend)) {
            const SendOutcome outcome = sender.send(listed.id, *officer);
            report(outcome);
            if (outcome.uncertain()) {
                break; // nothing more leaves until this one is accounted for
            }
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        text << QJsonDocument(outcomes).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return anyUncertain ? ExitUncertain : anyRefused ? ExitFailure : ExitSuccess;
}
