#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The payments a frozen batch file carries, whatever its backend's format: a Payment Hub EE CSV
// (request_id, payee_identifier, amount, currency columns) or a G2P Connect disburse request
// (message.disbursements[]: reference_id, payee_fa, amount, currency_code).
class BatchFileRows
{
    Q_DECLARE_TR_FUNCTIONS(BatchFileRows)

public:
    struct Row
    {
        QString requestId;
        QString payee;
        QString amount;
        QString currency;
    };

    // In file order; empty with error set when the file is neither, or holds no payment.
    static QList<Row> read(const QByteArray& file, QString* error);
    // True for a G2P Connect request (a JSON object), false for a CSV.
    static bool isG2pConnect(const QByteArray& file);
};
