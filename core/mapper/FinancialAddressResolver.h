#pragma once

#include "AddressResolution.h"

#include "domain/Clock.h"

#include <QCoreApplication>

#include <functional>

class Database;
class G2pConnectClient;
struct HubEndpoint;
struct Officer;

// Turns beneficiaries' registry ids into financial addresses through a G2P Connect ID-to-account
// mapper before their cycle is approved and before their payments are batched (reference
// openg2p-payments.md §6). The beneficiaries of a cycle's entitlements awaiting approval or
// approved whose address is missing, unresolved, or older than maxAgeDays are asked,
// G2pConnectClient::kMaxReferencesPerRequest a request; each answer is stored in financial_address (one transaction a
// request, so a run cut short keeps what it learnt) with when, by whom and from which mapper. A "succ" with a financial
// address resolves; a "succ" without one (succ.id.not_found), a "rjct" or an address PayDesk cannot read leaves the
// beneficiary unresolved, with the mapper's reason. A maker's or a checker's work (a look-up moves no money), audited
// once a run.
class FinancialAddressResolver
{
    Q_DECLARE_TR_FUNCTIONS(FinancialAddressResolver)

public:
    static constexpr int kDefaultMaxAgeDays = 30;

    // clock: what time it is, to tell which addresses are too old (the system's by default).
    explicit FinancialAddressResolver(Database& database, const Clock& clock = Clock::system());

    // progress(done, total) after each request; returning false stops the run.
    AddressResolution resolve(qint64 cycleId, G2pConnectClient& mapper, const QString& mapperName,
                              const Officer& officer, int maxAgeDays = kDefaultMaxAgeDays,
                              const std::function<bool(qint64, qint64)>& progress = {});
    // resolve() through the mapper the endpoint names (its mapperUrl).
    AddressResolution resolveThrough(qint64 cycleId, const HubEndpoint& endpoint, const Officer& officer,
                                     const std::function<bool(qint64, qint64)>& progress = {});
    // What a run says while it asks, for a progress line.
    static QString progressText(qint64 done, qint64 total);
    // The cycle's beneficiaries (of approved entitlements) the mapper left unresolved, with its reason, or
    // never asked about yet; at most limit, by registry id.
    QList<AddressResolution::Unresolved> unresolved(qint64 cycleId, int limit, QString* error);

private:
    struct Asked; // a beneficiary to ask the mapper about

    bool readToAsk(qint64 programId, qint64 cycleId, const QString& staleBefore, QList<Asked>& toAsk,
                   AddressResolution& result);
    bool askAndStore(const QList<Asked>& chunk, G2pConnectClient& mapper, const QString& mapperName, qint64 programId,
                     const Officer& officer, AddressResolution& result);

    Database& m_database;
    const Clock& m_clock;
};
