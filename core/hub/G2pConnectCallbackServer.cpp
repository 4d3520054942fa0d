#include "G2pConnectCallbackServer.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray answer(int status, const QByteArray& reason, const QJsonObject& body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
           "\r\nConnection: close\r\n\r\n" + json;
}

QJsonObject acknowledgement(const QString& status)
{
    return {{QStringLiteral("message"),
             QJsonObject{{QStringLiteral("ack_status"), status},
                         {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}}};
}

} // namespace

bool G2pConnectCallbackServer::listen(const QUrl& url, QString* error)
{
    QHostAddress address(url.host());
    if (address.isNull()) {
        address = QHostAddress::Any;
    }
    if (!m_server.listen(address, quint16(qMax(0, url.port(0))))) {
        *error = tr("cannot listen for the mapper's answers at %1: %2").arg(url.toString(), m_server.errorString());
        return false;
    }
    m_callbackUrl = url;
    m_callbackUrl.setPort(m_server.serverPort());
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

void G2pConnectCallbackServer::read(QTcpSocket* socket)
{
    const QByteArray pending = socket->peek(kMaxBodyBytes + 65536);
    const qsizetype headerEnd = pending.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (pending.size() > 65536) {
            socket->write(answer(431, "Request Header Fields Too Large", acknowledgement(QStringLiteral("NACK"))));
            socket->disconnectFromHost();
        }
        return;
    }
    qint64 length = 0;
    for (const QByteArray& line : pending.left(headerEnd).split('\n')) {
        if (line.trimmed().toLower().startsWith("content-length:")) {
            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    if (length < 0 || length > kMaxBodyBytes) {
        socket->write(answer(413, "Payload Too Large", acknowledgement(QStringLiteral("NACK"))));
        socket->disconnectFromHost();
        return;
    }
    if (pending.size() < headerEnd + 4 + length) {
        return; // the rest is on its way
    }
    socket->readAll();
    const QJsonObject body = QJsonDocument::fromJson(pending.mid(headerEnd + 4, length)).object();
    const QString transactionId =
        body.value(QStringLiteral("message")).toObject().value(QStringLiteral("transaction_id")).toString();
    if (!pending.startsWith("POST ") || transactionId.isEmpty()) {
        socket->write(answer(400, "Bad Request", acknowledgement(QStringLiteral("NACK"))));
    } else {
        m_received.insert(transactionId, body);
        socket->write(answer(200, "OK", acknowledgement(QStringLiteral("ACK"))));
        Q_EMIT received();
    }
    socket->disconnectFromHost();
}

std::optional<QJsonObject> G2pConnectCallbackServer::waitFor(const QString& transactionId, int timeoutMs)
{
    if (!m_received.contains(transactionId)) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(this, &G2pConnectCallbackServer::received, &loop, [this, &loop, &transactionId] {
            if (m_received.contains(transactionId)) {
                loop.quit();
            }
        });
        deadline.start(timeoutMs);
        loop.exec();
    }
    if (!m_received.contains(transactionId)) {
        return std::nullopt;
    }
    return m_received.take(transactionId);
}
