#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "programs/EntitlementState.h"

#include <optional>

class CliSupport;
class CycleService;
class Database;
class QCommandLineParser;
struct Officer;

// paydesk-cli cycle create | generate | submit | approve | send-back | cancel | list | entitlements.
class CycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(CycleCommand)

public:
    explicit CycleCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    int listCycles(CycleService& cycles, qint64 programId, bool json);
    int showApprovals(CycleService& cycles, qint64 id, bool json);
    int showPilot(Database& database, CycleService& cycles, qint64 id, bool json);
    int listEntitlements(CycleService& cycles, qint64 id, std::optional<EntitlementState> state,
                         const QCommandLineParser& parser, bool json);
    int create(CycleService& cycles, qint64 programId, const QCommandLineParser& parser, const Officer& officer,
               bool json);
    int generate(CycleService& cycles, qint64 id, const Officer& officer);
    // submit, approve, send-back or cancel.
    int changeState(CycleService& cycles, const QString& action, qint64 id, const Officer& officer);

    CliSupport& m_support;
};
