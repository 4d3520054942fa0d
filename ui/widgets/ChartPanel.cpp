#include "ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

ChartPanel::ChartPanel(const QString& viewName, const QString& accessibleName, int minimumHeight, QWidget* parent)
    : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setObjectName(viewName);
    m_view->setAccessibleName(accessibleName);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(minimumHeight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ChartPanel::showChart(QChart* chart)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}
