#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;
class PaymentReissue;
struct Officer;

// paydesk-cli reissue: paying failed payments again under four eyes.
//   reissue request CYCLE_ID [--payment ID]...   a maker asks (all failed payments when none named)
//   reissue approve REQUEST_ID                     a checker other than the maker approves
//   reissue reject REQUEST_ID --why TEXT           or rejects
//   reissue list CYCLE_ID                          the cycle's requests
class ReissueCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReissueCommand)

public:
    explicit ReissueCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    int list(PaymentReissue& reissues, qint64 cycleId);
    int request(PaymentReissue& reissues, qint64 cycleId, const QList<qint64>& payments, const Officer& officer);

    CliSupport& m_support;
};
