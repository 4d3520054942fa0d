#include "G2pConnectRequestReviewer.h"

#include "domain/PartyId.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

void G2pConnectRequestReviewer::review(const QByteArray& file, BatchReview& review)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        review.error =
            tr("the request is not a JSON object: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return;
    }
    const QJsonObject header = document.object().value(QStringLiteral("header")).toObject();
    const QJsonObject message = document.object().value(QStringLiteral("message")).toObject();
    if (!message.value(QStringLiteral("disbursements")).isArray()) {
        review.error = tr("the request has no message.disbursements: it is not a G2P Connect disburse request");
        return;
    }
    const QJsonArray disbursements = message.value(QStringLiteral("disbursements")).toArray();
    review.columns = {QStringLiteral("reference_id"), QStringLiteral("payer_fa"),      QStringLiteral("payee_fa"),
                      QStringLiteral("amount"),       QStringLiteral("currency_code"), QStringLiteral("note"),
                      QStringLiteral("locale")};
    review.rows = disbursements.size();
    checkEnvelope(header, message, disbursements.size(), review);
    // Each disbursement.
    QHash<QString, qint64> referenceAt;
    for (qsizetype i = 0; i < disbursements.size(); ++i) {
        const qint64 position = i + 1;
        const QJsonObject item = disbursements.at(i).toObject();
        const QString reference = item.value(QStringLiteral("reference_id")).toString();
        if (reference.trimmed().isEmpty()) {
            review.addFinding(position, QStringLiteral("reference_id"),
                              tr("no reference id: the payment could never be reconciled"));
        } else if (referenceAt.contains(reference)) {
            review.addFinding(position, QStringLiteral("reference_id"),
                              tr("reference id %1 is also disbursement %2: the receiver refuses the second")
                                  .arg(reference)
                                  .arg(referenceAt.value(reference)));
        } else {
            referenceAt.insert(reference, position);
        }
        QString error;
        for (const QString& side : {QStringLiteral("payer_fa"), QStringLiteral("payee_fa")}) {
            const QString address = item.value(side).toString();
            if (!PartyId::create(PartyIdType::FinancialAddress, address, &error).isValid()) {
                review.addFinding(position, side, tr("\"%1\" is not a financial address: %2").arg(address, error));
            }
        }
        checkAmount(position, item, review);
    }
    review.readable = true;
}

// The envelope: version, header fields, action, count and transaction id as the receiver wants them.
void G2pConnectRequestReviewer::checkEnvelope(const QJsonObject& header, const QJsonObject& message, qsizetype count,
                                              BatchReview& review)
{
    if (header.value(QStringLiteral("version")).toString() != u"1.0.0") {
        review.addFinding(0, QStringLiteral("header.version"),
                          tr("the version is not 1.0.0: the receiver refuses it (rjct.version.invalid)"));
    }
    for (const QString& field :
         {QStringLiteral("message_id"), QStringLiteral("message_ts"), QStringLiteral("sender_id")}) {
        if (header.value(field).toString().trimmed().isEmpty()) {
            review.addFinding(0, QStringLiteral("header.") + field,
                              tr("the header has no %1: the receiver refuses the request").arg(field));
        }
    }
    if (header.value(QStringLiteral("action")).toString() != u"disburse") {
        review.addFinding(0, QStringLiteral("header.action"),
                          tr("the action is \"%1\", not \"disburse\" (rjct.action.invalid)")
                              .arg(header.value(QStringLiteral("action")).toString()));
    }
    if (header.value(QStringLiteral("total_count")).toInteger(-1) != count) {
        review.addFinding(0, QStringLiteral("header.total_count"),
                          tr("total_count says %1, the request holds %2 disbursements (rjct.total_count.invalid)")
                              .arg(header.value(QStringLiteral("total_count")).toInteger(-1))
                              .arg(count));
    }
    if (message.value(QStringLiteral("transaction_id")).toString().trimmed().isEmpty()) {
        review.addFinding(0, QStringLiteral("message.transaction_id"),
                          tr("no transaction id: the batch could never be found again"));
    }
}

// A disbursement's amount: in an ISO 4217 currency, at most two decimals, more than zero; added to
// its currency's total.
void G2pConnectRequestReviewer::checkAmount(qint64 position, const QJsonObject& item, BatchReview& review)
{
    static const QRegularExpression amountPattern(QStringLiteral("^\\d{1,13}(\\.\\d{1,2})?$"));
    QString error;
    const Currency currency = Currency::fromCode(item.value(QStringLiteral("currency_code")).toString());
    const QString amountText = item.value(QStringLiteral("amount")).toVariant().toString();
    // "100.00" is how G2P Connect writes 100 of a currency without minor units.
    QString digits = amountText;
    if (digits.contains(u'.')) {
        while (digits.endsWith(u'0')) {
            digits.chop(1);
        }
        if (digits.endsWith(u'.')) {
            digits.chop(1);
        }
    }
    const auto amount = currency.isValid() && amountPattern.match(amountText).hasMatch()
                            ? Money::parse(digits, currency, &error)
                            : std::nullopt;
    if (!currency.isValid()) {
        review.addFinding(
            position, QStringLiteral("currency_code"),
            tr("\"%1\" is not an ISO 4217 currency").arg(item.value(QStringLiteral("currency_code")).toString()));
    } else if (!amount) {
        review.addFinding(position, QStringLiteral("amount"),
                          tr("\"%1\" is not an amount with at most two decimals").arg(amountText));
    } else if (amount->minorUnits() <= 0) {
        review.addFinding(position, QStringLiteral("amount"), tr("%1 is not more than zero").arg(amountText));
    } else if (const auto sum = review.totals.value(currency.code(), Money(0, currency)).plus(*amount)) {
        review.totals.insert(currency.code(), *sum);
    }
}
