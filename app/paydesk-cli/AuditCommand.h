#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;
class Database;

// paydesk-cli audit verify|list: checks the audit log (its chain and, with --trust CERT, every
// signature, role and checkpoint) or shows its latest entries.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    explicit AuditCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    int verifyTrusted(Database& database, const QString& trustPath, const QStringList& checkpointPaths, bool json);

    CliSupport& m_support;
};
