#include "PdfPageWriter.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

PdfPageWriter::PdfPageWriter(QPdfWriter& writer, QPainter& painter)
    : m_writer(writer), m_painter(painter), m_width(painter.viewport().width()), m_height(painter.viewport().height())
{
    m_painter.setFont(bodyFont());
}

QFont PdfPageWriter::bodyFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    return font;
}

QFont PdfPageWriter::tableFont()
{
    QFont font = bodyFont();
    font.setPointSizeF(7);
    return font;
}

void PdfPageWriter::need(qreal height)
{
    if (m_y + height > m_height) {
        m_writer.newPage();
        m_y = 0;
    }
}

void PdfPageWriter::heading(const QString& text, qreal size)
{
    need(size * 2.2 + kLine);
    m_y += m_y > 0 ? size * 0.8 : 0;
    QFont font = bodyFont();
    font.setPointSizeF(size);
    font.setBold(true);
    m_painter.setFont(font);
    m_painter.drawText(QRectF(0, m_y, m_width, size * 1.6), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += size * 1.6;
    m_painter.setFont(bodyFont());
}

void PdfPageWriter::line(const QString& text)
{
    const QFontMetricsF metrics(bodyFont(), m_painter.device());
    const int flags = Qt::AlignLeft | Qt::AlignVCenter | wrapping(metrics, text, m_width);
    const qreal height = qMax(kLine, metrics.boundingRect(QRectF(0, 0, m_width, 1000), flags, text).height());
    need(height);
    m_painter.drawText(QRectF(0, m_y, m_width, height), flags, text);
    m_y += height;
}

int PdfPageWriter::wrapping(const QFontMetricsF& metrics, const QString& text, qreal width)
{
    static const QRegularExpression kSpaces(QStringLiteral("\\s+"));
    const QStringList words = text.split(kSpaces, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (metrics.horizontalAdvance(word) > width) {
            return Qt::TextWrapAnywhere;
        }
    }
    return Qt::TextWordWrap;
}

QList<qreal> PdfPageWriter::rowHeights(const QList<QStringList>& rows, const QList<qreal>& widths, bool bold) const
{
    QFont font = tableFont();
    font.setBold(bold);
    const QFontMetricsF metrics(font, m_painter.device());
    QList<qreal> heights;
    heights.reserve(rows.size());
    for (const QStringList& cells : rows) {
        qreal height = metrics.height();
        for (int column = 0; column < widths.size(); ++column) {
            const QString& text = cells.value(column);
            const qreal w = widths.at(column) - 4;
            height =
                qMax(height, metrics.boundingRect(QRectF(0, 0, w, 1000), wrapping(metrics, text, w), text).height());
        }
        heights.append(height + 3);
    }
    return heights;
}

void PdfPageWriter::drawRow(const QStringList& cells, const QList<qreal>& widths, qreal height, bool bold,
                            const QList<int>& numeric)
{
    QFont font = tableFont();
    font.setBold(bold);
    m_painter.setFont(font);
    const QFontMetricsF metrics(font, m_painter.device());
    qreal x = 0;
    for (int column = 0; column < widths.size(); ++column) {
        const QString& text = cells.value(column);
        const qreal w = widths.at(column);
        const int align =
            (numeric.contains(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop | wrapping(metrics, text, w - 4);
        m_painter.drawText(QRectF(x + 2, m_y + 1.5, w - 4, height), align, text);
        x += w;
    }
    m_y += height;
}

void PdfPageWriter::table(const QStringList& header, const QList<QStringList>& rows, const QList<qreal>& weights,
                          const QList<int>& numeric, const QString& title)
{
    constexpr qreal kTitleSize = 12;
    const qreal sum = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    QList<qreal> widths;
    for (int column = 0; column < header.size(); ++column) {
        widths.append(m_width * weights.value(column) / sum);
    }
    const qreal headerHeight = rowHeights({header}, widths, true).constFirst();
    const QList<qreal> heights = rowHeights(rows, widths, false);
    const qreal titleHeight = title.isEmpty() ? 0 : kTitleSize * 2.4;
    const qreal whole = std::accumulate(heights.cbegin(), heights.cend(), titleHeight + headerHeight);
    // Together when it fits on a page; else at least its title, header and first row.
    need(whole <= m_height ? whole : titleHeight + headerHeight + heights.value(0));
    if (!title.isEmpty()) {
        heading(title, kTitleSize);
    }
    const auto drawHeader = [&] {
        drawRow(header, widths, headerHeight, true, numeric);
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    };
    drawHeader();
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (m_y + heights.at(row) > m_height) {
            m_writer.newPage();
            m_y = 0;
            drawHeader();
        }
        drawRow(rows.at(row), widths, heights.at(row), false, numeric);
    }
    m_painter.setFont(bodyFont());
    m_y += kLine / 2;
}

void PdfPageWriter::bars(const QList<std::tuple<QString, qreal, QString, QColor>>& bars)
{
    const qreal highest =
        bars.isEmpty() ? 1.0
                       : std::get<1>(*std::max_element(bars.cbegin(), bars.cend(), [](const auto& a, const auto& b) {
                             return std::get<1>(a) < std::get<1>(b);
                         }));
    const qreal labelWidth = m_width * 0.35;
    const qreal valueWidth = m_width * 0.18;
    const qreal barSpace = m_width - labelWidth - valueWidth;
    for (const auto& [label, value, text, colour] : bars) {
        need(kLine + 2);
        const QFontMetrics metrics(bodyFont(), m_painter.device());
        m_painter.drawText(QRectF(0, m_y, labelWidth - 4, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                           metrics.elidedText(label, Qt::ElideRight, int(labelWidth - 4)));
        const qreal length = highest > 0 ? barSpace * value / highest : 0;
        m_painter.fillRect(QRectF(labelWidth, m_y + 2, qMax<qreal>(length, 0.5), kLine - 4), colour);
        m_painter.drawText(QRectF(labelWidth + barSpace, m_y, valueWidth, kLine), Qt::AlignRight | Qt::AlignVCenter,
                           text);
        m_y += kLine + 2;
    }
    m_y += kLine / 2;
}

void PdfPageWriter::timeline(const QList<DisbursementTotals::Completion>& completions, const QColor& colour)
{
    const qreal height = 120;
    need(height + 2 * kLine);
    const QRectF area(40, m_y, m_width - 50, height);
    m_painter.drawRect(area);
    const qint64 total =
        std::accumulate(completions.cbegin(), completions.cend(), qint64(0),
                        [](qint64 sum, const DisbursementTotals::Completion& c) { return sum + c.paid + c.failed; });
    const qint64 start = completions.first().minute.addSecs(-60).toSecsSinceEpoch();
    const qint64 span = qMax<qint64>(60, completions.last().minute.toSecsSinceEpoch() - start);
    QPainterPath path(area.bottomLeft());
    qint64 sofar = 0;
    for (const DisbursementTotals::Completion& minute : completions) {
        sofar += minute.paid + minute.failed;
        path.lineTo(area.left() + area.width() * qreal(minute.minute.toSecsSinceEpoch() - start) / qreal(span),
                    area.bottom() - area.height() * qreal(sofar) / qreal(qMax<qint64>(1, total)));
    }
    m_painter.save();
    m_painter.setPen(QPen(colour, 1.5));
    m_painter.drawPath(path);
    m_painter.restore();
    m_painter.drawText(QRectF(0, area.top(), 38, kLine), Qt::AlignRight | Qt::AlignVCenter, QString::number(total));
    m_painter.drawText(QRectF(0, area.bottom() - kLine, 38, kLine), Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("0"));
    m_y += height + 2;
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    m_painter.drawText(QRectF(40, m_y, m_width / 2, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                       completions.first().minute.addSecs(-60).toString(format));
    m_painter.drawText(QRectF(m_width / 2, m_y, m_width / 2 - 10, kLine), Qt::AlignRight | Qt::AlignVCenter,
                       completions.last().minute.toString(format));
    m_y += 1.5 * kLine;
}
