#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;
struct RegistryImportResult;
struct RowIssues;

// paydesk-cli import FILE: a registry CSV into the database, accepted rows in one transaction, rejected
// rows to a file with their reasons (exit code 3 when any was rejected).
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    explicit ImportCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    void printJson(const RegistryImportResult& result);
    void printSummary(const RegistryImportResult& result);
    void printRows(const QList<RowIssues>& rows);

    CliSupport& m_support;
};
