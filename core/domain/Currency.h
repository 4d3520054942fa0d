#pragma once

#include <QString>

// An ISO 4217 currency: its alphabetic code and the number of minor-unit digits.
class Currency
{
public:
    Currency() = default;

    // A known ISO 4217 code (case-insensitive); an invalid Currency otherwise.
    static Currency fromCode(QStringView code);

    bool isValid() const { return m_exponent >= 0; }
    const QString& code() const { return m_code; }
    // Number of minor-unit digits: 2 for USD, 0 for JPY, 3 for KWD.
    int exponent() const { return m_exponent; }

    friend bool operator==(const Currency& a, const Currency& b) { return a.m_code == b.m_code; }

private:
    Currency(QString code, int exponent);

    QString m_code;
    int m_exponent = -1;
};
