#include "Money.h"

#include <limits>

namespace {

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

} // namespace

Money::Money(qint64 minorUnits, Currency currency) : m_minorUnits(minorUnits), m_currency(std::move(currency)) {}

std::optional<Money> Money::parse(QStringView text, const Currency& currency, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<Money> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (!currency.isValid()) {
        return fail(tr("unknown currency"));
    }
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return fail(tr("the amount is empty"));
    }
    qsizetype pos = 0;
    const bool negative = trimmed.front() == u'-';
    if (negative || trimmed.front() == u'+') {
        ++pos;
    }
    qint64 units = 0;
    int fractionDigits = -1; // -1 while before the decimal point
    bool anyDigit = false;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    for (; pos < trimmed.size(); ++pos) {
        const QChar c = trimmed.at(pos);
        if (c == u'.' && fractionDigits < 0) {
            fractionDigits = 0;
            continue;
        }
        if (c < u'0' || c > u'9') {
            return fail(tr("\"%1\" is not a plain decimal amount").arg(text));
        }
        anyDigit = true;
        if (fractionDigits >= 0 && ++fractionDigits > currency.exponent()) {
            return fail(tr("%1 has at most %n decimal place(s)", nullptr, currency.exponent()).arg(currency.code()));
        }
        const int digit = c.unicode() - u'0';
        if (units > (kMax - digit) / 10) {
            return fail(tr("the amount is too large"));
        }
        units = units * 10 + digit;
    }
    if (!anyDigit) {
        return fail(tr("\"%1\" is not a plain decimal amount").arg(text));
    }
    const int missing = currency.exponent() - qMax(fractionDigits, 0);
    const qint64 scale = powerOfTen(missing);
    if (units > kMax / scale) {
        return fail(tr("the amount is too large"));
    }
    units *= scale;
    return Money(negative ? -units : units, currency);
}

bool Money::isWholeMajorUnits() const
{
    return m_minorUnits % powerOfTen(m_currency.exponent()) == 0;
}

QString Money::toDecimalString() const
{
    const int exponent = m_currency.exponent();
    const qint64 scale = powerOfTen(exponent);
    // Work on the unsigned magnitude so that the most negative value formats too.
    const quint64 magnitude = m_minorUnits < 0 ? 0 - quint64(m_minorUnits) : quint64(m_minorUnits);
    QString result = QString::number(magnitude / quint64(scale));
    if (exponent > 0) {
        result += u'.' + QStringLiteral("%1").arg(magnitude % quint64(scale), exponent, 10, QLatin1Char('0'));
    }
    return m_minorUnits < 0 ? u'-' + result : result;
}

std::optional<Money> Money::plus(const Money& other) const
{
    qint64 sum = 0;
    if (!(m_currency == other.m_currency) || qAddOverflow(m_minorUnits, other.m_minorUnits, &sum)) {
        return std::nullopt;
    }
    return Money(sum, m_currency);
}

std::optional<Money> Money::minus(const Money& other) const
{
    qint64 difference = 0;
    if (!(m_currency == other.m_currency) || qSubOverflow(m_minorUnits, other.m_minorUnits, &difference)) {
        return std::nullopt;
    }
    return Money(difference, m_currency);
}

std::optional<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (qMulOverflow(m_minorUnits, factor, &product)) {
        return std::nullopt;
    }
    return Money(product, m_currency);
}
