#pragma once

#include "Currency.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// An exact amount of money: a count of minor units (cents, fils...) and its currency.
// No floating point ever touches an amount. Arithmetic refuses to mix currencies or overflow.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    Money(qint64 minorUnits, Currency currency);

    // Parses a plain decimal ("1234", "1234.5", "-0.25") exactly. Refuses more fraction digits than
    // the currency has, thousands separators, exponents and anything that would overflow.
    static std::optional<Money> parse(QStringView text, const Currency& currency, QString* error = nullptr);

    bool isValid() const { return m_currency.isValid(); }
    qint64 minorUnits() const { return m_minorUnits; }
    const Currency& currency() const { return m_currency; }

    // True when the amount is a whole number of major units (what Payment Hub EE can pay).
    bool isWholeMajorUnits() const;
    // Machine form with exactly exponent() fraction digits, '.' as separator: "1234.50".
    QString toDecimalString() const;

    std::optional<Money> plus(const Money& other) const;
    std::optional<Money> minus(const Money& other) const;
    std::optional<Money> times(qint64 factor) const;

    friend bool operator==(const Money& a, const Money& b)
    {
        return a.m_minorUnits == b.m_minorUnits && a.m_currency == b.m_currency;
    }

private:
    qint64 m_minorUnits = 0;
    Currency m_currency;
};
