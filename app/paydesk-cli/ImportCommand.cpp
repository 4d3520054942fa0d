#include "ImportCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "registry/RegistryFilePreview.h"
#include "registry/RegistryImporter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

ImportCommand::ImportCommand(CliSupport& support) : m_support(support) {}

int ImportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports a registry CSV. Accepted rows are written in one transaction; "
                                        "rejected rows are written to a file to fix and import again."));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Map a header to a field, e.g. \"Beneficiary No=registry_id\"."),
                                 QStringLiteral("HEADER=FIELD"));
    const QCommandLineOption rejects(QStringLiteral("rejects"),
                                     tr("Where to write rejected rows (default: FILE.rejected.csv)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption refuseEncoding(
        QStringLiteral("refuse-invalid-encoding"),
        tr("Refuse the whole file when a record holds bytes that are not UTF-8 (by default only that record is "
           "rejected)."));
    parser.addOptions({CliSupport::databaseOption(), CliSupport::jsonOption(), map, rejects, refuseEncoding,
                       CliSupport::officerOption(), CliSupport::officerKeyOption()});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The registry CSV."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_support.usage(tr("import takes exactly one FILE."));
    }
    RegistryImportParams params;
    params.filePath = parser.positionalArguments().constFirst();
    params.databaseLocation = CliSupport::databaseLocation(parser);
    params.today = QDate::currentDate();
    params.rejectsPath =
        parser.isSet(rejects) ? parser.value(rejects) : params.filePath + QStringLiteral(".rejected.csv");
    params.refuseFileOnInvalidEncoding = parser.isSet(refuseEncoding);
    QString error;
    if (!params.mapping.addMappings(parser.values(map), &error)) {
        return m_support.usage(error);
    }
    // Before anything is written: the columns left out that look like payee accounts.
    const RegistryFilePreview preview = RegistryFilePreview::read(params.filePath, params.mapping);
    for (const QString& warning : preview.warnings()) {
        m_support.err() << tr("Warning: %1").arg(warning) << Qt::endl;
    }
    {
        const auto database = m_support.openDatabase(parser);
        const auto officer = database ? m_support.actingOfficer(*database, parser) : std::nullopt;
        if (!officer) {
            return database ? m_support.actingFailure() : ExitFailure;
        }
        params.officer = officer->id;
        params.signers = database->keyring();
    }
    RegistryImporter importer;
    const RegistryImportResult result = importer.run(params);
    if (!result.succeeded) {
        m_support.err() << result.error << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(result);
    } else {
        printSummary(result);
    }
    return result.rejected > 0 ? ExitRowsRejected : ExitSuccess;
}

void ImportCommand::printJson(const RegistryImportResult& result)
{
    const auto rowsJson = [](const QList<RowIssues>& rows) {
        QJsonArray array;
        for (const RowIssues& row : rows) {
            QJsonArray issues;
            for (const FieldIssue& issue : row.issues) {
                issues.append(QJsonObject{{QStringLiteral("column"), issue.column},
                                          {QStringLiteral("column_number"), issue.columnNumber},
                                          {QStringLiteral("reason"), issue.reason}});
            }
            array.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("issues"), issues}});
        }
        return array;
    };
    QJsonArray shared;
    for (const SharedPayeeAccount& account : result.sharedAccounts) {
        shared.append(QJsonObject{{QStringLiteral("payee_type"), account.payeeType},
                                  {QStringLiteral("payee_address"), account.payeeAddress},
                                  {QStringLiteral("registry_ids"), QJsonArray::fromStringList(account.registryIds)}});
    }
    const QJsonObject json{{QStringLiteral("rows_read"), result.rowsRead},
                           {QStringLiteral("inserted"), result.inserted},
                           {QStringLiteral("updated"), result.updated},
                           {QStringLiteral("unchanged"), result.unchanged},
                           {QStringLiteral("rejected"), result.rejected},
                           {QStringLiteral("rejects_file"), result.rejectsPath},
                           {QStringLiteral("rejected_rows"), rowsJson(result.rejectedSample)},
                           {QStringLiteral("rows_with_warnings"), result.rowsWithWarnings},
                           {QStringLiteral("warning_rows"), rowsJson(result.warningSample)},
                           {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(result.ignoredColumns)},
                           {QStringLiteral("column_warnings"), QJsonArray::fromStringList(result.columnWarnings)},
                           {QStringLiteral("shared_payee_accounts"), result.sharedAccountCount},
                           {QStringLiteral("shared_payee_account_sample"), shared}};
    m_support.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
}

void ImportCommand::printSummary(const RegistryImportResult& result)
{
    m_support.out() << tr("Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.")
                           .arg(result.rowsRead)
                           .arg(result.inserted)
                           .arg(result.updated)
                           .arg(result.unchanged)
                           .arg(result.rejected)
                    << Qt::endl;
    printRows(result.rejectedSample);
    if (result.rowsWithWarnings > 0) {
        m_support.out()
            << tr("%1 rows were imported with a value changed by a documented rule:").arg(result.rowsWithWarnings)
            << Qt::endl;
        printRows(result.warningSample);
    }
    if (!result.rejectsPath.isEmpty()) {
        m_support.out()
            << tr("Rejected rows, with their reasons, are in %1.").arg(QDir::toNativeSeparators(result.rejectsPath))
            << Qt::endl;
    }
    for (const QString& warning : result.columnWarnings) {
        m_support.out() << tr("Warning: %1").arg(warning) << Qt::endl;
    }
    if (!result.ignoredColumns.isEmpty()) {
        m_support.out() << tr("Ignored columns: %1.").arg(result.ignoredColumns.join(QStringLiteral(", "))) << Qt::endl;
    }
    if (result.sharedAccountCount > 0) {
        m_support.out()
            << tr("%1 payee accounts of this file are held by more than one registry id (likely duplicates):")
                   .arg(result.sharedAccountCount)
            << Qt::endl;
        for (const SharedPayeeAccount& account : result.sharedAccounts.mid(0, 10)) {
            m_support.out() << QStringLiteral("  %1 %2: %3")
                                   .arg(account.payeeType, account.payeeAddress,
                                        account.registryIds.join(QStringLiteral(", ")))
                            << Qt::endl;
        }
    }
}

void ImportCommand::printRows(const QList<RowIssues>& rows)
{
    for (const RowIssues& row : rows.mid(0, 20)) {
        for (const FieldIssue& issue : row.issues) {
            const QString where =
                issue.columnNumber > 0
                    ? tr("line %1, column %2 (%3)").arg(row.line).arg(issue.columnNumber).arg(issue.column)
                    : tr("line %1").arg(row.line);
            m_support.out() << QStringLiteral("  ") << where << QStringLiteral(": ") << issue.reason << Qt::endl;
        }
    }
}
