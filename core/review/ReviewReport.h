#pragma once

#include "BatchReview.h"
#include "ResultComparison.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A review written out for the record: as CSV (one line per finding and per payment outcome) and
// as HTML, which the window prints to PDF.
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)

public:
    static QByteArray csv(const QString& fileName, const BatchReview& review, const ResultComparison* results);
    static QString html(const QString& fileName, const BatchReview& review, const ResultComparison* results);
    // The review's last word, for the officer: nothing wrong, how many problems, or that the file's
    // signature, manifest or sign-off does not hold although its rows do.
    static QString verdict(const BatchReview& review);
};
