#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli reconcile CYCLE_ID [--watch S] | --batch ID --results FILE: what was really paid.
class ReconcileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)

public:
    explicit ReconcileCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    CliSupport& m_support;
};
