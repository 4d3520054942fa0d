#pragma once

#include "HubOptions.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class BulkProcessorApi;
class G2pConnectApi;
class HubHttpServer;
class HubSimulator;
class HubStateFile;
class MojaloopConnector;
class OperationsApi;
class PartyLookupApi;
class SimAdminApi;
class QTcpServer;

// A whole sandbox Payment Hub EE on loopback: the bulk processor (and the G2P Connect disburse and
// mapper endpoints) on one port, the operations app (and the sandbox's /sim/ endpoints) on another. Used in-process by
// the GUI's sandbox mode and the tests, and by the paydesk-hubsim executable.
class HubSandbox : public QObject
{
    Q_OBJECT

public:
    explicit HubSandbox(const HubOptions& options, QObject* parent = nullptr);
    ~HubSandbox() override;

    // Keeps the hub's state in path across restarts (HubStateFile); call before start().
    bool keepStateIn(const QString& path, QString* error);
    // Port 0: any free port.
    bool start(const QHostAddress& address, quint16 bulkPort, quint16 operationsPort, QString* error);
    QUrl bulkUrl() const;
    QUrl operationsUrl() const;
    HubSimulator& simulator() { return *m_simulator; }

private:
    std::unique_ptr<HubSimulator> m_simulator;
    std::unique_ptr<BulkProcessorApi> m_bulk;
    std::unique_ptr<OperationsApi> m_operations;
    std::unique_ptr<SimAdminApi> m_admin;
    std::unique_ptr<G2pConnectApi> m_g2pConnect;
    std::unique_ptr<PartyLookupApi> m_parties;
    MojaloopConnector* m_mojaloop = nullptr; // when options.mojaloopConnector is set
    HubHttpServer* m_bulkServer = nullptr;
    HubHttpServer* m_operationsServer = nullptr;
    QTcpServer* m_bulkListener = nullptr;
    QTcpServer* m_operationsListener = nullptr;
    bool m_bulkTls = false;
    std::unique_ptr<HubStateFile> m_stateFile;
};
