#include "FailureReasonsChart.h"

#include "reconciliation/FailureReasonText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace {

constexpr int kLabelLength = 48;

} // namespace

FailureReasonsChart::FailureReasonsChart(QWidget* parent)
    : ChartPanel(QStringLiteral("failureReasonsChart"), tr("Why payments failed"), 220, parent)
{
    setReasons({});
}

void FailureReasonsChart::setReasons(const QList<DisbursementTotals::Reason>& reasons)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Why payments failed (click a bar for its payments)"));
    chart->legend()->hide();
    auto* set = new QBarSet(tr("Payments"));
    set->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList labels;
    m_reasons.clear();
    qint64 highest = 0;
    // A horizontal bar series draws its first category at the bottom: the most frequent goes last.
    const int shown = int(qMin<qsizetype>(reasons.size(), kShownReasons));
    for (int i = shown - 1; i >= 0; --i) {
        const DisbursementTotals::Reason& reason = reasons.at(i);
        QString label = reason.reason.isEmpty() ? tr("(no reason given)") : FailureReasonText::of(reason.reason);
        if (label.size() > kLabelLength) {
            label = label.left(kLabelLength - 1) + QChar(0x2026);
        }
        labels.append(label);
        m_reasons.append(reason.reason);
        set->append(double(reason.payments));
        highest = qMax(highest, reason.payments);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = countAxis(highest);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && index < m_reasons.size()) {
            Q_EMIT reasonClicked(m_reasons.at(index));
        }
    });
    showChart(chart);
}
