#pragma once

#include "HubRequest.h"
#include "HubResponse.h"

class HubSimulator;

// The sandbox's party lookup, as a Mojaloop SDK scheme adapter's outbound API answers it
// (GET /parties/{type}/{id}, reference mojaloop-lab.md): a payee an outcome rule fails with a code
// of the "not found" family (3xxx, say 3204) is not known, with the rule's errorInformation; any
// other payee is known (a rule of another family fails the transfer later, not the lookup).
class PartyLookupApi
{
public:
    explicit PartyLookupApi(HubSimulator& simulator);

    static bool handles(const HubRequest& request);
    HubResponse handle(const HubRequest& request) const;

private:
    HubSimulator& m_simulator;
};
