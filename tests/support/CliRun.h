#pragma once

#include "HubSimProcess.h"

#include <QProcess>
#include <QStringList>

// paydesk-cli run as an officer runs it, on one database file: each call a new process.
class CliRun
{
public:
    CliRun(const QString& cliPath, const QString& databasePath)
        : m_cliPath(cliPath)
        , m_databasePath(databasePath)
    {
    }

    // The environment the commands run in (a test keyring's, say); the test's own until set.
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }

    // The exit code; output gets stdout then stderr; input is the command's standard input.
    int operator()(const QStringList& arguments, QByteArray* output = nullptr, const QByteArray& input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        const bool usesDatabase = !QStringList{QStringLiteral("demo-data"), QStringLiteral("sign"), QStringLiteral("review")}.contains(arguments.first());
        process.start(m_cliPath, usesDatabase ? arguments + QStringList{QStringLiteral("--database"), m_databasePath} : arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        if (output) {
            *output = process.readAllStandardOutput() + process.readAllStandardError();
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // From a synthetic registry to cycle 1 of program 1, approved and prepared into ready batches,
    // through the CLI: maker "m", checker "c"; the program pays amount USD to each beneficiary,
    // through the hub's tenant greenbank, maxBatchRows a batch. False when a step failed (*output
    // says which).
    bool preparedCycle(const QString& registry, int beneficiaries, const QString& amount, int maxBatchRows, const HubSimProcess& hub,
                       QByteArray* output) const
    {
        return preparedCycle(registry, beneficiaries, amount, maxBatchRows,
                             {QStringLiteral("--tenant"), QStringLiteral("greenbank"), QStringLiteral("--payment-mode"),
                              QStringLiteral("MOJALOOP"), QStringLiteral("--bulk-url"), hub.bulkUrl.toString(), QStringLiteral("--ops-url"),
                              hub.operationsUrl.toString()},
                             {}, output);
    }

    // The same, the program paying through the backend backendArguments describe (program create's
    // options), with beforePreparing run (as the maker) once the cycle is approved.
    bool preparedCycle(const QString& registry, int beneficiaries, const QString& amount, int maxBatchRows,
                       const QStringList& backendArguments, const QList<QStringList>& beforePreparing, QByteArray* output) const
    {
        const QStringList asMaker = {QStringLiteral("--officer"), QStringLiteral("m")};
        QList<QStringList> steps = {
            {QStringLiteral("demo-data"), QStringLiteral("--count"), QString::number(beneficiaries), QStringLiteral("--seed"),
             QStringLiteral("5"), QStringLiteral("--bad-share"), QStringLiteral("0"), QStringLiteral("--out"), registry},
            {QStringLiteral("import"), registry},
            {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("m"), QStringLiteral("--name"), QStringLiteral("Maker"),
             QStringLiteral("--role"), QStringLiteral("maker"), QStringLiteral("--by"), QStringLiteral("test")},
            {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("c"), QStringLiteral("--name"), QStringLiteral("Checker"),
             QStringLiteral("--role"), QStringLiteral("checker"), QStringLiteral("--by"), QStringLiteral("m")},
            QStringList{QStringLiteral("program"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Grant"),
                        QStringLiteral("--currency"), QStringLiteral("USD"), QStringLiteral("--fixed"), amount,
                        QStringLiteral("--payer-type"), QStringLiteral("msisdn"), QStringLiteral("--payer"), QStringLiteral("254700000001"),
                        QStringLiteral("--max-batch-rows"), QString::number(maxBatchRows), QStringLiteral("--budget"),
                        QStringLiteral("1000000")}
                + backendArguments + asMaker,
            QStringList{QStringLiteral("program"), QStringLiteral("enrol"), QStringLiteral("1")} + asMaker,
            QStringList{QStringLiteral("cycle"), QStringLiteral("create"), QStringLiteral("1"), QStringLiteral("--name"), QStringLiteral("c1"),
                        QStringLiteral("--start"), QStringLiteral("2027-01-01"), QStringLiteral("--end"), QStringLiteral("2027-01-31")}
                + asMaker,
            QStringList{QStringLiteral("cycle"), QStringLiteral("generate"), QStringLiteral("1")} + asMaker,
            QStringList{QStringLiteral("cycle"), QStringLiteral("submit"), QStringLiteral("1")} + asMaker,
            {QStringLiteral("findings"), QStringLiteral("1"), QStringLiteral("--acknowledge"), QStringLiteral("--officer"), QStringLiteral("c")},
            {QStringLiteral("cycle"), QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("--officer"), QStringLiteral("c")},
        };
        for (const QStringList& step : beforePreparing) {
            steps.append(step + asMaker);
        }
        steps.append(QStringList{QStringLiteral("batches"), QStringLiteral("prepare"), QStringLiteral("1")} + asMaker);
        for (const QStringList& step : std::as_const(steps)) {
            if ((*this)(step, output) != 0) {
                output->prepend(step.join(u' ').toUtf8() + ": ");
                return false;
            }
        }
        return true;
    }

private:
    QString m_cliPath;
    QString m_databasePath;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};
