#pragma once

#include "reconciliation/DisbursementTotals.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>

#include <tuple>

class QPainter;
class QFontMetricsF;
class QPdfWriter;

// A cursor down the pages of a PDF: headings, lines of text, tables and charts, a new page when
// one is full. One unit is one point.
class PdfPageWriter
{
public:
    // The height of a line of body text.
    static constexpr qreal kLine = 13;

    PdfPageWriter(QPdfWriter& writer, QPainter& painter);

    static QFont bodyFont();
    static QFont tableFont();

    qreal width() const { return m_width; }

    // Starts a new page unless height fits on this one.
    void need(qreal height);
    void heading(const QString& text, qreal size = 12);
    void line(const QString& text);
    // Columns share the width by weight; the numeric ones are right-aligned. Cells wrap at word
    // boundaries; only a word wider than its column (an id) is broken inside. A table that fits on
    // a page is never split; a longer one repeats its header on each page.
    // A title, when given, is a heading kept on the table's first page.
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<qreal>& weights,
               const QList<int>& numeric, const QString& title = QString());
    // Horizontal bars, each with its label and value written out.
    void bars(const QList<std::tuple<QString, qreal, QString, QColor>>& bars);
    // A line of payments settled so far over time, drawn in colour.
    void timeline(const QList<DisbursementTotals::Completion>& completions, const QColor& colour);

private:
    // How a cell's text wraps in width: at words, unless one word is wider than the width.
    static int wrapping(const QFontMetricsF& metrics, const QString& text, qreal width);
    // The rows' heights in the table font, the header's first.
    QList<qreal> rowHeights(const QList<QStringList>& rows, const QList<qreal>& widths, bool bold) const;
    void drawRow(const QStringList& cells, const QList<qreal>& widths, qreal height, bool bold,
                 const QList<int>& numeric);

    QPdfWriter& m_writer;
    QPainter& m_painter;
    qreal m_width;
    qreal m_height;
    qreal m_y = 0;
};
