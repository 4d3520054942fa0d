#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;
class QCommandLineParser;
struct Program;

// paydesk-cli program create | list | enrol.
class ProgramCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProgramCommand)

public:
    explicit ProgramCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    bool programFromOptions(const QCommandLineParser& parser, Program* program, QString* error);

    CliSupport& m_support;
};
