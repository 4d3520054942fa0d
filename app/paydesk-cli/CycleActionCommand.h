#pragma once

#include "CliSupport.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QCommandLineParser;

// A command that acts on one cycle: "paydesk-cli NAME CYCLE_ID [options]". It parses the command
// line (the command's own options, --database, --officer and --officer-key), checks the cycle id,
// opens the database as the signed officer and finds the cycle and its program; the command says
// only what it does with them.
class CycleActionCommand
{
    Q_DECLARE_TR_FUNCTIONS(CycleActionCommand)

public:
    virtual ~CycleActionCommand() = default;

    int run(const QStringList& arguments);

protected:
    explicit CycleActionCommand(CliSupport& support) : m_support(support) {}

    // The command's help text.
    virtual QString description() const = 0;
    // The command's own options.
    virtual QList<QCommandLineOption> options() const { return {}; }
    // What the command takes, said when the cycle id is missing or wrong (translated).
    virtual QString usage() const = 0;
    // What is wrong with the command's own options (translated), or nothing.
    virtual QString usageProblem(const QCommandLineParser& parser) const;
    // Does the work on the cycle; the exit code.
    virtual int act(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work) = 0;

    CliSupport& m_support;
};
