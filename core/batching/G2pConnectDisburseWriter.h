#pragma once

#include "PaymentLine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// Writes a batch as a G2P Connect disburse request (openg2p-payments.md §4.2, with the spec's
// types): header (version, message_id, message_ts, action "disburse", sender and receiver ids,
// total_count) and message (transaction_id = the batch's correlation id, and one disbursement per
// payment with reference_id = its request id, payer_fa, payee_fa, amount as a decimal string,
// currency_code, note, locale). The same input gives the same bytes.
class G2pConnectDisburseWriter
{
    Q_DECLARE_TR_FUNCTIONS(G2pConnectDisburseWriter)

public:
    struct Envelope
    {
        QString transactionId; // the batch's correlation id
        QString messageId;
        QDateTime messageTime;
        QString senderId;
        QString receiverId;
        QString locale = QStringLiteral("eng");
    };

    // Empty with error set when a payment cannot be expressed (an amount the spec's two decimals cannot hold).
    static QByteArray write(const Envelope& envelope, const QList<PaymentLine>& payments, const PartyId& payer,
                            QString* error);
    // A financial address in G2P Connect's "type:id" form.
    static QString financialAddress(const PartyId& party);
    // The spec's amount: digits, a point, one or two decimals.
    static QString amountText(const Money& amount, QString* error);
};
