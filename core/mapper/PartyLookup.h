#pragma once

#include "domain/Clock.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Database;
struct HubEndpoint;
struct Officer;
struct Program;

// Asks the payment network, before a cycle is approved, whether it knows each payee: a Mojaloop
// party lookup (GET /parties/{type}/{id} on the SDK scheme adapter's outbound API, reference
// mojaloop-lab.md) for every beneficiary of the cycle's entitlements awaiting approval or approved
// whose address the program can pay at. Each answer is kept in party_lookup with the address asked
// about and when, and reused while younger than maxAgeDays and for the same address; a payee the
// network does not know is a finding (CycleDiff). No money moves: a maker's or a checker's work.
// Blocking: run it in a worker.
class PartyLookup
{
    Q_DECLARE_TR_FUNCTIONS(PartyLookup)

public:
    static constexpr int kDefaultMaxAgeDays = 7;

    struct Result
    {
        bool succeeded = false;
        QString error;
        qint64 asked = 0;
        qint64 notFound = 0;
        qint64 alreadyKnown = 0; // answered recently for the same address
    };

    explicit PartyLookup(Database& database, const Clock& clock = Clock::system());

    // progress(done, total) after each question; returning false stops the run (what was learnt is kept).
    Result lookUp(qint64 cycleId, const HubEndpoint& endpoint, const Officer& officer,
                  const std::function<bool(qint64, qint64)>& progress = {}, int maxAgeDays = kDefaultMaxAgeDays);
    // What a run says while it asks, for a progress line.
    static QString progressText(qint64 done, qint64 total);

private:
    struct Payee; // a beneficiary to ask about

    bool readToAsk(const Program& program, qint64 cycleId, const QString& staleBefore, QList<Payee>& toAsk,
                   Result& result);
    // Asks the network about one payee: found, or why not; false when it did not answer.
    static bool ask(const HubEndpoint& endpoint, const Payee& payee, bool* found, QString* reason);

    Database& m_database;
    const Clock& m_clock;
};
