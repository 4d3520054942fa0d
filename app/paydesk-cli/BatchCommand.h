#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;
class Database;
class QCommandLineParser;
class SigningKey;

// paydesk-cli batches prepare CYCLE_ID | list CYCLE_ID | export BATCH_ID --out DIR [--key KEY].
class BatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    explicit BatchCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    static void addOptions(QCommandLineParser& parser);
    int list(Database& database, qint64 cycleId, bool json);
    int exportBundle(Database& database, const QCommandLineParser& parser, qint64 id, const SigningKey* signingKey,
                     const QString& officerId, QString* error);

    CliSupport& m_support;
};
