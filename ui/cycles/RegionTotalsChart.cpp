#include "RegionTotalsChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <cmath>

RegionTotalsChart::RegionTotalsChart(QWidget* parent)
    : ChartPanel(QStringLiteral("regionTotalsChart"), tr("Entitled per region"), 220, parent)
{
    setTotals({}, 2, QString());
}

void RegionTotalsChart::setTotals(const QMap<QString, qint64>& minorUnitsByRegion, int currencyExponent,
                                  const QString& currencyCode)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Entitled per region (%1)").arg(currencyCode));
    chart->legend()->hide();
    auto* set = new QBarSet(currencyCode);
    QStringList regions;
    const double scale = std::pow(10.0, currencyExponent); // display only: the amounts themselves stay integers
    double highest = 0;
    for (auto it = minorUnitsByRegion.constBegin(); it != minorUnitsByRegion.constEnd(); ++it) {
        regions.append(it.key().isEmpty() ? tr("(no region)") : it.key());
        const double value = double(it.value()) / scale;
        set->append(value);
        highest = qMax(highest, value);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(regions);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, highest > 0 ? highest * 1.1 : 1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    showChart(chart);
    m_barCount = int(regions.size());
}
