#pragma once

#include "HubRequest.h"
#include "HubResponse.h"
#include "HubSimulator.h"

#include <QJsonObject>
#include <QSet>

// The sandbox's operations app (reference payment-hub-ee.md §2.2, §6): the batch aggregate, the
// stored summary, per-transfer pages, the batch list and summary, transfer search and status
// check, and the optional OAuth token, with the hub's field names, types and quirks (epoch-ms dates,
// amounts as strings, a quoted clientCorrelationId, mixed-case batch status strings, rows that
// appear only as payments start, a wrong totalElements in transfer search).
class OperationsApi
{
public:
    explicit OperationsApi(HubSimulator& simulator);

    HubResponse handle(const HubRequest& request);

private:
    HubResponse token(const HubRequest& request);
    HubResponse aggregate(const QString& tenant, const QString& batchId);
    HubResponse storedSummary(const QString& tenant, const QString& batchId) const;
    HubResponse detail(const QString& tenant, const HubRequest& request) const;
    HubResponse batchList(const QString& tenant, const HubRequest& request) const;
    HubResponse batchSummary(const QString& tenant, const QString& batchId, const HubRequest& request) const;
    HubResponse transferSearch(const QString& tenant, const HubRequest& request) const;
    HubResponse statusCheck(const QString& tenant, const HubRequest& request) const;

    QJsonObject batchEntity(const HubBatch& batch) const;
    // A list's page size, as the hub (or a gateway before it) caps it (HubFaults::pageCap).
    int capped(int pageSize) const;
    QJsonObject transferJson(const HubSimulator::TransferView& row, bool searchShape) const;

    HubSimulator& m_simulator;
    const QString m_payeeDfspId; // read once: options() copies all of them
    QSet<QByteArray> m_tokens;
};
