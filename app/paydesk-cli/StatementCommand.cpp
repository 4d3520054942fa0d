#include "StatementCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "statements/BankStatementFile.h"
#include "statements/StatementMatcher.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QJsonArray toJson(const QList<StatementMatch::Finding>& findings)
{
    QJsonArray list;
    for (const StatementMatch::Finding& finding : findings) {
        list.append(QJsonObject{{QStringLiteral("line"), finding.statementLine},
                                {QStringLiteral("request_id"), finding.requestId},
                                {QStringLiteral("batch"), finding.batchCorrelationId},
                                {QStringLiteral("amount"), finding.amount.toDecimalString()},
                                {QStringLiteral("currency"), finding.amount.currency().code()},
                                {QStringLiteral("what"), finding.what}});
    }
    return list;
}

} // namespace

StatementCommand::StatementCommand(CliSupport& support) : m_support(support) {}

int StatementCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "The payer account's bank statement (MT940 or CSV) against a cycle: \"match CYCLE_ID FILE\" lists what the hub "
        "says paid but the bank did not debit, debits for payments the hub did not pay, payments debited twice, "
        "amounts "
        "that differ, reversals, and debits that name nothing of the cycle. Exit code 4 when anything is listed."));
    parser.addOptions({CliSupport::databaseOption(), CliSupport::jsonOption(), CliSupport::officerOption(),
                       CliSupport::officerKeyOption()});
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("match."));
    parser.addPositionalArgument(QStringLiteral("CYCLE_ID"), tr("The cycle."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The statement."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const qint64 cycleId = CliSupport::idAt(positional, 1);
    if (positional.size() != 3 || positional.first() != u"match" || cycleId == 0) {
        return m_support.usage(tr("statement takes match, a cycle id and a statement file."));
    }
    QFile file(positional.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        return m_support.fail(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(positional.at(2)), file.errorString()));
    }
    const QByteArray bytes = file.read(64 * 1024 * 1024 + 1);
    QString error;
    const auto statements = BankStatementFile::read(bytes, &error);
    if (!statements) {
        return m_support.fail(tr("%1: %2").arg(QDir::toNativeSeparators(positional.at(2)), error));
    }
    const auto work = m_support.openCycle(parser, cycleId);
    if (!work) {
        return m_support.actingFailure();
    }
    const StatementMatch match =
        StatementMatcher(*work->database)
            .match(cycleId, *statements,
                   QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                   work->officer);
    if (!match.succeeded) {
        return m_support.fail(match.error);
    }
    print(match, parser.isSet(QStringLiteral("json")));
    return match.clean() ? ExitSuccess : ExitReviewFindings;
}

void StatementCommand::print(const StatementMatch& match, bool json)
{
    QTextStream& text = m_support.out();
    const QList<std::pair<QString, const QList<StatementMatch::Finding>*>> lists = {
        {QStringLiteral("paid_not_debited"), &match.paidNotDebited},
        {QStringLiteral("debited_not_paid"), &match.debitedNotPaid},
        {QStringLiteral("debited_twice"), &match.debitedTwice},
        {QStringLiteral("amount_differs"), &match.amountDiffers},
        {QStringLiteral("reversed"), &match.reversed},
        {QStringLiteral("unmatched"), &match.unmatched}};
    if (json) {
        QJsonObject json{{QStringLiteral("debits"), match.debits},
                         {QStringLiteral("debited_payments"), match.debitedPayments},
                         {QStringLiteral("paid_not_debited_count"), match.paidNotDebitedCount},
                         {QStringLiteral("not_yet_due"), match.notYetDue}};
        for (const auto& [name, list] : lists) {
            json.insert(name, toJson(*list));
        }
        text << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        text << tr("%1 debits; %2 payments the hub paid are debited; %3 paid but not debited (%4 settled after the "
                   "statement).")
                    .arg(match.debits)
                    .arg(match.debitedPayments)
                    .arg(match.paidNotDebitedCount)
                    .arg(match.notYetDue)
             << Qt::endl;
        for (const auto& [name, list] : lists) {
            for (const StatementMatch::Finding& finding : *list) {
                text << name << u'\t' << finding.statementLine << u'\t'
                     << (finding.requestId.isEmpty() ? finding.batchCorrelationId : finding.requestId) << u'\t'
                     << finding.amount.toDecimalString() << u' ' << finding.amount.currency().code() << u'\t'
                     << finding.what << Qt::endl;
            }
        }
    }
}
