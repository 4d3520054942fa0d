#pragma once

#include "HubSimProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>

// paydesk-cli run as an officer runs it, on one database file: each call a new process. Officers
// are enrolled as an administrator would (enrol): their keys, encrypted with keyPassphrase(), and
// the anchor certificate live in keyFolder(); a command naming --officer ID is signed with ID's key
// when the test gave no --officer-key of its own.
class CliRun
{
public:
    CliRun(const QString& cliPath, const QString& databasePath) : m_cliPath(cliPath), m_databasePath(databasePath) {}

    static QByteArray keyPassphrase() { return QByteArrayLiteral("correct horse battery"); }
    QString keyFolder() const { return m_databasePath + QStringLiteral(".keys"); } // as withOfficerKey looks

    QString keyOf(const QString& officerId) const
    {
        return QDir(keyFolder()).filePath(officerId + QStringLiteral(".key"));
    }
    QString anchorCertificate() const { return QDir(keyFolder()).filePath(QStringLiteral("anchor.pem")); }

    // The environment the commands run in (a test keyring's, say); the test's own (with the
    // passphrase of the keys) until set.
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    // That environment, with the passphrase of the keys enrol made: for a command that signs.
    QProcessEnvironment signingEnvironment() const
    {
        QProcessEnvironment environment = m_environment;
        if (!environment.contains(QStringLiteral("PAYDESK_KEY_PASSPHRASE"))) {
            environment.insert(QStringLiteral("PAYDESK_KEY_PASSPHRASE"), QString::fromLatin1(keyPassphrase()));
        }
        return environment;
    }

    // The administrator ("admin") makes the anchor, when there is none yet; then adds the officer
    // with role, who makes a key and a request, which the administrator certifies.
    bool enrol(const QString& officerId, const QString& role, QByteArray* output) const
    {
        QDir().mkpath(keyFolder());
        const QStringList asAdministrator{QStringLiteral("--officer"), QStringLiteral("admin")};
        const QString request = QDir(keyFolder()).filePath(officerId + QStringLiteral(".req"));
        QList<QStringList> steps;
        if (!QFileInfo::exists(anchorCertificate())) {
            steps.append({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--id"),
                          QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Administrator"),
                          QStringLiteral("--key-out"), keyOf(QStringLiteral("admin")),
                          QStringLiteral("--certificate-out"), anchorCertificate()});
        }
        steps.append({QStringLiteral("officer"), QStringLiteral("request"), officerId, QStringLiteral("--key-out"),
                      keyOf(officerId), QStringLiteral("--request-out"), request});
        steps.append(QStringList{QStringLiteral("officer"), QStringLiteral("add"), officerId, QStringLiteral("--name"),
                                 officerId, QStringLiteral("--role"), role} +
                     asAdministrator);
        steps.append(QStringList{QStringLiteral("officer"), QStringLiteral("certify"), officerId,
                                 QStringLiteral("--request"), request} +
                     asAdministrator);
        return runAll(steps, output);
    }

    // arguments, and --officer-key with the key of the officer --officer names, when enrol made one
    // for the database at databasePath and the arguments give no key of their own.
    static QStringList withOfficerKey(const QStringList& arguments, const QString& databasePath)
    {
        const qsizetype officer = arguments.lastIndexOf(QStringLiteral("--officer")); // the one the command takes
        const QString key = officer >= 0 && officer + 1 < arguments.size()
                                ? QDir(databasePath + QStringLiteral(".keys"))
                                      .filePath(arguments.at(officer + 1) + QStringLiteral(".key"))
                                : QString();
        if (key.isEmpty() || arguments.contains(QStringLiteral("--officer-key")) || !QFileInfo::exists(key)) {
            return arguments;
        }
        return arguments + QStringList{QStringLiteral("--officer-key"), key};
    }

