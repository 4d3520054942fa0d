#pragma once

#include "widgets/ChartPanel.h"

#include <QMap>

class Currency;

// A bar chart of amounts per region.
class RegionTotalsChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit RegionTotalsChart(QWidget* parent = nullptr);

    // Minor units per region, shown in major units of the currency.
    void setTotals(const QMap<QString, qint64>& minorUnitsByRegion, int currencyExponent, const QString& currencyCode);
    int barCount() const { return m_barCount; }

private:
    int m_barCount = 0;
};
