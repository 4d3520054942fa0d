#include "PheeCsvWriter.h"

namespace {

constexpr int kMaxNoteLength = 100;

bool safeField(const QString& value)
{
    return !value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r');
}

} // namespace

QByteArray PheeCsvWriter::header()
{
    return "id,request_id,payment_mode,payer_identifier_type,payer_identifier,payee_identifier_type,payee_identifier,"
           "amount,currency,note";
}

QString PheeCsvWriter::hubIdentifierType(PartyIdType type)
{
    switch (type) {
    case PartyIdType::Msisdn:
        return QStringLiteral("msisdn");
    case PartyIdType::BankAccount:
        return QStringLiteral("accountNumber");
    case PartyIdType::Iban:
        return QStringLiteral("iban");
    case PartyIdType::Email:
        return QStringLiteral("email");
    case PartyIdType::RegistryId:
        return QStringLiteral("functionalId");
    }
    return {};
}

QString PheeCsvWriter::cleanNote(const QString& note)
{
    QString clean;
    for (const QChar c : note) {
        if (c == u',' || c == u'"' || c == u'\'' || c.isSpace()) {
            if (!clean.endsWith(u' ')) {
                clean += u' ';
            }
        } else if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format) {
            clean += c;
        }
    }
    return clean.trimmed().left(kMaxNoteLength);
}

QByteArray PheeCsvWriter::row(int index, const PaymentLine& payment, const PartyId& payer, QString* error)
{
    if (!payment.amount.isValid() || payment.amount.minorUnits() <= 0) {
        *error = tr("payment %1: the amount must be more than zero").arg(payment.requestId);
        return {};
    }
    if (!payment.amount.isWholeMajorUnits()) {
        *error = tr("payment %1: %2 %3 has a fraction; Payment Hub EE pays whole %3 only")
                     .arg(payment.requestId, payment.amount.toDecimalString(), payment.amount.currency().code());
        return {};
    }
    if (!payment.payee.isValid()) {
        *error = tr("payment %1: the payee has no valid account").arg(payment.requestId);
        return {};
    }
    const QStringList fields = {QString::number(index),
                                payment.requestId,
                                payment.paymentMode,
                                hubIdentifierType(payer.type()),
                                payer.value(),
                                hubIdentifierType(payment.payee.type()),
                                payment.payee.value(),
                                payment.amount.toDecimalString().section(u'.', 0, 0),
                                payment.amount.currency().code(),
                                cleanNote(payment.note)};
    for (const QString& field : fields) {
        if (!safeField(field)) {
            *error = tr("payment %1: \"%2\" holds a comma, quote or line break, which the hub would split")
                         .arg(payment.requestId, field);
            return {};
        }
    }
    return fields.join(u',').toUtf8();
}

QByteArray PheeCsvWriter::file(const QList<PaymentLine>& payments, const PartyId& payer, QString* error)
{
    QByteArray bytes = header();
    for (int i = 0; i < payments.size(); ++i) {
        const QByteArray line = row(i, payments.at(i), payer, error);
        if (line.isEmpty()) {
            return {};
        }
        bytes += '\n' + line;
    }
    return bytes;
}
