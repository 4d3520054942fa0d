#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli evidence CYCLE_ID --out DIR [--batch ID]: an evidence pack of the cycle (or of one
// of its batches) with the PDF report, sealed; paydesk-cli review DIR checks it offline.
class EvidenceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommand)

public:
    explicit EvidenceCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    CliSupport& m_support;
};
