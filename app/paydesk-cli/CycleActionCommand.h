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

    struct Help
    {
        QString description;               // the command's help text
        QString usage;                     // what the command takes, said when the cycle id is missing or wrong
        QList<QCommandLineOption> options; // the command's own
    };

    // What the command says of itself, translated.
    virtual Help help() const = 0;
    // What is wrong with the command's own options (translated), or nothing.
    virtual QString usageProblem(const QCommandLineParser& parser) const;
    // Does the work on the cycle; the exit code.
    virtual int act(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work) = 0;

    CliSupport& m_support;
};
