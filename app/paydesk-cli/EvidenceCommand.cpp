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

CycleActionCommand::Help EvidenceCommand::help() const
{
    return {tr("An evidence pack of a cycle, or of one of its batches (--batch): the batch bundles with their "
               "manifests and "
               "officers' sign-off, the approvals, the findings and their acknowledgements, the audit entries, the "
               "reconciliation, every payment and the PDF report, in a new folder sealed by an index of SHA-256 sums. "
               "paydesk-cli review FOLDER checks it with nothing else."),
            tr("evidence takes a cycle id and --out DIR (and --batch ID for one batch)."),
            {QCommandLineOption(QStringLiteral("out"), tr("The new folder."), QStringLiteral("DIR")),
             QCommandLineOption(QStringLiteral("batch"), tr("Only this batch of the cycle."), QStringLiteral("ID"))}};
}

QString EvidenceCommand::usageProblem(const QCommandLineParser& parser) const
{
    bool batchOk = true;
    if (parser.isSet(QStringLiteral("batch"))) {
        parser.value(QStringLiteral("batch")).toLongLong(&batchOk);
    }
    return batchOk && parser.isSet(QStringLiteral("out")) ? QString() : help().usage;
}

int EvidenceCommand::act(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work)
{
    const qint64 batchId = parser.value(QStringLiteral("batch")).toLongLong();
    QString error;
    const QString folder = parser.value(QStringLiteral("out"));
    const auto report = EvidencePack::write(*work.database, cycleId, batchId, folder, work.officer.id, &error)
                            ? CycleReport::of(*work.database, cycleId, work.officer.id, &error)
                            : std::nullopt;
    if (!report || !CycleReportPdf::write(*report, QDir(folder).filePath(QStringLiteral("report.pdf")), &error) ||
        !EvidencePack::seal(folder, &error)) {
        return m_support.fail(tr("Cannot make the evidence pack: %1").arg(error));
    }
    m_support.out() << tr("Evidence pack of cycle %1 written to %2; check it with paydesk-cli review %2.")
                           .arg(cycleId)
                           .arg(QDir::toNativeSeparators(folder))
                    << Qt::endl;
    return ExitSuccess;
}
