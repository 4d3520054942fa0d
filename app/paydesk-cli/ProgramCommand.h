#pragma once

#include "programs/Program.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class CliSupport;
class Database;
struct Officer;
class QCommandLineParser;

// paydesk-cli program create | list | enrol | tiers | release | check | password.
class ProgramCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProgramCommand)

public:
    explicit ProgramCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    static void hubSettingsFromOptions(const QCommandLineParser& parser, HubSettings& hub);
    static std::optional<EntitlementRule> ruleFromOptions(const QCommandLineParser& parser, const Currency& currency,
                                                          QString* error);
    void describe(QCommandLineParser& parser);
    int list(Database& database, bool json);
    int enrol(Database& database, const QString& id, const Officer& officer, bool json);
    int tiers(Database& database, const QCommandLineParser& parser);
    int release(Database& database, const QCommandLineParser& parser);
    int check(Database& database, const QCommandLineParser& parser);
    int password(Database& database, const QCommandLineParser& parser);
    bool programFromOptions(const QCommandLineParser& parser, Program* program, QString* error);
    // The program whose id the text is; nothing, with the failure reported, when there is none.
    std::optional<Program> programNamed(Database& database, const QString& id);

    CliSupport& m_support;
};
