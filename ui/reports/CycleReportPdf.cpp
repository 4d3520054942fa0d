#include "CycleReportPdf.h"
#include "i18n/DisplayFormat.h"
#include "PdfPageWriter.h"

#include "batching/BatchState.h"
#include "reconciliation/CycleReport.h"
#include "reconciliation/FailureReasonText.h"

#include <QFile>
#include <QFontMetrics>
#include <QLocale>
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
const QColor kPaid(0x2e, 0x7d, 0x32);
const QColor kFailed(0xc6, 0x28, 0x28);
const QColor kInFlight(0xf9, 0xa8, 0x25);
const QColor kNotSent(0x90, 0xa4, 0xae);
const QColor kEntitled(0x15, 0x65, 0xc0);

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

// Who and what the report is about, and the checkpoint of the audit log it rests on.
void writeTitle(PdfPageWriter& page, const CycleReport& report)
{
    page.heading(CycleReportPdf::tr("Disbursement report"), 16);
    page.line(CycleReportPdf::tr("Program: %1").arg(report.programName));
    page.line(CycleReportPdf::tr("Cycle: %1 (%2 to %3), %4")
                  .arg(report.cycleName, report.start.toString(Qt::ISODate), report.end.toString(Qt::ISODate),
                       report.cycleState));
    page.line(CycleReportPdf::tr("Made by %1 on %2")
                  .arg(report.generatedBy, report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    if (report.checkpoint) {
        page.line(CycleReportPdf::tr("Audit log checkpoint: %1 entries, head %2…, signed by %3 on %4")
                      .arg(report.checkpoint->entries)
                      .arg(report.checkpoint->headHash.left(16), report.checkpoint->officer,
                           report.checkpoint->takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    }
}

// Whom the cycle owes and has not paid, and why: on the first page, never hidden in a chart.
void writeUnpaid(PdfPageWriter& page, const CycleReport& report)
{
    if (report.unpaid.total == 0) {
        page.heading(CycleReportPdf::tr("Every entitled beneficiary was paid"), 10);
        return;
    }
    page.heading(CycleReportPdf::tr("Not paid: %1").arg(QLocale().toString(report.unpaid.total)));
    page.line(UnpaidBeneficiaries::summary(report.unpaid));
    QList<QStringList> people;
    for (const UnpaidBeneficiaries::Person& person : report.unpaid.people) {
        people.append({person.registryId, person.name, DisplayFormat::amount(person.amount), person.reason});
    }
    page.table({CycleReportPdf::tr("Registry ID"), CycleReportPdf::tr("Name"), CycleReportPdf::tr("Amount"),
                CycleReportPdf::tr("Why not paid")},
               people, {1.3, 1.8, 0.8, 4.2}, {2});
    if (report.unpaid.total > report.unpaid.people.size()) {
        page.line(CycleReportPdf::tr("…and %1 more.")
                      .arg(QLocale().toString(report.unpaid.total - report.unpaid.people.size())));
    }
}

// The totals by state, as a table and as bars, over time and by failure reason.
void writeTotals(PdfPageWriter& page, const CycleReport& report)
{
    const QString currency = report.entitled.currency().code();
    page.heading(CycleReportPdf::tr("Totals (%1)").arg(currency));
    QList<QStringList> totals{{CycleReportPdf::tr("Entitled (approved)"), QString::number(report.entitledCount),
                               DisplayFormat::amount(report.entitled)}};
    QList<std::tuple<QString, qreal, QString, QColor>> amounts{{CycleReportPdf::tr("Entitled"),
                                                                qreal(report.entitled.minorUnits()),
                                                                DisplayFormat::amount(report.entitled), kEntitled}};
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
    page.table(
        {CycleReportPdf::tr("What"), CycleReportPdf::tr("Payments"), CycleReportPdf::tr("Amount (%1)").arg(currency)},
        totals, {3, 1, 1.5}, {1, 2});
    page.heading(CycleReportPdf::tr("Paid against entitled (%1)").arg(currency), 10);
    page.bars(amounts);
    page.heading(CycleReportPdf::tr("Payments by state"), 10);
    page.bars(counts);
    if (!report.totals.completions.isEmpty()) {
        page.heading(CycleReportPdf::tr("Payments settled over time"), 10);
        page.timeline(report.totals.completions, kEntitled);
    }
    if (!report.totals.failureReasons.isEmpty()) {
        page.heading(CycleReportPdf::tr("Why payments failed"), 10);
        QList<std::tuple<QString, qreal, QString, QColor>> reasons;
        for (const DisbursementTotals::Reason& reason : report.totals.failureReasons) {
            reasons.append({reason.reason.isEmpty() ? CycleReportPdf::tr("(no reason given)")
                                                    : FailureReasonText::of(reason.reason),
                            qreal(reason.payments), QString::number(reason.payments), kFailed});
        }
        page.bars(reasons);
    }
}

// The failed payments, the batches and the cycle's audit trail.
void writeLists(PdfPageWriter& page, const CycleReport& report)
{
    QList<QStringList> failures;
    for (const CycleReport::Failure& failure : report.failures) {
        failures.append({failure.requestId, failure.registryId, failure.region, DisplayFormat::amount(failure.amount),
                         FailureReasonText::of(failure.reason),
                         failure.paidAgain ? CycleReportPdf::tr("yes") : CycleReportPdf::tr("no")});
    }
    page.table({CycleReportPdf::tr("Request ID"), CycleReportPdf::tr("Registry ID"), CycleReportPdf::tr("Region"),
                CycleReportPdf::tr("Amount"), CycleReportPdf::tr("Reason"), CycleReportPdf::tr("Paid again")},
               failures, {3.3, 1.3, 1, 0.7, 2.8, 0.8}, {3},
               CycleReportPdf::tr("Failed payments: %1").arg(report.failureCount));
    if (report.failureCount > report.failures.size()) {
        page.line(CycleReportPdf::tr("…and %1 more: the payments CSV lists every one.")
                      .arg(report.failureCount - report.failures.size()));
    }

    QList<QStringList> batches;
    for (const CycleReport::Batch& batch : report.batches) {
        const auto state = batchStateFromName(batch.state);
        batches.append({batch.correlationId, state ? batchStateText(*state) : batch.state, batch.sentBy,
                        batch.hubBatchId, QString::number(batch.rows), DisplayFormat::amount(batch.total)});
    }
    page.table({CycleReportPdf::tr("Correlation ID"), CycleReportPdf::tr("State"), CycleReportPdf::tr("Sent by"),
                CycleReportPdf::tr("Hub batch"), CycleReportPdf::tr("Rows"), CycleReportPdf::tr("Total")},
               batches, {3.4, 2, 0.6, 3.6, 0.5, 0.9}, {4, 5}, CycleReportPdf::tr("Batches: %1").arg(report.batchCount));
    if (report.batchCount > report.batches.size()) {
        page.line(CycleReportPdf::tr("…and %1 more batches.").arg(report.batchCount - report.batches.size()));
    }

    QList<QStringList> trail;
    for (const CycleReport::Step& step : report.trail) {
        trail.append({step.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), step.sentence});
    }
    page.table({CycleReportPdf::tr("When (UTC)"), CycleReportPdf::tr("What happened")}, trail, {1.7, 7.4}, {},
               CycleReportPdf::tr("Audit trail of the cycle"));
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
        PdfPageWriter page(writer, painter);
        writeTitle(page, report);
        writeUnpaid(page, report);
        writeTotals(page, report);
        writeLists(page, report);
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
