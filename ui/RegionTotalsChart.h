#pragma once

#include <QMap>
#include <QWidget>

class Currency;
class QChartView;

// A bar chart of amounts per region. All of PayDesk's Qt Charts use sits behind widgets like this
// one (Qt Charts is deprecated from Qt 6.10 on).
class RegionTotalsChart : public QWidget
{
    Q_OBJECT

public:
    explicit RegionTotalsChart(QWidget* parent = nullptr);

    // Minor units per region, shown in major units of the currency.
    void setTotals(const QMap<QString, qint64>& minorUnitsByRegion, int currencyExponent, const QString& currencyCode);
    int barCount() const { return m_barCount; }

private:
    QChartView* m_view;
    int m_barCount = 0;
};
