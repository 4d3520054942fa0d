#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli sign FILE: the X-SIGNATURE Payment Hub EE expects for a batch file, or (--cert) a check
// of one.
class SignCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignCommand)

public:
    explicit SignCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    CliSupport& m_support;
};
