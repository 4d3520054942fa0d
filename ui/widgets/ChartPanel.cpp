#include "ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <QVBoxLayout>

ChartPanel::ChartPanel(const QString& viewName, const QString& accessibleName, int minimumHeight, QWidget* parent)
    : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setObjectName(viewName);
    m_view->setAccessibleName(accessibleName);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(minimumHeight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ChartPanel::showChart(QChart* chart)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

QValueAxis* ChartPanel::countAxis(qint64 highest)
{
    constexpr qint64 kMostIntervals = 5;
    // The smallest step of 1, 2 or 5 times a power of ten that needs at most five intervals.
    qint64 step = 1;
    for (qint64 power = 1;; power *= 10) {
        step = 0;
        for (const qint64 factor : {1, 2, 5}) {
            if (qMax<qint64>(1, highest) <= factor * power * kMostIntervals) {
                step = factor * power;
                break;
            }
        }
        if (step > 0) {
            break;
        }
    }
    const qint64 intervals = qMax<qint64>(1, (qMax<qint64>(1, highest) + step - 1) / step);
    auto* axis = new QValueAxis;
    axis->setRange(0, double(intervals * step));
    axis->setTickCount(int(intervals) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}
