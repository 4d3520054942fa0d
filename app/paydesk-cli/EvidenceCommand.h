#pragma once

#include "CycleActionCommand.h"

// paydesk-cli evidence CYCLE_ID --out DIR [--batch ID]: an evidence pack of the cycle (or of one
// of its batches) with the PDF report, sealed; paydesk-cli review DIR checks it offline.
class EvidenceCommand : public CycleActionCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommand)

public:
    explicit EvidenceCommand(CliSupport& support) : CycleActionCommand(support) {}

protected:
    Help help() const override;
    QString usageProblem(const QCommandLineParser& parser) const override;
    int act(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work) override;
};
