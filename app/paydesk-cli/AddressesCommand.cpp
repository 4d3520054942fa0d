#include "AddressesCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "hub/G2pConnectClient.h"
#include "mapper/FinancialAddressResolver.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

constexpr int kListed = 1000;

} // namespace

AddressesCommand::AddressesCommand(CliSupport& support) : m_support(support) {}

int AddressesCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Financial addresses from the G2P Connect ID-to-account mapper, for programs that pay by registry id. "
           "\"resolve CYCLE_ID\": asks the mapper for the cycle's beneficiaries whose address is missing, unresolved "
           "or older "
           "than --max-age-days, and keeps each answer with when and from which mapper; \"unresolved CYCLE_ID\": those "
           "who "
           "cannot be paid yet, with the mapper's reason. They are never batched."));
    const QCommandLineOption maxAge(QStringLiteral("max-age-days"), tr("Ask again for addresses older than this."),
                                    QStringLiteral("DAYS"),
                                    QString::number(FinancialAddressResolver::kDefaultMaxAgeDays));
    const QCommandLineOption mapperUrl(QStringLiteral("mapper-url"), tr("The mapper (default: the program's)."),
                                       QStringLiteral("URL"));
    parser.addOptions({maxAge, mapperUrl, CliSupport::databaseOption(), CliSupport::jsonOption(),
                       CliSupport::officerOption(), CliSupport::officerKeyOption()});
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("resolve or unresolved."));
    parser.addPositionalArgument(QStringLiteral("CYCLE_ID"), tr("The cycle."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const qint64 cycleId = CliSupport::idAt(positional, 1);
    if (positional.size() != 2 || cycleId == 0 || (action != u"resolve" && action != u"unresolved")) {
        return m_support.usage(tr("addresses takes resolve or unresolved, and a cycle id."));
    }
    const auto maxAgeDays =
        CliSupport::wholeNumber(parser, QStringLiteral("max-age-days"), FinancialAddressResolver::kDefaultMaxAgeDays);
    if (!maxAgeDays || *maxAgeDays < 0) {
        return m_support.usage(tr("--max-age-days takes a number of days, 0 or more."));
    }
    auto work = m_support.openCycle(parser, cycleId);
    if (!work) {
        return m_support.actingFailure();
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QList<AddressResolution::Unresolved> unresolved;
    if (action == u"resolve") {
        const std::optional<QList<AddressResolution::Unresolved>> sample =
            resolve(*work, cycleId, parser.value(QStringLiteral("mapper-url")), *maxAgeDays, json);
        if (!sample) {
            return ExitFailure;
        }
        unresolved = *sample;
    } else {
        QString error;
        unresolved = FinancialAddressResolver(*work->database).unresolved(cycleId, kListed, &error);
        if (!error.isEmpty()) {
            return m_support.fail(error);
        }
    }
    QTextStream& text = m_support.out();
    if (json) {
        QJsonArray list;
        for (const AddressResolution::Unresolved& one : std::as_const(unresolved)) {
            list.append(
                QJsonObject{{QStringLiteral("registry_id"), one.registryId}, {QStringLiteral("reason"), one.reason}});
        }
        text << QJsonDocument(QJsonObject{{QStringLiteral("unresolved"), list}}).toJson(QJsonDocument::Compact)
             << Qt::endl;
        return ExitSuccess;
    }
    for (const AddressResolution::Unresolved& one : std::as_const(unresolved)) {
        text << one.registryId << u'\t' << one.reason << Qt::endl;
    }
    return ExitSuccess;
}

// Asks the mapper (the program's, or mapperUrl) about the cycle; the sample of the unresolved, or
// nothing with the failure reported.
std::optional<QList<AddressResolution::Unresolved>> AddressesCommand::resolve(CliSupport::CycleWork& work,
                                                                              qint64 cycleId, const QString& mapperUrl,
                                                                              int maxAgeDays, bool json)
{
    HubEndpoint endpoint = HubEndpoint::fromProgramSettings(work.program.hubSettings);
    if (!mapperUrl.isEmpty()) {
        endpoint.mapperUrl = QUrl(mapperUrl);
    }
    if (endpoint.mapperUrl.isEmpty()) {
        m_support.fail(tr("Program %1 names no ID-to-account mapper: give --mapper-url.").arg(work.program.id));
        return std::nullopt;
    }
    G2pConnectClient mapper(endpoint);
    const AddressResolution result =
        FinancialAddressResolver(*work.database)
            .resolve(cycleId, mapper, endpoint.mapperUrl.toString(), work.officer, maxAgeDays);
    if (!json) {
        m_support.out() << tr("%1 beneficiaries asked of %2: %3 resolved, %4 unresolved; %5 known already.")
                               .arg(result.asked)
                               .arg(endpoint.mapperUrl.toString())
                               .arg(result.resolved)
                               .arg(result.unresolved)
                               .arg(result.alreadyKnown)
                        << Qt::endl;
    }
    if (!result.succeeded) {
        m_support.fail(result.error);
        return std::nullopt;
    }
    return result.sample;
}
