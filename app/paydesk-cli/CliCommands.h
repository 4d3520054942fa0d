#pragma once

#include "CliCommand.h"
#include "CliSupport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The commands of paydesk-cli, declared once in commands(): the help is made from that list and
// run() dispatches through it. Each command takes its own arguments, prints to stdout (text, or
// JSON with --json) and errors to stderr, and returns an ExitCode.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands();

    int run(const QStringList& arguments);
    static const QList<CliCommand>& commands();

private:
    void printHelp();

    QTextStream m_out;
    QTextStream m_err;
    CliSupport m_support;
};
