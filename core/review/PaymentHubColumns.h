#pragma once

#include <QStringList>

// The columns of a Payment Hub EE batch CSV (reference payment-hub-ee.md, csv.columnNames): the
// ones the bulk processor knows, in its order (a file with any other is refused), and the ones
// every row of a PayDesk batch needs. The sandbox hub refuses by the same list.
class PaymentHubColumns
{
public:
    static const QStringList& known();
    static const QStringList& required();
};
