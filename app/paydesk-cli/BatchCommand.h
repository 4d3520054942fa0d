#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli batches prepare CYCLE_ID | list CYCLE_ID | export BATCH_ID --out DIR [--key KEY].
class BatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    explicit BatchCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    CliSupport& m_support;
};
