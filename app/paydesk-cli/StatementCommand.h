#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;
struct StatementMatch;

// paydesk-cli statement: the payer account's bank statement against a cycle.
//   statement match CYCLE_ID FILE [--json]   MT940 or CSV; what was paid, debited, or not
class StatementCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatementCommand)

public:
    explicit StatementCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    void print(const StatementMatch& match, bool json);

    CliSupport& m_support;
};
