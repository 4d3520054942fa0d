#pragma once

#include "CycleActionCommand.h"

#include "disbursement/BatchSender.h"
#include "disbursement/CycleSender.h"

// paydesk-cli send CYCLE_ID | resolve CYCLE_ID: a cycle's batches to Payment Hub EE, exactly once.
class SendCommand : public CycleActionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    // action: "send" or "resolve"
    SendCommand(CliSupport& support, QString action) : CycleActionCommand(support), m_action(std::move(action)) {}

protected:
    Help help() const override;
    QString usageProblem(const QCommandLineParser& parser) const override;
    int act(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work) override;

private:
    // What the officer confirmed on the command line (--yes with --repost or --not-uploaded-elsewhere).
    static BatchSender::Options sendOptions(const QCommandLineParser& parser, const CycleSender::Plan& plan);

    QString m_action;
};
