#include "HubHttpServer.h"

#include "HubSimulator.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

HubHttpServer::HubHttpServer(HubSimulator& simulator, Handler handler, QObject* parent)
    : QAbstractHttpServer(parent), m_simulator(simulator), m_handler(std::move(handler))
{
}

QByteArray HubHttpServer::methodName(const QHttpServerRequest& request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

bool HubHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HubRequest hubRequest;
    hubRequest.method = methodName(request);
    hubRequest.path = request.url().path();
    hubRequest.query = request.query();
    hubRequest.headers = request.headers();
    hubRequest.body = request.body();
    const HubResponse response = m_handler(hubRequest);
    if (response.dropConnection) {
        socket->abort(); // the work is done; the client never hears of it
        return true;
    }
    // The answer goes out in several writes (status, headers, body): without this, Nagle's
    // algorithm holds the body back until the client's delayed acknowledgement, 40 ms a request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // The responder may outlive this call when answers are delayed.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);
    const bool upload =
        hubRequest.method == "POST" && (hubRequest.path == u"/batchtransactions" ||
                                        hubRequest.path.endsWith(QLatin1String("/disburse/sync/disburse")));
    auto write = [this, responder, alive, response, upload] {
        if (!alive || alive->state() != QAbstractSocket::ConnectedState) {
            if (upload) {
                m_simulator.countLostAnswer(); // the sender was gone before its upload was answered
            }
            return;
        }
        responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        // The hub's clock, as real hubs send it (RFC 9110 IMF-fixdate), offset on demand.
        const QDateTime hubNow = QDateTime::currentDateTimeUtc().addMSecs(m_simulator.faults().clockOffsetMs);
        responder->writeHeader(
            "Date", QLocale::c().toString(hubNow, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1());
        if (!response.contentType.isEmpty()) {
            responder->writeHeader("Content-Type", response.contentType);
        }
        for (const auto& header : response.headers) {
            responder->writeHeader(header.first, header.second);
        }
        responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder->writeBody(response.body);
    };
    const HubFaults faults = m_simulator.faults();
    const int latency = faults.latencyMs + (upload ? faults.uploadLatencyMs : 0);
    if (latency > 0) {
        QTimer::singleShot(latency, this, write);
    } else {
        write();
    }
    return true;
}

void HubHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
