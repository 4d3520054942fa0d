#include "Mt940Parser.h"

#include <QRegularExpression>

namespace {

constexpr qsizetype kMaxLineLength = 10000;

struct Field
{
    QString tag;
    QString value; // continuation lines joined with '\n'
    qint64 line = 0;
};

// 2-digit years: 80-99 are the 1900s, the rest this century (MT940 has no better).
QDate dateOf(const QString& yymmdd)
{
    if (yymmdd.size() != 6) {
        return {};
    }
    const int yy = yymmdd.left(2).toInt();
    return QDate(yy >= 80 ? 1900 + yy : 2000 + yy, yymmdd.mid(2, 2).toInt(), yymmdd.mid(4, 2).toInt());
}

std::optional<Money> amountOf(const QString& text, const Currency& currency)
{
    // MT940 writes 1234,5 or 1234, for 1234.50 and 1234.00; a point is not allowed.
    if (text.contains(u'.') || text.count(u',') != 1) {
        return std::nullopt;
    }
    QString decimal = text;
    decimal.replace(u',', u'.');
    if (decimal.endsWith(u'.')) {
        decimal.chop(1);
    }
    return Money::parse(decimal, currency);
}

// A balance (:60F: :62F: ...): D or C, YYMMDD, currency, amount.
std::optional<Money> balanceOf(const QString& value, QString* problem)
{
    static const QRegularExpression pattern(QStringLiteral("^([DC])(\\d{6})([A-Z]{3})(\\d{1,15},\\d{0,3})$"));
    const QRegularExpressionMatch match = pattern.match(value.trimmed());
    const Currency currency = match.hasMatch() ? Currency::fromCode(match.captured(3)) : Currency();
    if (!match.hasMatch() || !dateOf(match.captured(2)).isValid() || !currency.isValid()) {
        *problem =
            Mt940Parser::tr(
                "a balance reads D or C, a date YYMMDD, an ISO 4217 currency and an amount such as 1000,00: \"%1\"")
                .arg(value.left(60));
        return std::nullopt;
    }
    const auto amount = amountOf(match.captured(4), currency);
    if (!amount) {
        *problem = Mt940Parser::tr("\"%1\" is not an amount in %2").arg(match.captured(4), currency.code());
        return std::nullopt;
    }
    return match.captured(1) == u"D" ? Money(-amount->minorUnits(), currency) : *amount;
}

std::optional<BankStatement::Entry> entryOf(const Field& field, const Currency& currency, QString* problem)
{
    // :61: 6!n[4!n]2a[1!a]15d1!a3!c16x[//16x] then, on the next line, [34x].
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z])?(\\d{1,15},\\d{0,3})([NFS][A-Z0-9]{3})([^/]{0,16}?)(?://(.{0,16}))?$"));
    const QString first = field.value.section(u'\n', 0, 0).trimmed();
    const QRegularExpressionMatch match = pattern.match(first);
    if (!match.hasMatch()) {
        *problem =
            Mt940Parser::tr(
                "a statement line (:61:) reads value date, entry date, D/C/RD/RC, amount, type and reference: \"%1\"")
                .arg(first.left(80));
        return std::nullopt;
    }
    BankStatement::Entry entry;
    entry.line = field.line;
    entry.valueDate = dateOf(match.captured(1));
    entry.bookingDate = entry.valueDate;
    if (!match.captured(2).isEmpty() && entry.valueDate.isValid()) {
        const int month = match.captured(2).left(2).toInt();
        int year = entry.valueDate.year();
        year += month == 12 && entry.valueDate.month() == 1 ? -1 : month == 1 && entry.valueDate.month() == 12 ? 1 : 0;
        entry.bookingDate = QDate(year, month, match.captured(2).mid(2).toInt());
    }
    if (!entry.valueDate.isValid() || !entry.bookingDate.isValid()) {
        *problem = Mt940Parser::tr("\"%1\" holds a date that does not exist").arg(first.left(10));
        return std::nullopt;
    }
    const QString mark = match.captured(3);
    entry.reversal = mark.startsWith(u'R');
    entry.debit = mark == u"D" || mark == u"RC"; // a reversed credit takes money out, a reversed debit brings it back
    const auto amount = amountOf(match.captured(5), currency);
    if (!amount || amount->minorUnits() <= 0) {
        *problem = Mt940Parser::tr("\"%1\" is not an amount above zero in %2").arg(match.captured(5), currency.code());
        return std::nullopt;
    }
    entry.amount = *amount;
    entry.typeCode = match.captured(6);
    entry.reference = match.captured(7).trimmed();
    entry.bankReference = match.captured(8).trimmed();
    entry.details = field.value.section(u'\n', 1).trimmed();
    return entry;
}

