#pragma once

#include "CycleActionCommand.h"

struct CycleDiffResult;

// paydesk-cli findings CYCLE_ID [--jump-share S] [--acknowledge] [--json]: what a checker should
// see before approving a cycle (CycleDiff), and the checker's acknowledgement of it.
class FindingsCommand : public CycleActionCommand
{
    Q_DECLARE_TR_FUNCTIONS(FindingsCommand)

public:
    explicit FindingsCommand(CliSupport& support) : CycleActionCommand(support) {}

protected:
    Help help() const override;
    QString usageProblem(const QCommandLineParser& parser) const override;
    int act(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work) override;

private:
    int print(const QCommandLineParser& parser, const CycleDiffResult& result, bool acknowledged);
};
