#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class Money;
class QDate;
class QDateTime;

// How PayDesk shows amounts and dates to an officer, in the window and its reports: in the
// officer's language and region (digits, grouping, decimal mark), every amount with its
// currency's minor digits (never rounded, never through a floating-point number), dates and times
// in the region's short form, times in local time.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    // "1,234.50 USD" (en), "1 234,50 USD" (fr), with the amount's currency.
    static QString money(const Money& amount, const QLocale& locale = QLocale());
    // The number alone, for a column that names its currency.
    static QString amount(const Money& amount, const QLocale& locale = QLocale());
    static QString date(const QDate& date, const QLocale& locale = QLocale());
    static QString dateTime(const QDateTime& at, const QLocale& locale = QLocale());
};
