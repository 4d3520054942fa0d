#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli cycle create | generate | submit | approve | send-back | cancel | list | entitlements.
class CycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(CycleCommand)

public:
    explicit CycleCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    CliSupport& m_support;
};
