#include "PayeeAddress.h"

PartyId PayeeAddress::of(const Source& source, PartyIdType type, QString* reason)
{
    if (type == PartyIdType::RegistryId) {
        // Paid at the financial address the ID-to-account mapper gave (FinancialAddressResolver).
        if (source.mapped.isNull()) {
            *reason = tr("not resolved yet: ask the ID-to-account mapper for the cycle's addresses first");
            return {};
        }
        if (source.mapped.toInt() != 1) {
            *reason = tr("the ID-to-account mapper did not resolve it: %1").arg(source.mappedReason);
            return {};
        }
        return PartyId::create(PartyIdType::FinancialAddress, source.mappedAddress, reason);
    }
    if (source.payeeType == partyIdTypeName(type)) {
        return PartyId::create(type, source.payeeAddress, reason);
    }
    if (type == PartyIdType::Msisdn && !source.phone.isEmpty()) {
        return PartyId::create(type, source.phone, reason);
    }
    *reason = tr("the registry holds no %1 for this beneficiary").arg(partyIdTypeText(type));
    return {};
}
