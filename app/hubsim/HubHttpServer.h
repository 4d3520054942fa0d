#pragma once

#include "HubRequest.h"
#include "HubResponse.h"

#include <QAbstractHttpServer>

#include <functional>

class HubSimulator;

// One listening port of the sandbox hub: turns each HTTP request into a HubRequest for its
// handler, and writes the answer back with the faults in force (latency; a connection closed
// instead of an answer).
class HubHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<HubResponse(const HubRequest&)>;

    HubHttpServer(HubSimulator& simulator, Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    static QByteArray methodName(const QHttpServerRequest& request);

    HubSimulator& m_simulator;
    Handler m_handler;
};
