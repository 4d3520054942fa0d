#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli findings CYCLE_ID [--jump-share S] [--acknowledge] [--json]: what a checker should
// see before approving a cycle (CycleDiff), and the checker's acknowledgement of it.
class FindingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(FindingsCommand)

public:
    explicit FindingsCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    CliSupport& m_support;
};
