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
    const Help said = help();
    QCommandLineParser parser;
    parser.setApplicationDescription(said.description);
    parser.addOptions(said.options);
    parser.addOptions({CliSupport::databaseOption(), CliSupport::officerOption(), CliSupport::officerKeyOption()});
    parser.addPositionalArgument(QStringLiteral("CYCLE_ID"), tr("The cycle."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const qint64 cycleId = CliSupport::idAt(parser.positionalArguments(), 0);
    if (parser.positionalArguments().size() != 1 || cycleId == 0) {
        return m_support.usage(said.usage);
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
