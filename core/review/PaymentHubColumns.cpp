#include "PaymentHubColumns.h"

const QStringList& PaymentHubColumns::known()
{
    static const QStringList columns = {
        QStringLiteral("id"),
        QStringLiteral("request_id"),
        QStringLiteral("payment_mode"),
        QStringLiteral("payer_identifier_type"),
        QStringLiteral("payer_identifier"),
        QStringLiteral("payee_identifier_type"),
        QStringLiteral("payee_identifier"),
        QStringLiteral("amount"),
        QStringLiteral("currency"),
        QStringLiteral("note"),
        QStringLiteral("account_number"),
        QStringLiteral("program_shortcode"),
        QStringLiteral("cycle"),
        QStringLiteral("payee_dfsp_id"),
        QStringLiteral("batch_id"),
    };
    return columns;
}

const QStringList& PaymentHubColumns::required()
{
    static const QStringList columns = known().mid(0, 9);
    return columns;
}
