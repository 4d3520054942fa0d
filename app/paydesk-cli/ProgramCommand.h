#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;
class Database;
class QCommandLineParser;
struct Program;

// paydesk-cli program create | list | enrol | tiers | release | check | password.
class ProgramCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProgramCommand)

public:
    explicit ProgramCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    int tiers(Database& database, const QCommandLineParser& parser);
    int release(Database& database, const QCommandLineParser& parser);
    int check(Database& database, const QCommandLineParser& parser);
    int password(Database& database, const QCommandLineParser& parser);
    bool programFromOptions(const QCommandLineParser& parser, Program* program, QString* error);

    CliSupport& m_support;
};
