#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliSupport;

// paydesk-cli beneficiaries: the registry, filtered, sorted and paged, identifiers masked if asked.
class BeneficiariesCommand
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiariesCommand)

public:
    explicit BeneficiariesCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    CliSupport& m_support;
};
