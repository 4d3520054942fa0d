// paydesk-hubsim: the sandbox Payment Hub EE as its own process (for crash tests and for trying a
// client by hand). Prints where it listens, then serves until stopped.
#include "HubSandbox.h"
#include "HubSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace {

// Every option, in the order --help lists them.
void addOptions(QCommandLineParser& parser)
{
    const auto option = [&parser](const QString& name, const QString& description, const QString& valueName = {},
                                  const QString& defaultValue = {}) {
        parser.addOption(QCommandLineOption(name, description, valueName, defaultValue));
    };
    option(QStringLiteral("address"), QCoreApplication::translate("paydesk-hubsim", "Address to listen on."),
           QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    option(QStringLiteral("bulk-port"),
           QCoreApplication::translate("paydesk-hubsim", "Bulk processor port (0: any free port)."),
           QStringLiteral("PORT"), QStringLiteral("0"));
    option(QStringLiteral("ops-port"),
           QCoreApplication::translate("paydesk-hubsim", "Operations app port (0: any free port)."),
           QStringLiteral("PORT"), QStringLiteral("0"));
    option(QStringLiteral("tenant"),
           QCoreApplication::translate("paydesk-hubsim", "A tenant: NAME, NAME,CERT.pem (uploads checked), or "
                                                         "NAME,CERT.pem,KEY.pem (answers signed too). Repeatable."),
           QStringLiteral("TENANT"));
    option(QStringLiteral("no-flow"),
           QCoreApplication::translate("paydesk-hubsim", "A tenant the hub has no workflow for (412)."),
           QStringLiteral("NAME"));
    option(QStringLiteral("fail-payee"),
           QCoreApplication::translate("paydesk-hubsim", "Transfers to this payee fail. Repeatable."),
           QStringLiteral("ID"));
    option(QStringLiteral("fail-pattern"),
           QCoreApplication::translate("paydesk-hubsim", "Transfers to payees matching this fail."),
           QStringLiteral("REGEX"));
    option(QStringLiteral("fail-code"),
           QCoreApplication::translate("paydesk-hubsim", "Mojaloop error code of those failures."),
           QStringLiteral("CODE"), QStringLiteral("5101"));
    option(QStringLiteral("fail-share"),
           QCoreApplication::translate("paydesk-hubsim", "Share of other transfers that fail at random (0-1)."),
           QStringLiteral("SHARE"), QStringLiteral("0"));
    option(QStringLiteral("seed"), QCoreApplication::translate("paydesk-hubsim", "Seed of the random failures."),
           QStringLiteral("N"), QStringLiteral("1"));
    option(QStringLiteral("time-scale"),
           QCoreApplication::translate("paydesk-hubsim", "Simulated milliseconds per real millisecond."),
           QStringLiteral("X"), QStringLiteral("1"));
    option(QStringLiteral("max-file-bytes"),
           QCoreApplication::translate("paydesk-hubsim", "Largest batch file accepted (csv.size)."),
           QStringLiteral("BYTES"), QStringLiteral("100000"));
    option(QStringLiteral("faults"),
           QCoreApplication::translate("paydesk-hubsim",
                                       "Faults from the start, as POST /sim/faults takes them: {\"latencyMs\":500,"
                                       "\"dropAfterAccept\":1,\"serverErrors\":0,\"preconditionFailures\":0,"
                                       "\"visibilityLagMs\":2000,\"staleCounters\":false}"),
           QStringLiteral("JSON"));
    option(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate("paydesk-hubsim", "The bulk processor speaks HTTPS with this certificate (PEM)."),
        QStringLiteral("CERT.pem"));
    option(QStringLiteral("tls-key"),
           QCoreApplication::translate("paydesk-hubsim", "The private key of --tls-cert (PEM)."),
           QStringLiteral("KEY.pem"));
    option(QStringLiteral("auth"),
           QCoreApplication::translate("paydesk-hubsim", "The operations API needs a token from /oauth/token."));
    option(QStringLiteral("mojaloop-connector"),
           QCoreApplication::translate("paydesk-hubsim", "Carry MOJALOOP transfers over a real switch: the "
                                                         "Mojaloop SDK scheme adapter's outbound API at URL."),
           QStringLiteral("URL"));
    option(QStringLiteral("mojaloop-concurrency"),
           QCoreApplication::translate("paydesk-hubsim", "Transfers in flight on the switch at once."),
           QStringLiteral("N"), QStringLiteral("4"));
    option(QStringLiteral("mojaloop-timeout-ms"),
           QCoreApplication::translate("paydesk-hubsim", "A transfer the switch has not ended by then fails."),
           QStringLiteral("MS"), QStringLiteral("30000"));
    option(QStringLiteral("mapper"),
           QCoreApplication::translate("paydesk-hubsim", "The G2P Connect mapper's registry: a JSON object of "
                                                         "beneficiary id -> financial address."),
           QStringLiteral("FILE"));
    option(QStringLiteral("g2p-sender"),
           QCoreApplication::translate("paydesk-hubsim", "A G2P Connect sender whose requests must be signed: "
                                                         "SENDER_ID,PUBLIC_KEY.pem (Ed25519). Repeatable."),
           QStringLiteral("ID,PEM"));
}

// The tenants, the outcome rules and the simulation's pace.
bool readTenantsAndOutcomes(const QCommandLineParser& parser, HubOptions& options, QTextStream& err)
{
    for (const QString& spec : parser.values(QStringLiteral("tenant"))) {
        QString error;
        auto hubTenant = HubTenant::fromSpec(spec, &error);
        if (!hubTenant) {
            err << error << Qt::endl;
            return false;
        }
        hubTenant->hasFlow = !parser.values(QStringLiteral("no-flow")).contains(hubTenant->name);
        options.tenants.append(*hubTenant);
    }
    if (options.tenants.isEmpty()) {
        options.tenants.append({QStringLiteral("gorilla"), {}, {}, true});
    }
    OutcomeRule rule;
    rule.payeeIds = parser.values(QStringLiteral("fail-payee"));
    if (parser.isSet(QStringLiteral("fail-pattern"))) {
        rule.payeePattern.setPattern(QRegularExpression::anchoredPattern(parser.value(QStringLiteral("fail-pattern"))));
        if (!rule.payeePattern.isValid()) {
            err << QCoreApplication::translate("paydesk-hubsim", "--fail-pattern: %1")
                       .arg(rule.payeePattern.errorString())
                << Qt::endl;
            return false;
        }
    }
    rule.errorCode = parser.value(QStringLiteral("fail-code"));
    if (!rule.payeeIds.isEmpty() || parser.isSet(QStringLiteral("fail-pattern"))) {
        options.rules.append(rule);
    }
    options.failShare = qBound(0.0, parser.value(QStringLiteral("fail-share")).toDouble(), 1.0);
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    options.timeScale = qMax(0.001, parser.value(QStringLiteral("time-scale")).toDouble());
    options.maxFileBytes = parser.value(QStringLiteral("max-file-bytes")).toLongLong();
    options.authEnabled = parser.isSet(QStringLiteral("auth"));
    return true;
}

// How the hub reaches the world: a real Mojaloop switch, TLS, G2P Connect senders and mapper.
bool readConnections(const QCommandLineParser& parser, HubOptions& options, QTextStream& err)
{
    if (parser.isSet(QStringLiteral("mojaloop-connector"))) {
        options.mojaloopConnector = QUrl(parser.value(QStringLiteral("mojaloop-connector")));
        options.mojaloopConcurrency = parser.value(QStringLiteral("mojaloop-concurrency")).toInt();
        options.mojaloopTimeoutMs = parser.value(QStringLiteral("mojaloop-timeout-ms")).toInt();
        if (!options.mojaloopConnector.isValid() || options.mojaloopConnector.scheme().isEmpty() ||
            options.mojaloopConcurrency < 1 || options.mojaloopTimeoutMs < 1) {
            err << QCoreApplication::translate("paydesk-hubsim",
                                               "--mojaloop-connector takes a URL (http://host:port), "
                                               "--mojaloop-concurrency and --mojaloop-timeout-ms positive numbers")
                << Qt::endl;
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        QFile certificateFile(parser.value(QStringLiteral("tls-cert")));
        QFile keyFile(parser.value(QStringLiteral("tls-key")));
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("paydesk-hubsim",
                                               "--tls-cert and --tls-key must name readable PEM files")
                << Qt::endl;
            return false;
        }
        options.tlsCertificate = certificateFile.readAll();
        options.tlsKey = keyFile.readAll();
    }

    for (const QString& spec : parser.values(QStringLiteral("g2p-sender"))) {
        QFile key(spec.section(u',', 1));
        if (spec.section(u',', 0, 0).isEmpty() || !key.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("paydesk-hubsim", "--g2p-sender takes SENDER_ID,PUBLIC_KEY.pem: %1")
                       .arg(spec)
                << Qt::endl;
            return false;
        }
        options.g2pSenderKeys.insert(spec.section(u',', 0, 0), key.readAll());
    }
    if (parser.isSet(QStringLiteral("mapper")) && !options.readMapper(parser.value(QStringLiteral("mapper")))) {
        err << QCoreApplication::translate("paydesk-hubsim", "--mapper: %1 is not a readable JSON object")
                   .arg(parser.value(QStringLiteral("mapper")))
            << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-hubsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "paydesk-hubsim", "A sandbox Payment Hub EE on this machine: bulk processor and operations app."));
    parser.addHelpOption();
    parser.addVersionOption();
    addOptions(parser);
    parser.process(app);

    QTextStream err(stderr);
    HubOptions options;
    if (!readTenantsAndOutcomes(parser, options, err) || !readConnections(parser, options, err)) {
        return 2;
    }
    HubSandbox sandbox(options);
    QString error;
    if (!sandbox.start(QHostAddress(parser.value(QStringLiteral("address"))),
                       quint16(parser.value(QStringLiteral("bulk-port")).toUInt()),
                       quint16(parser.value(QStringLiteral("ops-port")).toUInt()), &error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("faults"))) {
        QJsonParseError parseError;
        const QJsonDocument faults =
            QJsonDocument::fromJson(parser.value(QStringLiteral("faults")).toUtf8(), &parseError);
        if (!faults.isObject()) {
            err << QCoreApplication::translate("paydesk-hubsim", "--faults: not a JSON object (%1)")
                       .arg(parseError.errorString())
                << Qt::endl;
            return 2;
        }
        sandbox.simulator().setFaults(HubFaults::fromJson(faults.object()));
    }
    QTextStream out(stdout);
    out << QCoreApplication::translate("paydesk-hubsim", "bulk processor: %1").arg(sandbox.bulkUrl().toString())
        << Qt::endl;
    out << QCoreApplication::translate("paydesk-hubsim", "operations app: %1").arg(sandbox.operationsUrl().toString())
        << Qt::endl;
    return app.exec();
}
