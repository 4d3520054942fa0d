#pragma once

#include "widgets/ChartPanel.h"

#include "reconciliation/ProgramCycleFigures.h"

// Bars of entitled and paid amounts for each cycle of a program. Clicking a cycle's bar asks for
// that cycle (cycleClicked).
class PaidVsEntitledChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit PaidVsEntitledChart(QWidget* parent = nullptr);

    void setFigures(const ProgramCycleFigures& figures);
    int cycleCount() const { return int(m_cycleIds.size()); }

Q_SIGNALS:
    void cycleClicked(qint64 cycleId);

private:
    QList<qint64> m_cycleIds;
};
