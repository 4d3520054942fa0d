#include "DisbursementChannel.h"

#include "G2pConnectChannel.h"
#include "PaymentHubChannel.h"

#include "hub/HubEndpoint.h"
#include "programs/Program.h"

bool DisbursementChannel::isComplete(const Program& program, const HubEndpoint& endpoint)
{
    if (program.backend == PaymentBackend::G2pConnect) {
        return !endpoint.bulkUrl.isEmpty();
    }
    return !endpoint.bulkUrl.isEmpty() && !endpoint.operationsUrl.isEmpty();
}

std::unique_ptr<DisbursementChannel> DisbursementChannel::forProgram(const Program& program,
                                                                     const HubEndpoint& endpoint, const SigningKey* key)
{
    if (program.backend == PaymentBackend::G2pConnect) {
        return std::make_unique<G2pConnectChannel>(endpoint, key);
    }
    return std::make_unique<PaymentHubChannel>(endpoint, key);
}
