#include "FindingsCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "assurance/CycleDiff.h"
#include "hub/HubEndpoint.h"
#include "mapper/PartyLookup.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

CycleActionCommand::Help FindingsCommand::help() const
{
    return {
        tr("What a checker should see before approving a cycle: beneficiaries who joined or left since the program's "
           "previous cycle, amounts that moved by more than --jump-share (0.5: 50 %), payees paid at another account "
           "last time, accounts shared by several beneficiaries, beneficiaries the program cannot pay as the registry "
           "stands, and beneficiaries paid by another program's cycle of the same period. --acknowledge: the acting "
           "checker acknowledges them, in the audit log."),
        tr("findings takes a cycle id; --jump-share a share above 0 such as 0.5."),
        {QCommandLineOption(QStringLiteral("jump-share"), tr("The share an amount may move by unnoticed."),
                            QStringLiteral("S"), QString::number(CycleDiff::kDefaultJumpShare)),
         QCommandLineOption(QStringLiteral("acknowledge"), tr("Acknowledge the findings (a checker).")),
         CliSupport::jsonOption()}};
}

QString FindingsCommand::usageProblem(const QCommandLineParser& parser) const
{
    bool shareOk = false;
    const double share = parser.value(QStringLiteral("jump-share")).toDouble(&shareOk);
    return shareOk && share > 0 ? QString() : help().usage;
}

int FindingsCommand::act(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work)
{
    const double share = parser.value(QStringLiteral("jump-share")).toDouble();
    // A program that names a party lookup has the payment network asked about its payees first.
    const HubEndpoint endpoint = HubEndpoint::fromProgramSettings(work.program.hubSettings);
    if (!endpoint.partyLookupUrl.isEmpty()) {
        const PartyLookup::Result looked = PartyLookup(*work.database).lookUp(cycleId, endpoint, work.officer);
        if (!looked.succeeded) {
            return m_support.fail(tr("The payees were not looked up: %1").arg(looked.error));
        }
        if (!parser.isSet(QStringLiteral("json"))) {
            m_support.out() << tr("Payees looked up on the payment network: %1 asked, %2 not found, %3 known already.")
                                   .arg(looked.asked)
                                   .arg(looked.notFound)
                                   .arg(looked.alreadyKnown)
                            << Qt::endl;
        }
    }
    CycleDiff diff(*work.database);
    QString error;
    CycleDiffResult result;
    bool acknowledged = false;
    if (parser.isSet(QStringLiteral("acknowledge"))) {
        if (!diff.acknowledge(cycleId, work.officer, &error, share, &result)) {
            return m_support.fail(error);
        }
        acknowledged = true;
    } else {
        result = diff.compare(cycleId, share);
        if (!result.succeeded) {
            return m_support.fail(result.error);
        }
        acknowledged = diff.isAcknowledged(cycleId, result.fingerprint, work.officer.id, &error);
    }
    return print(parser, result, acknowledged);
}

int FindingsCommand::print(const QCommandLineParser& parser, const CycleDiffResult& result, bool acknowledged)
{
    QTextStream& text = m_support.out();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray findings;
        for (const CycleFinding& finding : result.findings) {
            findings.append(QJsonObject{{QStringLiteral("kind"), CycleFinding::kindName(finding.kind)},
                                        {QStringLiteral("registry_id"), finding.registryId},
                                        {QStringLiteral("name"), finding.name},
                                        {QStringLiteral("detail"), finding.detail}});
        }
        QJsonObject counts;
        for (int kind = 0; kind < CycleFinding::kKinds; ++kind) {
            counts.insert(CycleFinding::kindName(CycleFinding::Kind(kind)), result.counts.at(kind));
        }
        text << QJsonDocument(QJsonObject{{QStringLiteral("previous_cycle"), result.previousCycleId},
                                          {QStringLiteral("counts"), counts},
                                          {QStringLiteral("findings"), findings},
                                          {QStringLiteral("fingerprint"), result.fingerprint},
                                          {QStringLiteral("acknowledged_by_you"), acknowledged}})
                    .toJson(QJsonDocument::Compact)
             << Qt::endl;
        return ExitSuccess;
    }
    text << (result.previousCycleId > 0
                 ? tr("Against cycle %1 (%2):").arg(result.previousCycleId).arg(result.previousCycleName)
                 : tr("The program's first cycle: nothing to compare with."))
         << Qt::endl;
    for (int kind = 0; kind < CycleFinding::kKinds; ++kind) {
        text << tr("  %1: %2").arg(CycleFinding::kindName(CycleFinding::Kind(kind))).arg(result.counts.at(kind))
             << Qt::endl;
    }
    for (const CycleFinding& finding : result.findings) {
        text << CycleFinding::kindName(finding.kind) << u'\t' << finding.registryId << u'\t' << finding.name << u'\t'
             << finding.detail << Qt::endl;
    }
    text << (acknowledged ? tr("You acknowledged these findings.") : tr("Not acknowledged by you.")) << Qt::endl;
    return ExitSuccess;
}
