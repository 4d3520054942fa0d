#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli demo-data --out FILE [--count N] [--seed S] [--bad-share SHARE]: a deterministic synthetic
// registry CSV, some rows deliberately broken if asked.
class DemoDataCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataCommand)

public:
    explicit DemoDataCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    CliSupport& m_support;
};