    // The exit code; output gets stdout then stderr; input is the command's standard input.
    int operator()(const QStringList& arguments, QByteArray* output = nullptr, const QByteArray& input = {}) const
    {
        QProcess process;
        const bool usesDatabase =
            !QStringList{QStringLiteral("demo-data"), QStringLiteral("sign"), QStringLiteral("review")}.contains(
                arguments.first());
        const QStringList signedArguments = withOfficerKey(arguments, m_databasePath);
        const bool signs = signedArguments.size() > arguments.size() || arguments.first() == u"admin" ||
                           arguments.mid(0, 2) == QStringList{QStringLiteral("officer"), QStringLiteral("request")};
        process.setProcessEnvironment(signs ? signingEnvironment() : m_environment);
        process.start(m_cliPath, usesDatabase
                                     ? signedArguments + QStringList{QStringLiteral("--database"), m_databasePath}
                                     : signedArguments);
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
    bool preparedCycle(const QString& registry, int beneficiaries, const QString& amount, int maxBatchRows,
                       const HubSimProcess& hub, QByteArray* output) const
    {
        return preparedCycle(registry, beneficiaries, amount, maxBatchRows,
                             {QStringLiteral("--tenant"), QStringLiteral("greenbank"), QStringLiteral("--payment-mode"),
                              QStringLiteral("MOJALOOP"), QStringLiteral("--bulk-url"), hub.bulkUrl.toString(),
                              QStringLiteral("--ops-url"), hub.operationsUrl.toString()},
                             {}, output);
    }

    // The same, the program paying through the backend backendArguments describe (program create's
    // options), with beforePreparing run (as the maker) once the cycle is approved.
    bool preparedCycle(const QString& registry, int beneficiaries, const QString& amount, int maxBatchRows,
                       const QStringList& backendArguments, const QList<QStringList>& beforePreparing,
                       QByteArray* output) const
    {
        const QStringList asMaker = {QStringLiteral("--officer"), QStringLiteral("m")};
        if (!enrol(QStringLiteral("m"), QStringLiteral("maker"), output) ||
            !enrol(QStringLiteral("c"), QStringLiteral("checker"), output)) {
            return false;
        }
        QList<QStringList> steps = {
            {QStringLiteral("demo-data"), QStringLiteral("--count"), QString::number(beneficiaries),
             QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--bad-share"), QStringLiteral("0"),
             QStringLiteral("--out"), registry},
            QStringList{QStringLiteral("import"), registry} + asMaker,
            QStringList{QStringLiteral("program"), QStringLiteral("create"), QStringLiteral("--name"),
                        QStringLiteral("Grant"), QStringLiteral("--currency"), QStringLiteral("USD"),
                        QStringLiteral("--fixed"), amount, QStringLiteral("--payer-type"), QStringLiteral("msisdn"),
                        QStringLiteral("--payer"), QStringLiteral("254700000001"), QStringLiteral("--max-batch-rows"),
                        QString::number(maxBatchRows), QStringLiteral("--budget"), QStringLiteral("1000000")} +
                backendArguments + asMaker,
            QStringList{QStringLiteral("program"), QStringLiteral("enrol"), QStringLiteral("1")} + asMaker,
            QStringList{QStringLiteral("cycle"), QStringLiteral("create"), QStringLiteral("1"),
                        QStringLiteral("--name"), QStringLiteral("c1"), QStringLiteral("--start"),
                        QStringLiteral("2027-01-01"), QStringLiteral("--end"), QStringLiteral("2027-01-31")} +
                asMaker,
            QStringList{QStringLiteral("cycle"), QStringLiteral("generate"), QStringLiteral("1")} + asMaker,
            QStringList{QStringLiteral("cycle"), QStringLiteral("submit"), QStringLiteral("1")} + asMaker,
            {QStringLiteral("findings"), QStringLiteral("1"), QStringLiteral("--acknowledge"),
             QStringLiteral("--officer"), QStringLiteral("c")},
            {QStringLiteral("cycle"), QStringLiteral("approve"), QStringLiteral("1"), QStringLiteral("--officer"),
             QStringLiteral("c")},
        };
        for (const QStringList& step : beforePreparing) {
            steps.append(step + asMaker);
        }
        steps.append(QStringList{QStringLiteral("batches"), QStringLiteral("prepare"), QStringLiteral("1")} + asMaker);
        return runAll(steps, output);
    }

    // Runs each step in turn; false at the first that fails (*output says which).
    bool runAll(const QList<QStringList>& steps, QByteArray* output) const
    {
        for (const QStringList& step : steps) {
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
