#pragma once

#include "HubRequest.h"
#include "HubResponse.h"

class HubSimulator;

// The sandbox's own endpoints under /sim/, apart from the hub's paths: the ledger of money moved
// per request_id (GET /sim/ledger), faults (GET|POST /sim/faults), outcome rules (POST /sim/rules)
// and the result files the batch "file" URLs point at (GET /sim/files/NAME).
class SimAdminApi
{
public:
    explicit SimAdminApi(HubSimulator& simulator);

    HubResponse handle(const HubRequest& request);

private:
    HubSimulator& m_simulator;
};
