// paydesk-hubsim: the sandbox Payment Hub EE as its own process (for crash tests and for trying a
// client by hand). Prints where it listens, then serves until stopped.
#include "HubSandbox.h"
#include "HubSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

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
    const QCommandLineOption address(QStringLiteral("address"),
                                     QCoreApplication::translate("paydesk-hubsim", "Address to listen on."),
                                     QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption bulkPort(
        QStringLiteral("bulk-port"),
        QCoreApplication::translate("paydesk-hubsim", "Bulk processor port (0: any free port)."),
        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption opsPort(
        QStringLiteral("ops-port"),
        QCoreApplication::translate("paydesk-hubsim", "Operations app port (0: any free port)."),
        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption tenant(
        QStringLiteral("tenant"),
        QCoreApplication::translate("paydesk-hubsim", "A tenant: NAME, NAME,CERT.pem (uploads checked), or "
                                                      "NAME,CERT.pem,KEY.pem (answers signed too). Repeatable."),
        QStringLiteral("TENANT"));
    const QCommandLineOption noFlow(
        QStringLiteral("no-flow"),
        QCoreApplication::translate("paydesk-hubsim", "A tenant the hub has no workflow for (412)."),
        QStringLiteral("NAME"));
    const QCommandLineOption failPayee(
        QStringLiteral("fail-payee"),
        QCoreApplication::translate("paydesk-hubsim", "Transfers to this payee fail. Repeatable."),
        QStringLiteral("ID"));
    const QCommandLineOption failPattern(
        QStringLiteral("fail-pattern"),
        QCoreApplication::translate("paydesk-hubsim", "Transfers to payees matching this fail."),
        QStringLiteral("REGEX"));
    const QCommandLineOption failCode(
        QStringLiteral("fail-code"),
        QCoreApplication::translate("paydesk-hubsim", "Mojaloop error code of those failures."), QStringLiteral("CODE"),
        QStringLiteral("5101"));
    const QCommandLineOption failShare(
        QStringLiteral("fail-share"),
        QCoreApplication::translate("paydesk-hubsim", "Share of other transfers that fail at random (0-1)."),
        QStringLiteral("SHARE"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("paydesk-hubsim", "Seed of the random failures."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption timeScale(
        QStringLiteral("time-scale"),
        QCoreApplication::translate("paydesk-hubsim", "Simulated milliseconds per real millisecond."),
        QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption maxBytes(
        QStringLiteral("max-file-bytes"),
        QCoreApplication::translate("paydesk-hubsim", "Largest batch file accepted (csv.size)."),
        QStringLiteral("BYTES"), QStringLiteral("100000"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QCoreApplication::translate("paydesk-hubsim",
                                    "Faults from the start, as POST /sim/faults takes them: {\"latencyMs\":500,"
                                    "\"dropAfterAccept\":1,\"serverErrors\":0,\"preconditionFailures\":0,"
                                    "\"visibilityLagMs\":2000,\"staleCounters\":false}"),
        QStringLiteral("JSON"));
    const QCommandLineOption tlsCertificate(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate("paydesk-hubsim", "The bulk processor speaks HTTPS with this certificate (PEM)."),
        QStringLiteral("CERT.pem"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("paydesk-hubsim", "The private key of --tls-cert (PEM)."),
        QStringLiteral("KEY.pem"));
    const QCommandLineOption auth(
        QStringLiteral("auth"),
        QCoreApplication::translate("paydesk-hubsim", "The operations API needs a token from /oauth/token."));
    const QCommandLineOption mojaloop(QStringLiteral("mojaloop-connector"),
                                      QCoreApplication::translate("paydesk-hubsim",
                                                                  "Carry MOJALOOP transfers over a real switch: the "
                                                                  "Mojaloop SDK scheme adapter's outbound API at URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption mojaloopConcurrency(
        QStringLiteral("mojaloop-concurrency"),
        QCoreApplication::translate("paydesk-hubsim", "Transfers in flight on the switch at once."),
        QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption mojaloopTimeout(
        QStringLiteral("mojaloop-timeout-ms"),
        QCoreApplication::translate("paydesk-hubsim", "A transfer the switch has not ended by then fails."),
        QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption mapper(QStringLiteral("mapper"),
                                    QCoreApplication::translate("paydesk-hubsim",
                                                                "The G2P Connect mapper's registry: a JSON object of "
                                                                "beneficiary id -> financial address."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption g2pSender(
        QStringLiteral("g2p-sender"),
        QCoreApplication::translate("paydesk-hubsim", "A G2P Connect sender whose requests must be signed: "
                                                      "SENDER_ID,PUBLIC_KEY.pem (Ed25519). Repeatable."),
        QStringLiteral("ID,PEM"));
    parser.addOptions({address,         bulkPort,       opsPort,   tenant, noFlow,    failPayee,
                       failPattern,     failCode,       failShare, seed,   timeScale, maxBytes,
                       faultsOption,    tlsCertificate, tlsKey,    auth,   mojaloop,  mojaloopConcurrency,
                       mojaloopTimeout, mapper,         g2pSender});
    parser.process(app);

    QTextStream err(stderr);
    HubOptions options;
    for (const QString& spec : parser.values(tenant)) {
        QString error;
        auto hubTenant = HubTenant::fromSpec(spec, &error);
        if (!hubTenant) {
            err << error << Qt::endl;
            return 2;
        }
        hubTenant->hasFlow = !parser.values(noFlow).contains(hubTenant->name);
        options.tenants.append(*hubTenant);
    }
    if (options.tenants.isEmpty()) {
        options.tenants.append({QStringLiteral("gorilla"), {}, {}, true});
    }
    OutcomeRule rule;
    rule.payeeIds = parser.values(failPayee);
    if (parser.isSet(failPattern)) {
        rule.payeePattern.setPattern(QRegularExpression::anchoredPattern(parser.value(failPattern)));
        if (!rule.payeePattern.isValid()) {
            err << QCoreApplication::translate("paydesk-hubsim", "--fail-pattern: %1")
                       .arg(rule.payeePattern.errorString())
                << Qt::endl;
            return 2;
        }
    }
    rule.errorCode = parser.value(failCode);
    if (!rule.payeeIds.isEmpty() || parser.isSet(failPattern)) {
        options.rules.append(rule);
    }
    options.failShare = qBound(0.0, parser.value(failShare).toDouble(), 1.0);
    options.seed = parser.value(seed).toUInt();
    options.timeScale = qMax(0.001, parser.value(timeScale).toDouble());
    options.maxFileBytes = parser.value(maxBytes).toLongLong();
    options.authEnabled = parser.isSet(auth);
    if (parser.isSet(mojaloop)) {
        options.mojaloopConnector = QUrl(parser.value(mojaloop));
        options.mojaloopConcurrency = parser.value(mojaloopConcurrency).toInt();
        options.mojaloopTimeoutMs = parser.value(mojaloopTimeout).toInt();
        if (!options.mojaloopConnector.isValid() || options.mojaloopConnector.scheme().isEmpty() ||
            options.mojaloopConcurrency < 1 || options.mojaloopTimeoutMs < 1) {
            err << QCoreApplication::translate("paydesk-hubsim",
                                               "--mojaloop-connector takes a URL (http://host:port), "
                                               "--mojaloop-concurrency and --mojaloop-timeout-ms positive numbers")
                << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(tlsCertificate)) {
        QFile certificateFile(parser.value(tlsCertificate));
        QFile keyFile(parser.value(tlsKey));
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("paydesk-hubsim",
                                               "--tls-cert and --tls-key must name readable PEM files")
                << Qt::endl;
            return 2;
        }
        options.tlsCertificate = certificateFile.readAll();
        options.tlsKey = keyFile.readAll();
    }

    for (const QString& spec : parser.values(g2pSender)) {
        QFile key(spec.section(u',', 1));
        if (spec.section(u',', 0, 0).isEmpty() || !key.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("paydesk-hubsim", "--g2p-sender takes SENDER_ID,PUBLIC_KEY.pem: %1")
                       .arg(spec)
                << Qt::endl;
            return 2;
        }
        options.g2pSenderKeys.insert(spec.section(u',', 0, 0), key.readAll());
    }
    if (parser.isSet(mapper) && !options.readMapper(parser.value(mapper))) {
        err << QCoreApplication::translate("paydesk-hubsim", "--mapper: %1 is not a readable JSON object")
                   .arg(parser.value(mapper))
            << Qt::endl;
        return 2;
    }

    HubSandbox sandbox(options);
    QString error;
    if (!sandbox.start(QHostAddress(parser.value(address)), quint16(parser.value(bulkPort).toUInt()),
                       quint16(parser.value(opsPort).toUInt()), &error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (parser.isSet(faultsOption)) {
        QJsonParseError parseError;
        const QJsonDocument faults = QJsonDocument::fromJson(parser.value(faultsOption).toUtf8(), &parseError);
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
