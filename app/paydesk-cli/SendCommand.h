#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli send CYCLE_ID | resolve CYCLE_ID: a cycle's batches to Payment Hub EE, exactly once.
class SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    explicit SendCommand(CliSupport& support);

    // action: "send" or "resolve"
    int run(const QString& action, const QStringList& arguments);

private:
    CliSupport& m_support;
};
