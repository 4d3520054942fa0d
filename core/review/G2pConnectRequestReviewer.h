#pragma once

#include "BatchReview.h"

#include <QByteArray>
#include <QCoreApplication>

class QJsonObject;

// Reviews a G2P Connect disburse request with no database and no network, for the auditor who
// holds a bundle: the envelope (version 1.0.0, a message id and time, action "disburse", a sender,
// a total_count equal to the disbursements), the transaction id, and each disbursement (a
// reference_id present and not repeated, payer_fa and payee_fa in "type:id[@provider]" form, an
// amount with at most two decimals and more than zero, an ISO 4217 currency). Rows are the
// disbursements, totals per currency; a finding's line is the disbursement's position (from 1).
class G2pConnectRequestReviewer
{
    Q_DECLARE_TR_FUNCTIONS(G2pConnectRequestReviewer)

public:
    static void review(const QByteArray& file, BatchReview& review);

private:
    static void checkEnvelope(const QJsonObject& header, const QJsonObject& message, qsizetype count,
                              BatchReview& review);
    static void checkAmount(qint64 position, const QJsonObject& item, BatchReview& review);
};
