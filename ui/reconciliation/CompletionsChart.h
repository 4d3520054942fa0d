#pragma once

#include "widgets/ChartPanel.h"

#include "reconciliation/DisbursementTotals.h"

// Payments settled over time, paid and failed, added up: how the money went out.
class CompletionsChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit CompletionsChart(QWidget* parent = nullptr);

    void setCompletions(const QList<DisbursementTotals::Completion>& completions);
    int pointCount() const { return m_pointCount; }

private:
    int m_pointCount = 0;
};
