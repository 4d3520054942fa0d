#pragma once

#include "widgets/ChartPanel.h"

#include <QList>
#include <QString>

// A donut of payments per state (paid, failed, sent, issued); clicking a slice asks for that
// state's payments (stateClicked).
class PaymentStatusChart : public ChartPanel
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
    int m_sliceCount = 0;
};
