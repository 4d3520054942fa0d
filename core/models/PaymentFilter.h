#pragma once

#include <QString>

// Which of a cycle's payments to list; an empty or zero field matches any.
struct PaymentFilter
{
    QString state; // issued, sent, paid, failed
    QString region;
    qint64 batchId = 0;
    QString reason; // the failure reason, exactly

    friend bool operator==(const PaymentFilter&, const PaymentFilter&) = default;
};
