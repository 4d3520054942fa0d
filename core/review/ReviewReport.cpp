#include "ReviewReport.h"

#include "csv/CsvWriter.h"

#include <QBuffer>

QByteArray ReviewReport::csv(const QString& fileName, const BatchReview& review, const ResultComparison* results)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, ',', CsvWriter::Audience::People);
    writer.writeRecord(QStringList{QStringLiteral("kind"), QStringLiteral("line"),
                                   QStringLiteral("column_or_request_id"), QStringLiteral("detail")});
    QStringList totals;
    for (auto it = review.totals.constBegin(); it != review.totals.constEnd(); ++it) {
        totals.append(it.value().toDecimalString() + u' ' + it.key());
    }
    writer.writeRecord(QStringList{
        QStringLiteral("file"), QString(), fileName,
        tr("%1 rows; total %2; SHA-256 %3").arg(review.rows).arg(totals.join(QStringLiteral(", ")), review.sha256)});
    if (review.signatureValid) {
        writer.writeRecord(QStringList{QStringLiteral("signature"), QString(), QString(), review.signatureDetail});
    }
    if (review.manifestMatches) {
        writer.writeRecord(QStringList{QStringLiteral("manifest"), QString(), QString(), review.manifestDetail});
    }
    if (review.signOffValid) {
        writer.writeRecord(QStringList{QStringLiteral("sign-off"), QString(), QString(), review.signOffDetail});
    }
    for (const BatchReview::Finding& finding : review.findings) {
        writer.writeRecord(
            QStringList{QStringLiteral("finding"), QString::number(finding.line), finding.column, finding.problem});
    }
    if (results) {
        for (const ResultComparison::Line& line : results->lines) {
            writer.writeRecord(
                QStringList{QStringLiteral("payment"), QString(), line.requestId,
                            ResultComparison::outcomeName(line.outcome) +
                                (line.reason.isEmpty() ? QString() : QStringLiteral(": ") + line.reason)});
        }
    }
    return bytes;
}

QString ReviewReport::html(const QString& fileName, const BatchReview& review, const ResultComparison* results)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Batch file review").toHtmlEscaped());
    QStringList totals;
    for (auto it = review.totals.constBegin(); it != review.totals.constEnd(); ++it) {
        totals.append(it.value().toDecimalString() + u' ' + it.key());
    }
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(fileName.toHtmlEscaped(),
                     tr("%1 rows, %2 bytes, total %3")
                         .arg(review.rows)
                         .arg(review.fileBytes)
                         .arg(totals.join(QStringLiteral(", ")))
                         .toHtmlEscaped(),
                     tr("SHA-256 %1").arg(review.sha256).toHtmlEscaped());
    if (review.signatureValid) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Signature: %1.").arg(review.signatureDetail).toHtmlEscaped());
    }
    if (review.manifestMatches) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Manifest: %1.").arg(review.manifestDetail).toHtmlEscaped());
    }
    if (review.signOffValid) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Sign-off: %1.").arg(review.signOffDetail).toHtmlEscaped());
    }
    html += QStringLiteral("<h3>%1</h3>")
                .arg(review.findings.isEmpty() ? tr("Nothing the hub would refuse").toHtmlEscaped()
                                               : tr("Problems").toHtmlEscaped());
    if (!review.findings.isEmpty()) {
        html +=
            QStringLiteral(
                "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(tr("Line"), tr("Column"), tr("Problem"));
        for (const BatchReview::Finding& finding : review.findings) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(finding.line)
                        .arg(finding.column.toHtmlEscaped(), finding.problem.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    if (results) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Against the hub's results").toHtmlEscaped(),
                         tr("%1 paid, %2 failed, %3 in flight, %4 missing; %5 result rows match no payment")
                             .arg(results->count(ResultComparison::Outcome::Paid))
                             .arg(results->count(ResultComparison::Outcome::Failed))
                             .arg(results->count(ResultComparison::Outcome::InFlight))
                             .arg(results->count(ResultComparison::Outcome::Missing))
                             .arg(results->unmatchedResults)
                             .toHtmlEscaped());
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
        for (const ResultComparison::Line& line : results->lines) {
            if (line.outcome != ResultComparison::Outcome::Paid) {
                html +=
                    QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(line.requestId.toHtmlEscaped(),
                             ResultComparison::outcomeName(line.outcome).toHtmlEscaped(), line.reason.toHtmlEscaped());
            }
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString ReviewReport::verdict(const BatchReview& review)
{
    if (review.clean()) {
        return tr("Nothing the hub would refuse.");
    }
    // Every check that failed counts as a problem, as every row problem does.
    QStringList failed;
    if (!review.signatureValid.value_or(true)) {
        failed.append(tr("the signature does not hold"));
    }
    if (!review.manifestMatches.value_or(true)) {
        failed.append(tr("the file is not the one its manifest describes"));
    }
    if (!review.signOffValid.value_or(true)) {
        failed.append(tr("the sign-off does not hold"));
    }
    if (!review.findings.isEmpty()) {
        failed.append(tr("%n problem(s) in the rows", nullptr, int(review.findings.size())));
    }
    const int problems = int(failed.size() - (review.findings.isEmpty() ? 0 : 1) + review.findings.size());
    return tr("%n problem(s) found: %1.", nullptr, problems).arg(failed.join(QStringLiteral("; ")));
}
