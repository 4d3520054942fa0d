#pragma once

#include "CliSupport.h"

#include "mapper/AddressResolution.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// paydesk-cli addresses: beneficiaries' financial addresses from the ID-to-account mapper.
//   addresses resolve CYCLE_ID [--max-age-days N]   asks the mapper, keeps its answers
//   addresses unresolved CYCLE_ID                   who cannot be paid yet, with the mapper's reason
class AddressesCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddressesCommand)

public:
    explicit AddressesCommand(CliSupport& support);

    int run(const QStringList& arguments);

private:
    std::optional<QList<AddressResolution::Unresolved>> resolve(CliSupport::CycleWork& work, qint64 cycleId,
                                                                const QString& mapperUrl, int maxAgeDays, bool json);

    CliSupport& m_support;
};
