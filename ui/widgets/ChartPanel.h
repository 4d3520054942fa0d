#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QValueAxis;

// What every chart of PayDesk is: a widget holding one QChartView, whose chart is replaced whole
// each time its figures change. Qt Charts stays behind these widgets (it is deprecated from Qt
// 6.10 on).
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    // viewName: the view's object name, for tests and screenshots.
    // accessibleName: what the chart shows, for screen readers.
    ChartPanel(const QString& viewName, const QString& accessibleName, int minimumHeight, QWidget* parent = nullptr);

    // An axis of counts up to highest, its ticks on whole numbers (never 0, 0, 0, 1, 1, 1).
    static QValueAxis* countAxis(qint64 highest);

protected:
    // Shows chart (taking it) in place of the one shown.
    void showChart(QChart* chart);

private:
    QChartView* m_view;
};
