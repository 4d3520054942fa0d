#pragma once

#include "HubRequest.h"
#include "HubResponse.h"

class HubSimulator;

// The sandbox's bulk processor: POST /batchtransactions as Payment Hub EE answers it (reference
// payment-hub-ee.md §3-4): the X-SIGNATURE check per tenant, the header checks, the validation
// order with its exact status codes and error bodies, then 202 with the PollingPath and a signed
// response. Like the hub, it never refuses a batch it has seen before.
class BulkProcessorApi
{
public:
    explicit BulkProcessorApi(HubSimulator& simulator);

    HubResponse handle(const HubRequest& request);

private:
    std::optional<HubResponse> checkSignature(const HubRequest& request, const QByteArray& payload) const;
    HubResponse accepted(const QString& tenant, const QString& batchId) const;
    // The file's name, size and columns as the hub checks them; its refusal, or nothing.
    std::optional<HubResponse> checkFile(bool multipart, const QByteArray& fileName, const QByteArray& csv) const;
    // A gateway before the hub gave up waiting (408), or throttles (429): its own HTML page.
    static HubResponse gatewayError(int status);

    HubSimulator& m_simulator;
};
