#pragma once

#include "CycleActionCommand.h"

// paydesk-cli reconcile CYCLE_ID [--watch S] | --batch ID --results FILE: what was really paid.
class ReconcileCommand : public CycleActionCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)

public:
    explicit ReconcileCommand(CliSupport& support) : CycleActionCommand(support) {}

protected:
    Help help() const override;
    QString usageProblem(const QCommandLineParser& parser) const override;
    int act(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work) override;

private:
    // Offline: the hub's result file for one batch of the cycle.
    int applyResults(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work);
};
