#include "CycleActionCommand.h"

#include "ExitCode.h"

#include "storage/Database.h"

#include <QCommandLineParser>

QString CycleActionCommand::usageProblem(const QCommandLineParser& parser) const
{
    Q_UNUSED(parser);
    return {};
}

int CycleActionCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addOptions(options());
    parser.addOptions({CliSupport::databaseOption(), CliSupport::officerOption(), CliSupport::officerKeyOption()});
    parser.addPositionalArgument(QStringLiteral("CYCLE_ID"), tr("The cycle."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    bool idOk = false;
    const qint64 cycleId = parser.positionalArguments().value(0).toLongLong(&idOk);
    if (parser.positionalArguments().size() != 1 || !idOk) {
        return m_support.usage(usage());
    }
    if (const QString problem = usageProblem(parser); !problem.isEmpty()) {
        return m_support.usage(problem);
    }
    auto work = m_support.openCycle(parser, cycleId);
    if (!work) {
        return m_support.actingFailure();
    }
    return act(parser, cycleId, *work);
}
