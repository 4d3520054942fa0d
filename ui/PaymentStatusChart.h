#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QChartView;

// A donut of payments per state (paid, failed, sent, issued). Qt Charts stays behind widgets like
// this one (it is deprecated from Qt 6.10 on).
class PaymentStatusChart : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentStatusChart(QWidget* parent = nullptr);

    // (translated state name, payments) in the order shown.
    void setCounts(const QList<QPair<QString, qint64>>& counts);
    int sliceCount() const { return m_sliceCount; }

private:
    QChartView* m_view;
    int m_sliceCount = 0;
};
