#pragma once

#include "reconciliation/DisbursementTotals.h"

#include <QWidget>

class QChartView;

// Payments settled over time, paid and failed, added up: how the money went out.
class CompletionsChart : public QWidget
{
    Q_OBJECT

public:
    explicit CompletionsChart(QWidget* parent = nullptr);

    void setCompletions(const QList<DisbursementTotals::Completion>& completions);
    int pointCount() const { return m_pointCount; }

private:
    QChartView* m_view;
    int m_pointCount = 0;
};
