#include "CompletionsChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

CompletionsChart::CompletionsChart(QWidget* parent)
    : ChartPanel(QStringLiteral("completionsChart"), tr("Payments settled over time"), 220, parent)
{
    setCompletions({});
}

void CompletionsChart::setCompletions(const QList<DisbursementTotals::Completion>& completions)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Payments settled over time"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* paid = new QLineSeries;
    paid->setName(tr("Paid"));
    auto* failed = new QLineSeries;
    failed->setName(tr("Failed"));
    paid->setColor(QColor(0x2e, 0x7d, 0x32));
    failed->setColor(QColor(0xc6, 0x28, 0x28));
    qint64 paidSoFar = 0;
    qint64 failedSoFar = 0;
    QDateTime first;
    QDateTime last;
    for (const DisbursementTotals::Completion& minute : completions) {
        if (paid->count() == 0) {
            // Start from nothing, a minute before the first settlement.
            const qreal before = qreal(minute.minute.addSecs(-60).toMSecsSinceEpoch());
            paid->append(before, 0);
            failed->append(before, 0);
            first = minute.minute.addSecs(-60);
        }
        paidSoFar += minute.paid;
        failedSoFar += minute.failed;
        paid->append(qreal(minute.minute.toMSecsSinceEpoch()), qreal(paidSoFar));
        failed->append(qreal(minute.minute.toMSecsSinceEpoch()), qreal(failedSoFar));
        last = minute.minute;
    }
    m_pointCount = int(completions.size());
    chart->addSeries(paid);
    chart->addSeries(failed);
    auto* time = new QDateTimeAxis;
    if (first.isValid()) {
        // Labels that differ from tick to tick: seconds over a few minutes, days over several days.
        const qint64 minutes = first.secsTo(last.addSecs(60)) / 60;
        time->setFormat(first.daysTo(last) > 0 ? QStringLiteral("dd MMM HH:mm")
                        : minutes <= 10        ? QStringLiteral("HH:mm:ss")
                                               : QStringLiteral("HH:mm"));
        time->setTickCount(int(qBound(qint64(2), minutes + 1, qint64(5))));
        time->setRange(first, last.addSecs(60));
    }
    chart->addAxis(time, Qt::AlignBottom);
    auto* count = countAxis(qMax(paidSoFar, failedSoFar));
    chart->addAxis(count, Qt::AlignLeft);
    for (QLineSeries* series : {paid, failed}) {
        series->attachAxis(time);
        series->attachAxis(count);
    }
    showChart(chart);
}
