#include "CsvStatementParser.h"

#include "csv/CsvReader.h"

#include <QHash>

#include <functional>

namespace {

// One row of the statement: its dates, amount (debit when its type says D, or it is negative
// without a type), references and details; nothing, with the line and why, when a field is wrong.
std::optional<BankStatement::Entry> entryOf(const std::function<QString(const QString&)>& field, qint64 line,
                                            QString* error)
{
    const auto fail = [error, line](const QString& problem) {
        *error = CsvStatementParser::tr("line %1: %2").arg(line).arg(problem);
        return std::nullopt;
    };
    BankStatement::Entry entry;
    entry.line = line;
    const QString date = field(QStringLiteral("date"));
    entry.valueDate = QDate::fromString(date, Qt::ISODate);
    if (!entry.valueDate.isValid()) {
        entry.valueDate = QDate::fromString(date, QStringLiteral("dd/MM/yyyy"));
    }
    if (!entry.valueDate.isValid()) {
        return fail(CsvStatementParser::tr("\"%1\" is not a date (YYYY-MM-DD or DD/MM/YYYY)").arg(date.left(30)));
    }
    entry.bookingDate = entry.valueDate;
    const Currency currency = Currency::fromCode(field(QStringLiteral("currency")));
    if (!currency.isValid()) {
        return fail(CsvStatementParser::tr("\"%1\" is not an ISO 4217 currency")
                        .arg(field(QStringLiteral("currency")).left(10)));
    }
    QString amountText = field(QStringLiteral("amount"));
    const bool negative = amountText.startsWith(u'-');
    if (negative) {
        amountText.remove(0, 1);
    }
    QString parseError;
    const auto amount = Money::parse(amountText, currency, &parseError);
    if (!amount || amount->minorUnits() <= 0) {
        return fail(CsvStatementParser::tr("\"%1\" is not an amount in %2: %3")
                        .arg(field(QStringLiteral("amount")).left(30), currency.code(),
                             amount ? CsvStatementParser::tr("it is zero") : parseError));
    }
    entry.amount = *amount;
    const QString type = field(QStringLiteral("type")).toUpper();
    if (!type.isEmpty() && type != u"D" && type != u"C") {
        return fail(CsvStatementParser::tr("the type is \"%1\": D for a debit or C for a credit").arg(type.left(10)));
    }
    entry.debit = type.isEmpty() ? negative : type == u"D";
    entry.reference = field(QStringLiteral("reference"));
    entry.bankReference = field(QStringLiteral("bank_reference"));
    entry.details = field(QStringLiteral("details"));
    return entry;
}

} // namespace

std::optional<BankStatement> CsvStatementParser::parse(const QByteArray& file, QString* error)
{
    CsvReader reader(file, ',');
    QList<QByteArray> record;
    if (!reader.readRecord(record)) {
        *error = reader.hasError() ? reader.errorString() : tr("the statement is empty");
        return std::nullopt;
    }
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < record.size(); ++i) {
        column.insert(QString::fromUtf8(record.at(i)).trimmed().toLower(), i);
    }
    for (const QString& required :
         {QStringLiteral("date"), QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("reference")}) {
        if (!column.contains(required)) {
            *error = tr("line 1: the statement has no \"%1\" column (it needs date, amount, currency and reference)")
                         .arg(required);
            return std::nullopt;
        }
    }
    BankStatement statement;
    const auto field = [&record, &column](const QString& name) {
        const qsizetype index = column.value(name, -1);
        return index >= 0 && index < record.size() ? QString::fromUtf8(record.at(index)).trimmed() : QString();
    };
    while (reader.readRecord(record)) {
        const qint64 line = reader.recordLine();
        if (record.size() == 1 && record.first().trimmed().isEmpty()) {
            continue;
        }
        const auto entry = entryOf(field, line, error);
        if (!entry) {
            return std::nullopt;
        }
        if (statement.account.isEmpty()) {
            statement.account = field(QStringLiteral("account"));
        }
        statement.entries.append(*entry);
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return std::nullopt;
    }
    if (statement.entries.isEmpty()) {
        *error = tr("the statement has no entries");
        return std::nullopt;
    }
    return statement;
}
