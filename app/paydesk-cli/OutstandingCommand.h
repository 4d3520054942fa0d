#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli outstanding [--cycle ID] [--json]: money in the dark — the batches whose payments
// left, or may have left, with no final outcome yet, aged, with what to do about each.
class OutstandingCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutstandingCommand)

public:
    explicit OutstandingCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    CliSupport& m_support;
};
