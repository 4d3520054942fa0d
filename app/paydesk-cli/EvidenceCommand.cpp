#include "EvidenceCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "CycleReportPdf.h"

#include "evidence/EvidencePack.h"
#include "reconciliation/CycleReport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

EvidenceCommand::EvidenceCommand(CliSupport& support)
    : m_support(support)
{
}

int EvidenceCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("An evidence pack of a cycle, or of one of its batches (--batch): the batch bundles with their manifests and "
           "officers' sign-off, the approvals, the findings and their acknowledgements, the audit entries, the "
           "reconciliation, every payment and the PDF report, in a new folder sealed by an index of SHA-256 sums. "
           "paydesk-cli review FOLDER checks it with nothing else."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The new folder."), QStringLiteral("DIR"));
    const QCommandLineOption batch(QStringLiteral("batch"), tr("Only this batch of the cycle."), QStringLiteral("ID"));
    parser.addOptions({out, batch, CliSupport::databaseOption(), CliSupport::officerOption(), CliSupport::officerKeyOption()});
    parser.addPositionalArgument(QStringLiteral("CYCLE_ID"), tr("The cycle."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    bool idOk = false;
    const qint64 cycleId = parser.positionalArguments().value(0).toLongLong(&idOk);
    bool batchOk = true;
    const qint64 batchId = parser.isSet(batch) ? parser.value(batch).toLongLong(&batchOk) : 0;
    if (parser.positionalArguments().size() != 1 || !idOk || !batchOk || !parser.isSet(out)) {
        return m_support.usage(tr("evidence takes a cycle id and --out DIR (and --batch ID for one batch)."));
    }
    const auto work = m_support.openCycle(parser, cycleId);
    if (!work) {
        return m_support.actingFailure();
    }
    QString error;
    const QString folder = parser.value(out);
    const auto report = EvidencePack::write(*work->database, cycleId, batchId, folder, work->officer.id, &error)
        ? CycleReport::of(*work->database, cycleId, work->officer.id, &error)
        : std::nullopt;
    if (!report || !CycleReportPdf::write(*report, QDir(folder).filePath(QStringLiteral("report.pdf")), &error)
        || !EvidencePack::seal(folder, &error)) {
        return m_support.fail(tr("Cannot make the evidence pack: %1").arg(error));
    }
    m_support.out() << tr("Evidence pack of cycle %1 written to %2; check it with paydesk-cli review %2.")
                           .arg(cycleId)
                           .arg(QDir::toNativeSeparators(folder))
                    << Qt::endl;
    return ExitSuccess;
}
