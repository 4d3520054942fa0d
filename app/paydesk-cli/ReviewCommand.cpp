#include "ReviewCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "evidence/EvidencePackVerifier.h"
#include "review/BatchFileReviewer.h"
#include "review/ResultComparison.h"
#include "review/ReviewReport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

ReviewCommand::ReviewCommand(CliSupport& support) : m_support(support) {}

int ReviewCommand::reviewPack(const QString& folder, const QByteArray& trustAnchor, bool json)
{
    const EvidenceCheck check = EvidencePackVerifier::verify(folder, trustAnchor);
    if (!check.readable) {
        return m_support.fail(check.error);
    }
    if (json) {
        QJsonArray problems;
        for (const EvidenceCheck::Problem& problem : check.problems) {
            problems.append(
                QJsonObject{{QStringLiteral("file"), problem.file}, {QStringLiteral("problem"), problem.problem}});
        }
        m_support.out() << QJsonDocument(QJsonObject{{QStringLiteral("clean"), check.clean()},
                                                     {QStringLiteral("held"), QJsonArray::fromStringList(check.held)},
                                                     {QStringLiteral("problems"), problems}})
                               .toJson(QJsonDocument::Indented);
    } else {
        for (const QString& held : check.held) {
            m_support.out() << tr("Checked: %1.").arg(held) << Qt::endl;
        }
        for (const EvidenceCheck::Problem& problem : check.problems) {
            m_support.out() << tr("  %1: %2").arg(problem.file, problem.problem) << Qt::endl;
        }
        m_support.out() << (check.clean() ? tr("The evidence pack holds.")
                                          : tr("%n problem(s) found.", nullptr, int(check.problems.size())))
                        << Qt::endl;
    }
    return check.clean() ? ExitSuccess : ExitReviewFindings;
}

int ReviewCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Reviews a Payment Hub EE batch file with no database and no network: rows, totals per currency, and "
        "everything the hub would refuse or mangle. A bundle's manifest and signature (FILE's .manifest.json and "
        ".signature) and the officers' sign-off (.signoff.json) are checked when present; --cert checks the signature. "
        "Given a folder, checks an evidence pack (paydesk-cli evidence) instead. Officers' signatures are checked "
        "against "
        "the administrator's certificate given with --trust, and count for nothing without it. Exit code 4 when "
        "anything is wrong."));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("The tenant's certificate (PEM or base64 DER)."),
                                  QStringLiteral("CERT"));
    const QCommandLineOption trust(
        QStringLiteral("trust"),
        tr("The administrator's certificate (the trust anchor) to check officers' signatures against."),
        QStringLiteral("CERT"));
    const QCommandLineOption correlation(QStringLiteral("correlation-id"),
                                         tr("X-CorrelationID (default: the manifest's)."), QStringLiteral("ID"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), tr("Platform-TenantId (default: the manifest's)."),
                                    QStringLiteral("TENANT"));
    const QCommandLineOption maxBytes(QStringLiteral("max-bytes"), tr("The hub's file size limit."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption results(
        QStringLiteral("results"),
        tr("The hub's batch detail export (JSON) or result CSV, to list paid, failed and missing payments."),
        QStringLiteral("R"));
    const QCommandLineOption exportCsv(QStringLiteral("export-csv"), tr("Also write the review as CSV."),
                                       QStringLiteral("FILE"));
    parser.addOptions({cert, trust, correlation, tenant, maxBytes, results, exportCsv, CliSupport::jsonOption()});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The batch file."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_support.usage(tr("review takes exactly one FILE."));
    }
    QByteArray trustAnchor;
    if (parser.isSet(trust)) {
        QFile anchorFile(parser.value(trust));
        if (!anchorFile.open(QIODevice::ReadOnly)) {
            return m_support.usage(tr("Cannot read %1: %2")
                                       .arg(QDir::toNativeSeparators(anchorFile.fileName()), anchorFile.errorString()));
        }
        trustAnchor = anchorFile.read(1 << 20);
    }
    if (EvidencePackVerifier::isPack(parser.positionalArguments().first())) {
        return reviewPack(parser.positionalArguments().first(), trustAnchor, parser.isSet(QStringLiteral("json")));
    }
    return reviewFile(parser, parser.positionalArguments().constFirst(), trustAnchor);
}

