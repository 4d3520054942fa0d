#pragma once

#include "hub/HubEndpoint.h"
#include "officers/Officer.h"
#include "programs/Program.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class Database;
class QCommandLineParser;
class SigningKey;
class QTextStream;

// What every paydesk-cli command shares: the common options, parsing with --help, opening the
// database, and the officer a command acts as.
class CliSupport
{
    Q_DECLARE_TR_FUNCTIONS(CliSupport)

public:
    CliSupport(QTextStream& out, QTextStream& err);

    static QCommandLineOption databaseOption();
    static QCommandLineOption jsonOption();
    static QCommandLineOption officerOption();
    static QCommandLineOption officerKeyOption();

    // Parses; false when the command should end now with *exitCode (a usage error, or --help shown).
    bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode);
    int usage(const QString& problem);
    // --database, or the platform's default location.
    static QString databaseLocation(const QCommandLineParser& parser);
    std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser);
    // The officer named by --officer (default: the operating-system account), signed in with the
    // key of --officer-key (or PAYDESK_OFFICER_KEY): their acts are signed with it. Nothing, with
    // the refusal on stderr, when the key does not prove the officer (OfficerSignIn).
    std::optional<Officer> actingOfficer(Database& database, const QCommandLineParser& parser);
    // The exit code when actingOfficer or openCycle gave nothing: ExitUsage when the officer was
    // not proven, ExitFailure otherwise.
    int actingFailure() const;
    // The whole number an option holds, fallback when it is not set; nothing when it is not a number.
    static std::optional<int> wholeNumber(const QCommandLineParser& parser, const QString& option, int fallback);
    // The id at index of the positional arguments: a whole number above 0, or 0 when it is missing
    // or not one.
    static qint64 idAt(const QStringList& positional, qsizetype index);
    // The options of commands that talk to Payment Hub EE: --bulk-url, --ops-url, --ca-file,
    // --hub-user and --timeout-ms.
    static QList<QCommandLineOption> hubOptions();
    // What is wrong with those options, if anything.
    static std::optional<QString> hubOptionsProblem(const QCommandLineParser& parser);
    // The program's hub, with the command line's overrides; the operations-app user's password from
    // PAYDESK_HUB_PASSWORD or, without it, the system keychain (a note on stderr when neither has it).
    HubEndpoint hubEndpoint(const QCommandLineParser& parser, const Program& program);
    // A private key; its passphrase, if it has one, from PAYDESK_KEY_PASSPHRASE or, without it,
    // the system keychain (where the window keeps the passphrases officers chose to keep).
    static std::unique_ptr<SigningKey> openKey(const QString& path, QString* error);
    // What a command about one cycle works with: the database, the acting officer, the cycle's program.
    struct CycleWork
    {
        std::unique_ptr<Database> database;
        Officer officer;
        Program program;
    };
    // Opens the database and finds the officer (--officer) and the cycle's program; nothing, with
    // the failure reported, when any of them is missing.
    std::optional<CycleWork> openCycle(const QCommandLineParser& parser, qint64 cycleId);
    // Reports a failed command on stderr and returns ExitFailure.
    int fail(const QString& message);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_identityRefused = false;
};
