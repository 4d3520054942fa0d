#pragma once

#include <QObject>
#include <QUrl>

#include <vector>

class HubSimulator;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
struct HubTransfer;

// Carries the sandbox hub's MOJALOOP transfers over a real Mojaloop switch, as Payment Hub EE's
// Mojaloop connector does: each started transfer is one POST /transfers to a Mojaloop SDK scheme
// adapter's outbound API (party lookup, quote and transfer in one call, the adapter accepting both
// itself). COMPLETED completes the transfer; ERROR_OCCURRED fails it with the switch's Mojaloop
// error as its errorInformation; a switch that does not answer within the timeout, or cannot be
// reached, fails it too: never a hang. At most the configured number of transfers in flight, and
// that many really on the wire: Qt opens at most 6 connections to one host per network manager,
// so the connector keeps one manager per 6; the next transfer starts the moment one ends.
class MojaloopConnector : public QObject
{
    Q_OBJECT

public:
    explicit MojaloopConnector(HubSimulator& simulator, QObject* parent = nullptr);

    int inFlight() const { return m_inFlight; }

private:
    void pump();
    void post(const HubTransfer& transfer);
    void finished(QNetworkReply* reply, qint64 transferId, int manager);

    HubSimulator& m_simulator;
    // Read once: how the connector is set up does not change while it runs.
    QUrl m_transfersUrl;
    int m_concurrency;
    int m_timeoutMs;
    std::vector<QNetworkAccessManager*> m_networks;
    std::vector<int> m_inFlightOn; // per manager
    QTimer* m_timer;
    int m_inFlight = 0;
};
