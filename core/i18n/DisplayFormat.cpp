#include "DisplayFormat.h"

#include "domain/Money.h"

#include <QDateTime>

QString DisplayFormat::money(const Money& amount, const QLocale& locale)
{
    return tr("%1 %2", "an amount and its currency code")
        .arg(DisplayFormat::amount(amount, locale), amount.currency().code());
}

QString DisplayFormat::amount(const Money& amount, const QLocale& locale)
{
    const int exponent = amount.currency().exponent();
    quint64 scale = 1;
    for (int digit = 0; digit < exponent; ++digit) {
        scale *= 10;
    }
    // The unsigned magnitude, so that the most negative amount shows too.
    const qint64 units = amount.minorUnits();
    const quint64 magnitude = units < 0 ? 0 - quint64(units) : quint64(units);
    QString text = locale.toString(qulonglong(magnitude / scale));
    if (exponent > 0) {
        // The minor digits in the locale's digits, never grouped, padded with its zero.
        QLocale ungrouped = locale;
        ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        const QString fraction = ungrouped.toString(qulonglong(magnitude % scale));
        const QString zero = locale.zeroDigit();
        QString padding;
        for (qsizetype digits = fraction.size() / qMax<qsizetype>(1, zero.size()); digits < exponent; ++digits) {
            padding += zero;
        }
        text += locale.decimalPoint() + padding + fraction;
    }
    return units < 0 ? locale.negativeSign() + text : text;
}

QString DisplayFormat::date(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, QLocale::ShortFormat);
}

QString DisplayFormat::dateTime(const QDateTime& at, const QLocale& locale)
{
    return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
}