// A batch file (and its bundle), with the hub's results when given.
int ReviewCommand::reviewFile(const QCommandLineParser& parser, const QString& path, const QByteArray& trustAnchor)
{
    BatchFileReviewer::Options options;
    options.trustAnchor = trustAnchor;
    options.maxBytes = parser.value(QStringLiteral("max-bytes")).toLongLong();
    options.correlationId = parser.value(QStringLiteral("correlation-id"));
    options.tenant = parser.value(QStringLiteral("tenant"));
    if (parser.isSet(QStringLiteral("cert"))) {
        QFile certificate(parser.value(QStringLiteral("cert")));
        if (!certificate.open(QIODevice::ReadOnly)) {
            return m_support.fail(
                tr("Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(certificate.fileName()), certificate.errorString()));
        }
        options.certificate = certificate.read(1 << 20);
    }
    const BatchReview result = BatchFileReviewer::reviewPath(path, options);
    if (!result.readable) {
        return m_support.fail(tr("Cannot review the file: %1").arg(result.error));
    }
    std::optional<ResultComparison> comparison;
    const QString results = parser.value(QStringLiteral("results"));
    if (!results.isEmpty()) {
        QFile batchFile(path);
        QFile resultFile(results);
        if (!batchFile.open(QIODevice::ReadOnly) || !resultFile.open(QIODevice::ReadOnly)) {
            return m_support.fail(tr("Cannot read %1.").arg(QDir::toNativeSeparators(results)));
        }
        comparison = ResultComparison::compare(batchFile.read(64 * options.maxBytes), resultFile.read(1 << 26));
        if (!comparison->readable) {
            return m_support.fail(tr("Cannot compare with the results: %1").arg(comparison->error));
        }
    }
    if (parser.isSet(QStringLiteral("export-csv"))) {
        QSaveFile report(parser.value(QStringLiteral("export-csv")));
        const QByteArray bytes = ReviewReport::csv(path, result, comparison ? &*comparison : nullptr);
        if (!report.open(QIODevice::WriteOnly) || report.write(bytes) != bytes.size() || !report.commit()) {
            return m_support.fail(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(report.fileName()), report.errorString()));
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(result, comparison ? &*comparison : nullptr);
    } else {
        printText(result, comparison ? &*comparison : nullptr);
    }
    return result.clean() ? ExitSuccess : ExitReviewFindings;
}

void ReviewCommand::printJson(const BatchReview& result, const ResultComparison* comparison)
{
    QJsonObject totals;
    for (auto it = result.totals.constBegin(); it != result.totals.constEnd(); ++it) {
        totals.insert(it.key(), it.value().toDecimalString());
    }
    QJsonArray findings;
    for (const BatchReview::Finding& finding : result.findings) {
        findings.append(QJsonObject{{QStringLiteral("line"), finding.line},
                                    {QStringLiteral("column"), finding.column},
                                    {QStringLiteral("problem"), finding.problem}});
    }
    QJsonObject json{{QStringLiteral("rows"), result.rows},
                     {QStringLiteral("bytes"), result.fileBytes},
                     {QStringLiteral("sha256"), result.sha256},
                     {QStringLiteral("totals"), totals},
                     {QStringLiteral("payment_modes"), QJsonArray::fromStringList(result.paymentModes)},
                     {QStringLiteral("findings"), findings},
                     {QStringLiteral("clean"), result.clean()}};
    if (result.signatureValid) {
        json.insert(QStringLiteral("signature_valid"), *result.signatureValid);
    }
    if (result.manifestMatches) {
        json.insert(QStringLiteral("manifest_matches"), *result.manifestMatches);
    }
    if (result.signOffValid) {
        json.insert(QStringLiteral("sign_off_valid"), *result.signOffValid);
        json.insert(QStringLiteral("sign_off"), result.signOffDetail);
    }
    if (comparison) {
        QJsonArray payments;
        for (const ResultComparison::Line& line : comparison->lines) {
            payments.append(QJsonObject{{QStringLiteral("request_id"), line.requestId},
                                        {QStringLiteral("outcome"), ResultComparison::outcomeName(line.outcome)},
                                        {QStringLiteral("reason"), line.reason}});
        }
        json.insert(QStringLiteral("payments"), payments);
        json.insert(QStringLiteral("unmatched_results"), comparison->unmatchedResults);
    }
    m_support.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
}

void ReviewCommand::printText(const BatchReview& result, const ResultComparison* comparison)
{
    QStringList totalTexts;
    for (auto it = result.totals.constBegin(); it != result.totals.constEnd(); ++it) {
        totalTexts.append(it.value().toDecimalString() + u' ' + it.key());
    }
    m_support.out() << tr("%1 rows, %2 bytes, SHA-256 %3; total %4.")
                           .arg(result.rows)
                           .arg(result.fileBytes)
                           .arg(result.sha256, totalTexts.join(QStringLiteral(", ")))
                    << Qt::endl;
    for (const BatchReview::Finding& finding : result.findings) {
        m_support.out() << tr("  line %1%2: %3")
                               .arg(finding.line)
                               .arg(finding.column.isEmpty() ? QString() : QStringLiteral(", ") + finding.column,
                                    finding.problem)
                        << Qt::endl;
    }
    if (result.signatureValid) {
        m_support.out() << tr("Signature: %1.").arg(result.signatureDetail) << Qt::endl;
    }
    if (result.manifestMatches) {
        m_support.out() << tr("Manifest: %1.").arg(result.manifestDetail) << Qt::endl;
    }
    if (result.signOffValid) {
        m_support.out() << tr("Sign-off: %1.").arg(result.signOffDetail) << Qt::endl;
    }
    m_support.out() << ReviewReport::verdict(result) << Qt::endl;
    if (!comparison) {
        return;
    }
    m_support.out() << tr("Against the results: %1 paid, %2 failed, %3 in flight, %4 missing.")
                           .arg(comparison->count(ResultComparison::Outcome::Paid))
                           .arg(comparison->count(ResultComparison::Outcome::Failed))
                           .arg(comparison->count(ResultComparison::Outcome::InFlight))
                           .arg(comparison->count(ResultComparison::Outcome::Missing))
                    << Qt::endl;
    for (const ResultComparison::Line& line : comparison->lines) {
        if (line.outcome != ResultComparison::Outcome::Paid) {
            m_support.out() << QStringLiteral("  %1\t%2\t%3")
                                   .arg(line.requestId, ResultComparison::outcomeName(line.outcome), line.reason)
                            << Qt::endl;
        }
    }
}
