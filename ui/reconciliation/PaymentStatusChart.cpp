#include "PaymentStatusChart.h"

#include <QChart>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace {

QColor colourOf(const QString& state)
{
    if (state == u"paid") {
        return QColor(0x2e, 0x7d, 0x32);
    }
    if (state == u"failed") {
        return QColor(0xc6, 0x28, 0x28);
    }
    return state == u"sent" ? QColor(0xf9, 0xa8, 0x25) : QColor(0x90, 0xa4, 0xae);
}

} // namespace

PaymentStatusChart::PaymentStatusChart(QWidget* parent)
    : ChartPanel(QStringLiteral("paymentStatusChart"), tr("Payments by state"), 240, parent)
{
    setCounts({});
}

void PaymentStatusChart::setCounts(const QList<Slice>& slices)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Payments by state"));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    const QLocale locale;
    m_sliceCount = 0;
    for (const Slice& shown : slices) {
        if (shown.payments > 0) {
            QPieSlice* slice =
                series->append(tr("%1: %2").arg(shown.title, locale.toString(shown.payments)), double(shown.payments));
            slice->setLabelVisible(false);
            slice->setColor(colourOf(shown.state));
            connect(slice, &QPieSlice::clicked, this, [this, state = shown.state] { Q_EMIT stateClicked(state); });
            ++m_sliceCount;
        }
    }
    chart->addSeries(series);
    showChart(chart);
}