// The tags, each with its continuation lines, outside the SWIFT blocks' wrappers.
std::optional<QList<Field>> fieldsOf(const QByteArray& file, QString* error)
{
    if (file.size() > Mt940Parser::kMaxBytes) {
        *error = Mt940Parser::tr("the statement has %1 bytes, more than the %2 PayDesk reads")
                     .arg(file.size())
                     .arg(Mt940Parser::kMaxBytes);
        return std::nullopt;
    }
    QList<Field> fields;
    const QList<QByteArray> lines = file.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 number = i + 1;
        QString line = QString::fromLatin1(lines.at(i));
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        if (line.size() > kMaxLineLength) {
            *error = Mt940Parser::tr("line %1 has %2 characters: not an MT940 statement").arg(number).arg(line.size());
            return std::nullopt;
        }
        if (line.startsWith(u'{')) {
            const qsizetype body = line.indexOf(QLatin1String("{4:"));
            if (body < 0) {
                continue; // the basic, application and user header blocks
            }
            line = line.mid(body + 3);
        }
        if (line.trimmed() == u"-}" || line.trimmed() == u"-" || line.trimmed().isEmpty()) {
            continue;
        }
        if (line.startsWith(u':')) {
            const qsizetype end = line.indexOf(u':', 1);
            if (end < 2 || end > 5) {
                *error = Mt940Parser::tr("line %1: \"%2\" is not a tag such as :61:").arg(number).arg(line.left(20));
                return std::nullopt;
            }
            fields.append({line.mid(1, end - 1), line.mid(end + 1), number});
        } else if (fields.isEmpty()) {
            *error = Mt940Parser::tr("line %1: text before the first tag: not an MT940 statement").arg(number);
            return std::nullopt;
        } else {
            fields.last().value += u'\n' + line;
        }
    }
    return fields;
}

// Why a statement's closing balance does not close it: what it lacks, another currency, or a sum
// that the opening balance and the entries do not make; empty when it does.
QString closingProblem(const BankStatement& statement, const Currency& currency, const Money& balance)
{
    if (statement.account.isEmpty() || statement.reference.isEmpty() || !currency.isValid()) {
        return Mt940Parser::tr("the statement lacks its account (:25:) or opening balance (:60F:)");
    }
    if (!(balance.currency() == currency)) {
        return Mt940Parser::tr("the closing balance is in %1, the opening one in %2")
            .arg(balance.currency().code(), currency.code());
    }
    qint64 expected = statement.openingBalance.minorUnits();
    for (const BankStatement::Entry& entry : statement.entries) {
        expected += entry.debit ? -entry.amount.minorUnits() : entry.amount.minorUnits();
    }
    if (expected != balance.minorUnits()) {
        return Mt940Parser::tr("the closing balance is %1 %2, but the opening balance and the entries make %3 %2")
            .arg(balance.toDecimalString(), currency.code(), Money(expected, currency).toDecimalString());
    }
    return {};
}

} // namespace

std::optional<QList<BankStatement>> Mt940Parser::parse(const QByteArray& file, QString* error)
{
    const auto fields = fieldsOf(file, error);
    if (!fields) {
        return std::nullopt;
    }
    QList<BankStatement> statements;
    std::optional<BankStatement> current;
    Currency currency;
    bool closed = true;
    const auto fail = [error](qint64 line, const QString& problem) {
        *error = tr("line %1: %2").arg(line).arg(problem);
        return std::nullopt;
    };
    for (const Field& field : *fields) {
        QString problem;
        if (field.tag == u"20") {
            if (current && !closed) {
                return fail(field.line,
                            tr("a new statement (:20:) begins before the last one closed (:62F: or :62M:)"));
            }
            current = BankStatement{};
            current->reference = field.value.trimmed();
            closed = false;
            currency = Currency();
            continue;
        }
        if (!current) {
            return fail(field.line, tr("the tag :%1: comes before any statement (:20:)").arg(field.tag));
        }
        if (field.tag == u"25") {
            current->account = field.value.trimmed();
        } else if (field.tag == u"28C" || field.tag == u"28") {
            current->number = field.value.trimmed();
        } else if (field.tag == u"60F" || field.tag == u"60M") {
            const auto balance = balanceOf(field.value, &problem);
            if (!balance) {
                return fail(field.line, problem);
            }
            current->openingBalance = *balance;
            currency = balance->currency();
        } else if (field.tag == u"61") {
            if (!currency.isValid()) {
                return fail(field.line, tr("a statement line (:61:) comes before the opening balance (:60F:)"));
            }
            const auto entry = entryOf(field, currency, &problem);
            if (!entry) {
                return fail(field.line, problem);
            }
            current->entries.append(*entry);
        } else if (field.tag == u"86") {
            if (current->entries.isEmpty()) {
                continue; // information about the statement as a whole
            }
            BankStatement::Entry& last = current->entries.last();
            last.details = QStringList{last.details, field.value.simplified()}.join(u' ').trimmed();
        } else if (field.tag == u"62F" || field.tag == u"62M") {
            const auto balance = balanceOf(field.value, &problem);
            if (!balance) {
                return fail(field.line, problem);
            }
            if (const QString unbalanced = closingProblem(*current, currency, *balance); !unbalanced.isEmpty()) {
                return fail(field.line, unbalanced);
            }
            current->closingBalance = *balance;
            statements.append(*current);
            closed = true;
        } else if (field.tag != u"64" && field.tag != u"65" && field.tag != u"21" && field.tag != u"13D" &&
                   field.tag != u"34F" && field.tag != u"90D" && field.tag != u"90C") {
            return fail(field.line, tr("the tag :%1: has no place in an MT940 statement").arg(field.tag));
        }
    }
    if (!closed || statements.isEmpty()) {
        *error = statements.isEmpty() && !current ? tr("no statement (:20:) in the file")
                                                  : tr("the last statement has no closing balance (:62F:)");
        return std::nullopt;
    }
    return statements;
}
