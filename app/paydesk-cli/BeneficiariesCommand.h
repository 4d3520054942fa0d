#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
class BeneficiaryRepository;
struct Beneficiary;
class CliSupport;

// paydesk-cli beneficiaries: the registry, filtered, sorted and paged, identifiers masked if asked;
// as a table, JSON, or a spreadsheet-safe registry CSV.
class BeneficiariesCommand
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiariesCommand)

public:
    explicit BeneficiariesCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    static void addOptions(QCommandLineParser& parser);
    int writeCsv(BeneficiaryRepository& repository, const QList<qint64>& ids, bool masked);
    void writeJson(const QList<Beneficiary>& rows, qsizetype matching, bool masked);
    void writeTable(const QList<Beneficiary>& rows, qsizetype matching, bool masked);

    CliSupport& m_support;
};
