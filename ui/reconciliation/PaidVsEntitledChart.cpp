#include "PaidVsEntitledChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <cmath>

PaidVsEntitledChart::PaidVsEntitledChart(QWidget* parent)
    : ChartPanel(QStringLiteral("paidVsEntitledChart"), tr("Paid against entitled, per cycle"), 220, parent)
{
    setFigures({});
}

void PaidVsEntitledChart::setFigures(const ProgramCycleFigures& figures)
{
    const QString currency = figures.cycles.isEmpty() ? QString() : figures.cycles.first().entitled.currency().code();
    const double scale =
        figures.cycles.isEmpty() ? 1.0 : std::pow(10.0, figures.cycles.first().entitled.currency().exponent());
    auto* chart = new QChart;
    chart->setTitle(tr("Paid against entitled, per cycle (%1)").arg(currency));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* entitled = new QBarSet(tr("Entitled"));
    auto* paid = new QBarSet(tr("Paid"));
    entitled->setColor(QColor(0x15, 0x65, 0xc0));
    paid->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList names;
    double highest = 0;
    m_cycleIds.clear();
    for (const ProgramCycleFigures::Cycle& cycle : figures.cycles) {
        names.append(cycle.name);
        m_cycleIds.append(cycle.cycleId);
        entitled->append(double(cycle.entitled.minorUnits()) / scale); // display only
        paid->append(double(cycle.paid.minorUnits()) / scale);
        highest = qMax(highest, double(cycle.entitled.minorUnits()) / scale);
    }
    auto* series = new QBarSeries;
    series->append(entitled);
    series->append(paid);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, highest > 0 ? highest * 1.1 : 1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && index < m_cycleIds.size()) {
            Q_EMIT cycleClicked(m_cycleIds.at(index));
        }
    });
    showChart(chart);
}
