#pragma once

#include "ReissueRequest.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;
struct Officer;

// Paying failed payments again, under the four-eyes rule: a maker asks for some or all of a cycle's
// failed payments (none already paid again or asked for); a checker other than the maker approves
// or rejects. Approval reopens a distributed cycle, so the next preparation gives each approved
// payment a new payment with a new request id in a new batch (PaymentPreparer). Each step is one
// transaction with its audit entry.
class PaymentReissue
{
    Q_DECLARE_TR_FUNCTIONS(PaymentReissue)

public:
    explicit PaymentReissue(Database& database);

    // The failed payments of the cycle that may be asked for: not paid again, not in an open request.
    QList<qint64> reissuable(qint64 cycleId, QString* error);
    // paymentIds empty means every reissuable payment of the cycle. Returns the request's id.
    std::optional<qint64> request(qint64 cycleId, const QList<qint64>& paymentIds, const Officer& maker,
                                  QString* error);
    bool approve(qint64 requestId, const Officer& checker, QString* error);
    bool reject(qint64 requestId, const Officer& checker, const QString& why, QString* error);
    QList<ReissueRequest> requestsOf(qint64 cycleId);
    std::optional<ReissueRequest> find(qint64 requestId);

private:
    bool reopenIfDistributed(qint64 cycleId, const Officer& checker, qint64 requestId, QString* error);
    std::optional<QList<qint64>> choosePayments(qint64 cycleId, const QList<qint64>& paymentIds, QString* error);
    bool decide(qint64 requestId, const Officer& checker, bool approved, const QString& why, QString* error);

    Database& m_database;
};
