#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QChartView;

// A donut of payments per state (paid, failed, sent, issued); clicking a slice asks for that
// state's payments (stateClicked). Qt Charts stays behind widgets like this one (it is deprecated
// from Qt 6.10 on).
class PaymentStatusChart : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentStatusChart(QWidget* parent = nullptr);

    struct Slice
    {
        QString state; // as stored: paid, failed, sent, issued
        QString title; // translated
        qint64 payments = 0;
    };
    // In the order shown.
    void setCounts(const QList<Slice>& slices);
    int sliceCount() const { return m_sliceCount; }

Q_SIGNALS:
    void stateClicked(const QString& state);

private:
    QChartView* m_view;
    int m_sliceCount = 0;
};
