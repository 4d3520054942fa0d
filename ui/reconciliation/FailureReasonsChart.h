#pragma once

#include "widgets/ChartPanel.h"

#include "reconciliation/DisbursementTotals.h"

// Horizontal bars of failed payments per reason, the most frequent on top. Clicking a bar asks for
// the payments that failed for that reason (reasonClicked).
class FailureReasonsChart : public ChartPanel
{
    Q_OBJECT

public:
    static constexpr int kShownReasons = 10;

    explicit FailureReasonsChart(QWidget* parent = nullptr);

    void setReasons(const QList<DisbursementTotals::Reason>& reasons);
    int barCount() const { return int(m_reasons.size()); }

Q_SIGNALS:
    void reasonClicked(const QString& reason);

private:
    QStringList m_reasons; // as stored, bottom bar first
};
