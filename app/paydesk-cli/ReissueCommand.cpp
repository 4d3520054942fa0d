#include "ReissueCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "disbursement/PaymentReissue.h"
#include "domain/Money.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

ReissueCommand::ReissueCommand(CliSupport& support) : m_support(support) {}

int ReissueCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Pays failed payments again under four eyes. \"request CYCLE_ID\": a maker asks for the cycle's failed "
        "payments "
        "(or those named by --payment) to be paid again; \"approve REQUEST_ID\" or \"reject REQUEST_ID --why TEXT\": a "
        "checker other than the maker decides; approval reopens a distributed cycle, and the next \"batches prepare\" "
        "gives each payment a new request id. \"list CYCLE_ID\": the cycle's requests."));
    const QCommandLineOption payment(QStringLiteral("payment"),
                                     tr("With request: a failed payment to pay again (repeatable)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption why(QStringLiteral("why"), tr("With reject: the reason, kept in the audit log."),
                                 QStringLiteral("TEXT"));
    parser.addOptions(
        {payment, why, CliSupport::databaseOption(), CliSupport::officerOption(), CliSupport::officerKeyOption()});
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("request, approve, reject or list."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The cycle (request, list) or the request (approve, reject)."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const qint64 id = CliSupport::idAt(positional, 1);
    const QStringList actions{QStringLiteral("request"), QStringLiteral("approve"), QStringLiteral("reject"),
                              QStringLiteral("list")};
    if (positional.size() != 2 || id == 0 || !actions.contains(action)) {
        return m_support.usage(tr("reissue takes request, approve, reject or list, and an id."));
    }
    if (action == u"reject" && parser.value(why).trimmed().isEmpty()) {
        return m_support.usage(tr("reject needs --why: the reason is kept in the audit log."));
    }
    QList<qint64> payments;
    for (const QString& value : parser.values(payment)) {
        bool ok = false;
        payments.append(value.toLongLong(&ok));
        if (!ok) {
            return m_support.usage(tr("--payment takes a payment id, not \"%1\".").arg(value));
        }
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    const auto officer = m_support.actingOfficer(*database, parser);
    if (!officer) {
        return m_support.actingFailure();
    }
    PaymentReissue reissues(*database);
    QTextStream& text = m_support.out();
    QString error;
    if (action == u"list") {
        return list(reissues, id);
    }
    if (action == u"request") {
        return request(reissues, id, payments, *officer);
    }
    const bool approve = action == u"approve";
    if (!(approve ? reissues.approve(id, *officer, &error)
                  : reissues.reject(id, *officer, parser.value(why), &error))) {
        return m_support.fail(error);
    }
    text << (approve ? tr("Re-issue request %1 approved: \"batches prepare\" now pays them again.").arg(id)
                     : tr("Re-issue request %1 rejected.").arg(id))
         << Qt::endl;
    return ExitSuccess;
}

int ReissueCommand::list(PaymentReissue& reissues, qint64 cycleId)
{
    for (const ReissueRequest& request : reissues.requestsOf(cycleId)) {
        m_support.out()
            << tr("%1\t%2\t%3 payments\t%4 %5\tasked by %6 %7\t%8 %9")
                   .arg(request.id)
                   .arg(request.state)
                   .arg(request.payments)
                   .arg(Money(request.amountMinorUnits, Currency::fromCode(request.currency)).toDecimalString(),
                        request.currency, request.requestedBy, request.requestedAt, request.decidedBy,
                        request.decisionNote)
            << Qt::endl;
    }
    return ExitSuccess;
}

int ReissueCommand::request(PaymentReissue& reissues, qint64 cycleId, const QList<qint64>& payments,
                            const Officer& officer)
{
    QString error;
    const auto requestId = reissues.request(cycleId, payments, officer, &error);
    if (!requestId) {
        return m_support.fail(error);
    }
    const auto request = reissues.find(*requestId);
    m_support.out() << tr("Re-issue request %1: %2 failed payments to pay again; a checker other than %3 decides.")
                           .arg(*requestId)
                           .arg(request ? request->payments : 0)
                           .arg(officer.id)
                    << Qt::endl;
    return ExitSuccess;
}
