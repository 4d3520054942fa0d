#include "FailureReasonText.h"

#include <QRegularExpression>

QString FailureReasonText::mojaloop(int code)
{
    switch (code) {
    case 3204:
        return tr("the payee's account was not found");
    case 3303:
        return tr("the transfer expired before it completed");
    case 4001:
    case 5001:
        return tr("a bank along the way had too little money to settle it");
    default:
        break;
    }
    switch (code / 100) {
    case 10:
        return tr("a bank or the switch could not be reached");
    case 20:
        return tr("a server along the way failed");
    case 30:
    case 31:
        return tr("the payment's details were not accepted");
    case 32:
        return tr("something the payment names was not found");
    case 33:
        return tr("it expired before it completed");
    case 40:
    case 41:
        return tr("the payer's bank refused it");
    case 42:
        return tr("a limit of the payer's account was reached");
    case 43:
        return tr("the payer's account may not send it");
    case 44:
        return tr("the payer's account is blocked");
    case 50:
    case 51:
        return tr("the payee's bank or wallet refused it");
    case 52:
        return tr("a limit of the payee's account was reached");
    case 53:
        return tr("the payee's account may not receive it");
    case 54:
        return tr("the payee's account is blocked");
    default:
        return {};
    }
}

QString FailureReasonText::g2pConnect(const QString& code)
{
    if (code == u"rjct.reference_id.invalid") {
        return tr("the receiver did not accept the payment's reference");
    }
    if (code == u"rjct.reference_id.duplicate") {
        return tr("the receiver already had this payment, so it was not paid twice");
    }
    if (code.startsWith(QLatin1String("rjct.payee")) || code.contains(QLatin1String(".fa."))) {
        return tr("the receiver did not accept the payee's account");
    }
    if (code.startsWith(QLatin1String("rjct.amount"))) {
        return tr("the receiver did not accept the amount");
    }
    return code.startsWith(QLatin1String("rjct.")) ? tr("the receiver refused it") : QString();
}

QString FailureReasonText::of(const QString& stored)
{
    static const QRegularExpression kMojaloop(QStringLiteral("^(\\d{4})\\b"));
    static const QRegularExpression kG2pConnect(QStringLiteral("^(rjct\\.[a-z_.]+)"));
    const QString trimmed = stored.trimmed();
    QString words;
    if (const auto match = kMojaloop.match(trimmed); match.hasMatch()) {
        words = mojaloop(match.captured(1).toInt());
    } else if (const auto code = kG2pConnect.match(trimmed); code.hasMatch()) {
        words = g2pConnect(code.captured(1));
    }
    return words.isEmpty() ? stored
                           : tr("%1 (code %2)", "a failure in words, and the code it came with").arg(words, trimmed);
}
