#pragma once

#include "CliSupport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;

// The commands of paydesk-cli. Each takes its own arguments, prints to stdout (text, or JSON with
// --json) and errors to stderr, and returns an ExitCode.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands();

    int run(const QStringList& arguments);

private:
    int demoData(const QStringList& arguments);
    int import(const QStringList& arguments);
    int beneficiaries(const QStringList& arguments);
    int audit(const QStringList& arguments);
    int verifyTrusted(Database& database, const QString& trustPath, const QStringList& checkpointPaths, bool json);
    int sign(const QStringList& arguments);
    int review(const QStringList& arguments);
    int reviewPack(const QString& folder, const QByteArray& trustAnchor, bool json);
    void printHelp();

    QTextStream m_out;
    QTextStream m_err;
    CliSupport m_support;
};
