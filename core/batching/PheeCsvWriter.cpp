#include "PheeCsvWriter.h"

#include <algorithm>

namespace {

constexpr int kMaxNoteLength = 100;

bool safeField(const QString& value)
{
    return std::none_of(value.cbegin(), value.cend(),
                        [](QChar c) { return c == u',' || c == u'"' || c == u'\n' || c == u'\r'; });
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
    case PartyIdType::FinancialAddress: // only on G2P Connect, where this file only sizes the batch
        return QStringLiteral("functionalId");
    }
    return {};
}

QString PheeCsvWriter::cleanNote(const QString& note)
{
    // Most notes are clean already: printable ASCII, single inner spaces, short enough.
    const bool alreadyClean =
        note.size() <= kMaxNoteLength && !note.startsWith(u' ') && !note.endsWith(u' ') &&
        !note.contains(QLatin1String("  ")) && std::all_of(note.cbegin(), note.cend(), [](QChar c) {
            return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u',' && c != u'"' && c != u'\'';
        });
    if (alreadyClean) {
        return note;
    }
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

QByteArray PheeCsvWriter::rowAfterPosition(const PaymentLine& payment, const PartyId& payer, QString* error,
                                           bool wholeUnitsOnly)
{
    if (!payment.amount.isValid() || payment.amount.minorUnits() <= 0) {
        *error = tr("payment %1: the amount must be more than zero").arg(payment.requestId);
        return {};
    }
    if (wholeUnitsOnly && !payment.amount.isWholeMajorUnits()) {
        *error = tr("payment %1: %2 %3 has a fraction; Payment Hub EE pays whole %3 only")
                     .arg(payment.requestId, payment.amount.toDecimalString(), payment.amount.currency().code());
        return {};
    }
    if (!payment.payee.isValid()) {
        *error = tr("payment %1: the payee has no valid account").arg(payment.requestId);
        return {};
    }
    qint64 wholeUnits = payment.amount.minorUnits();
    for (int i = 0; i < payment.amount.currency().exponent(); ++i) {
        wholeUnits /= 10;
    }
    const QString fields[] = {payment.requestId,
                              payment.paymentMode,
                              hubIdentifierType(payer.type()),
                              payer.value(),
                              hubIdentifierType(payment.payee.type()),
                              payment.payee.value(),
                              wholeUnitsOnly ? QString::number(wholeUnits) : payment.amount.toDecimalString(),
                              payment.amount.currency().code(),
                              cleanNote(payment.note)};
    QByteArray row;
    row.reserve(160);
    for (const QString& field : fields) {
        if (!safeField(field)) {
            *error = tr("payment %1: \"%2\" holds a comma, quote or line break, which the hub would split")
                         .arg(payment.requestId, field);
            return {};
        }
        if (!row.isEmpty()) {
            row += ',';
        }
        row += field.toUtf8();
    }
    return row;
}

void PheeCsvWriter::appendRow(QByteArray& file, qsizetype position, const QByteArray& rowAfterPosition)
{
    file += '\n';
    file += QByteArray::number(position);
    file += ',';
    file += rowAfterPosition;
}

QByteArray PheeCsvWriter::file(const QList<PaymentLine>& payments, const PartyId& payer, QString* error)
{
    QByteArray bytes = header();
    for (qsizetype i = 0; i < payments.size(); ++i) {
        const QByteArray row = rowAfterPosition(payments.at(i), payer, error);
        if (row.isEmpty()) {
            return {};
        }
        appendRow(bytes, i, row);
    }
    return bytes;
}
