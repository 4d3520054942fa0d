#include "CycleReportPdf.h"
#include "DisplayFormat.h"

#include "reconciliation/CycleReport.h"

#include <QFile>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace {

constexpr int kResolution = 72; // one unit is one point
constexpr qreal kLine = 13;
const QColor kPaid(0x2e, 0x7d, 0x32);
const QColor kFailed(0xc6, 0x28, 0x28);
const QColor kInFlight(0xf9, 0xa8, 0x25);
const QColor kNotSent(0x90, 0xa4, 0xae);
const QColor kEntitled(0x15, 0x65, 0xc0);

// A cursor down the pages: lines of text, tables and charts, a new page when one is full.
class PageWriter
{
public:
    PageWriter(QPdfWriter& writer, QPainter& painter)
        : m_writer(writer), m_painter(painter), m_width(painter.viewport().width()),
          m_height(painter.viewport().height())
    {
        m_painter.setFont(bodyFont());
    }

    static QFont bodyFont()
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8.5);
        return font;
    }

    static QFont tableFont()
    {
        QFont font = bodyFont();
        font.setPointSizeF(7);
        return font;
    }

    qreal width() const { return m_width; }

    void need(qreal height)
    {
        if (m_y + height > m_height) {
            m_writer.newPage();
            m_y = 0;
        }
    }

    void heading(const QString& text, qreal size = 12)
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

    void line(const QString& text)
    {
        need(kLine);
        m_painter.drawText(QRectF(0, m_y, m_width, kLine), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += kLine;
    }

    // Columns share the width by weight; the numeric ones are right-aligned. Long
    // cells (ids, reasons, audit details) wrap rather than lose characters.
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<qreal>& weights,
               const QList<int>& numeric)
    {
        const qreal sum = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
        auto drawRow = [&](const QStringList& cells, bool bold) {
            QFont font = tableFont();
            font.setBold(bold);
            m_painter.setFont(font);
            const QFontMetricsF metrics(font, m_painter.device());
            qreal height = metrics.height();
            for (int column = 0; column < header.size(); ++column) {
                const qreal w = m_width * weights.value(column) / sum - 4;
                height = qMax(
                    height,
                    metrics.boundingRect(QRectF(0, 0, w, 1000), Qt::TextWrapAnywhere, cells.value(column)).height());
            }
            height += 3;
            need(height);
            qreal x = 0;
            for (int column = 0; column < header.size(); ++column) {
                const qreal w = m_width * weights.value(column) / sum;
                const int align =
                    (numeric.contains(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop | Qt::TextWrapAnywhere;
                m_painter.drawText(QRectF(x + 2, m_y + 1.5, w - 4, height), align, cells.value(column));
                x += w;
            }
            m_y += height;
        };
        drawRow(header, true);
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        for (const QStringList& row : rows) {
            drawRow(row, false);
        }
        m_painter.setFont(bodyFont());
        m_y += kLine / 2;
    }

    // Horizontal bars, each with its label and value written out.
    void bars(const QList<std::tuple<QString, qreal, QString, QColor>>& bars)
    {
        const qreal highest =
            bars.isEmpty()
                ? 1.0
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

    // A line of payments settled so far over time.
    void timeline(const QList<DisbursementTotals::Completion>& completions)
    {
        const qreal height = 120;
        need(height + 2 * kLine);
        const QRectF area(40, m_y, m_width - 50, height);
        m_painter.drawRect(area);
        const qint64 total = std::accumulate(
            completions.cbegin(), completions.cend(), qint64(0),
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
        m_painter.setPen(QPen(kEntitled, 1.5));
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

private:
    QPdfWriter& m_writer;
    QPainter& m_painter;
    qreal m_width;
    qreal m_height;
    qreal m_y = 0;
};

QString stateTitle(const QString& state)
{
    if (state == u"paid") {
        return CycleReportPdf::tr("Paid");
    }
    if (state == u"failed") {
        return CycleReportPdf::tr("Failed");
    }
    if (state == u"sent") {
        return CycleReportPdf::tr("In flight");
    }
    return CycleReportPdf::tr("Not sent yet");
}

QColor stateColour(const QString& state)
{
    return state == u"paid" ? kPaid : state == u"failed" ? kFailed : state == u"sent" ? kInFlight : kNotSent;
}

} // namespace

bool CycleReportPdf::write(const CycleReport& report, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Disbursement report: %1, %2").arg(report.programName, report.cycleName));
        writer.setCreator(QStringLiteral("PayDesk"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("cannot draw the report into %1").arg(path);
            return false;
        }
        PageWriter page(writer, painter);
        const QString currency = report.entitled.currency().code();
        page.heading(tr("Disbursement report"), 16);
        page.line(tr("Program: %1").arg(report.programName));
        page.line(tr("Cycle: %1 (%2 to %3), %4")
                      .arg(report.cycleName, report.start.toString(Qt::ISODate), report.end.toString(Qt::ISODate),
                           report.cycleState));
        page.line(
            tr("Made by %1 on %2")
                .arg(report.generatedBy, report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
        if (report.checkpoint) {
            page.line(
                tr("Audit log checkpoint: %1 entries, head %2…, signed by %3 on %4")
                    .arg(report.checkpoint->entries)
                    .arg(report.checkpoint->headHash.left(16), report.checkpoint->officer,
                         report.checkpoint->takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
        }

        page.heading(tr("Totals (%1)").arg(currency));
        QList<QStringList> totals{
            {tr("Entitled (approved)"), QString::number(report.entitledCount), DisplayFormat::amount(report.entitled)}};
        QList<std::tuple<QString, qreal, QString, QColor>> amounts{
            {tr("Entitled"), qreal(report.entitled.minorUnits()), DisplayFormat::amount(report.entitled), kEntitled}};
        QList<std::tuple<QString, qreal, QString, QColor>> counts;
        for (const QString& state :
             {QStringLiteral("paid"), QStringLiteral("failed"), QStringLiteral("sent"), QStringLiteral("issued")}) {
            const Money amount = report.amountIn(state);
            const qint64 payments = report.totals.payments(state);
            totals.append({stateTitle(state), QString::number(payments), DisplayFormat::amount(amount)});
            amounts.append(
                {stateTitle(state), qreal(amount.minorUnits()), DisplayFormat::amount(amount), stateColour(state)});
            counts.append({stateTitle(state), qreal(payments), QString::number(payments), stateColour(state)});
        }
        page.table({tr("What"), tr("Payments"), tr("Amount (%1)").arg(currency)}, totals, {3, 1, 1.5}, {1, 2});
        page.heading(tr("Paid against entitled (%1)").arg(currency), 10);
        page.bars(amounts);
        page.heading(tr("Payments by state"), 10);
        page.bars(counts);
        if (!report.totals.completions.isEmpty()) {
            page.heading(tr("Payments settled over time"), 10);
            page.timeline(report.totals.completions);
        }
        if (!report.totals.failureReasons.isEmpty()) {
            page.heading(tr("Why payments failed"), 10);
            QList<std::tuple<QString, qreal, QString, QColor>> reasons;
            for (const DisbursementTotals::Reason& reason : report.totals.failureReasons) {
                reasons.append({reason.reason.isEmpty() ? tr("(no reason given)") : reason.reason,
                                qreal(reason.payments), QString::number(reason.payments), kFailed});
            }
            page.bars(reasons);
        }

        page.heading(tr("Failed payments: %1").arg(report.failureCount));
        QList<QStringList> failures;
        for (const CycleReport::Failure& failure : report.failures) {
            failures.append({failure.requestId, failure.registryId, failure.region,
                             DisplayFormat::amount(failure.amount), failure.reason,
                             failure.paidAgain ? tr("yes") : tr("no")});
        }
        page.table({tr("Request ID"), tr("Registry ID"), tr("Region"), tr("Amount"), tr("Reason"), tr("Paid again")},
                   failures, {3.3, 1.3, 1, 0.7, 2.8, 0.8}, {3});
        if (report.failureCount > report.failures.size()) {
            page.line(tr("…and %1 more: the payments CSV lists every one.")
                          .arg(report.failureCount - report.failures.size()));
        }

        page.heading(tr("Batches: %1").arg(report.batchCount));
        QList<QStringList> batches;
        for (const CycleReport::Batch& batch : report.batches) {
            batches.append({batch.correlationId, batch.state, batch.sentBy, batch.hubBatchId,
                            QString::number(batch.rows), DisplayFormat::amount(batch.total)});
        }
        page.table({tr("Correlation ID"), tr("State"), tr("Sent by"), tr("Hub batch"), tr("Rows"), tr("Total")},
                   batches, {3.4, 2, 0.6, 3.6, 0.5, 0.9}, {4, 5});
        if (report.batchCount > report.batches.size()) {
            page.line(tr("…and %1 more batches.").arg(report.batchCount - report.batches.size()));
        }

        page.heading(tr("Audit trail of the cycle"));
        QList<QStringList> trail;
        for (const CycleReport::Step& step : report.trail) {
            trail.append(
                {step.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), step.officer, step.action, step.detail});
        }
        page.table({tr("When (UTC)"), tr("Officer"), tr("Action"), tr("Details")}, trail, {1.7, 0.8, 2.1, 4.5}, {});
        if (!painter.end()) {
            *error = tr("cannot finish the report %1").arg(path);
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
