#include "ReportCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "CycleReportPdf.h"

#include "reconciliation/CycleReport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

ReportCommand::ReportCommand(CliSupport& support) : m_support(support) {}

bool ReportCommand::drawsPdf(const QStringList& arguments)
{
    return arguments.value(0) == u"evidence" ||
           (arguments.value(0) == u"report" &&
            std::any_of(arguments.cbegin(), arguments.cend(), [](const QString& argument) {
                return argument == u"--pdf" || argument.startsWith(QStringLiteral("--pdf="));
            }));
}

int ReportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A cycle's disbursement report: --pdf writes the totals, charts, failed "
                                        "payments, batches and the cycle's audit "
                                        "trail; --csv writes every payment of the cycle, one row each."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write the report as PDF to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Write every payment as CSV to FILE."),
                                 QStringLiteral("FILE"));
    parser.addOptions(
        {pdf, csv, CliSupport::databaseOption(), CliSupport::officerOption(), CliSupport::officerKeyOption()});
    parser.addPositionalArgument(QStringLiteral("cycle"), tr("What to report on: cycle."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The cycle."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const qint64 cycleId = CliSupport::idAt(positional, 1);
    if (positional.size() != 2 || positional.first() != u"cycle" || cycleId == 0 ||
        (!parser.isSet(pdf) && !parser.isSet(csv))) {
        return m_support.usage(tr("report takes \"cycle ID\" and --pdf FILE, --csv FILE or both."));
    }
    const auto work = m_support.openCycle(parser, cycleId);
    if (!work) {
        return m_support.actingFailure();
    }
    Database& database = *work->database;
    QString error;
    if (parser.isSet(pdf)) {
        const auto report = CycleReport::of(database, cycleId, work->officer.id, &error);
        if (!report || !CycleReportPdf::write(*report, parser.value(pdf), &error)) {
            return m_support.fail(error);
        }
        m_support.out() << tr("Report of cycle %1 written to %2.").arg(cycleId).arg(parser.value(pdf)) << Qt::endl;
    }
    if (parser.isSet(csv)) {
        QSaveFile file(parser.value(csv));
        if (!file.open(QIODevice::WriteOnly)) {
            return m_support.fail(tr("Cannot write %1: %2").arg(parser.value(csv), file.errorString()));
        }
        if (!CycleReport::writePaymentsCsv(database, cycleId, &file, &error)) {
            return m_support.fail(error);
        }
        if (!file.commit()) {
            return m_support.fail(tr("Cannot write %1: %2").arg(parser.value(csv), file.errorString()));
        }
        m_support.out() << tr("Payments of cycle %1 written to %2.").arg(cycleId).arg(parser.value(csv)) << Qt::endl;
    }
    return ExitSuccess;
}
