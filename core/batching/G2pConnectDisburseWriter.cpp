#include "G2pConnectDisburseWriter.h"

#include "PheeCsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString G2pConnectDisburseWriter::financialAddress(const PartyId& party)
{
    switch (party.type()) {
    case PartyIdType::Msisdn:
        return QStringLiteral("phone:+") + party.value();
    case PartyIdType::BankAccount:
        return QStringLiteral("account_no:") + party.value();
    case PartyIdType::Iban:
        return QStringLiteral("iban:") + party.value();
    case PartyIdType::Email:
        return QStringLiteral("email:") + party.value();
    case PartyIdType::RegistryId:
        return QStringLiteral("id:") + party.value();
    case PartyIdType::FinancialAddress:
        return party.value();
    }
    return {};
}

QString G2pConnectDisburseWriter::amountText(const Money& amount, QString* error)
{
    const QString decimal = amount.toDecimalString();
    switch (amount.currency().exponent()) {
    case 0:
        return decimal + QStringLiteral(".00");
    case 1:
    case 2:
        return decimal;
    default:
        if (amount.minorUnits() % 10 != 0) {
            *error = tr("%1 %2 has more decimals than G2P Connect's two").arg(decimal, amount.currency().code());
            return {};
        }
        return decimal.chopped(amount.currency().exponent() - 2);
    }
}

QByteArray G2pConnectDisburseWriter::write(const Envelope& envelope, const QList<PaymentLine>& payments,
                                           const PartyId& payer, QString* error)
{
    QJsonArray disbursements;
    for (const PaymentLine& payment : payments) {
        if (!payment.payee.isValid() || payment.amount.minorUnits() <= 0) {
            *error = tr("payment %1 has no valid payee or amount").arg(payment.requestId);
            return {};
        }
        const QString amount = amountText(payment.amount, error);
        if (amount.isEmpty()) {
            *error = tr("payment %1: %2").arg(payment.requestId, *error);
            return {};
        }
        disbursements.append(QJsonObject{{QStringLiteral("reference_id"), payment.requestId},
                                         {QStringLiteral("payer_fa"), financialAddress(payer)},
                                         {QStringLiteral("payee_fa"), financialAddress(payment.payee)},
                                         {QStringLiteral("amount"), amount},
                                         {QStringLiteral("currency_code"), payment.amount.currency().code()},
                                         {QStringLiteral("note"), PheeCsvWriter::cleanNote(payment.note).left(99)},
                                         {QStringLiteral("locale"), envelope.locale}});
    }
    const QJsonObject header{{QStringLiteral("version"), QStringLiteral("1.0.0")},
                             {QStringLiteral("message_id"), envelope.messageId},
                             {QStringLiteral("message_ts"), envelope.messageTime.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("action"), QStringLiteral("disburse")},
                             {QStringLiteral("sender_id"), envelope.senderId},
                             {QStringLiteral("receiver_id"), envelope.receiverId},
                             {QStringLiteral("total_count"), int(payments.size())}};
    const QJsonObject message{{QStringLiteral("transaction_id"), envelope.transactionId},
                              {QStringLiteral("disbursements"), disbursements}};
    return QJsonDocument(QJsonObject{{QStringLiteral("header"), header}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}
