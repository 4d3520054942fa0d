#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QTcpServer>
#include <QUrl>

#include <optional>

class QTcpSocket;

// Receives a G2P Connect mapper's asynchronous answers (POST <callback>/on-resolve) on a port of
// this machine, for G2pConnectClient's asynchronous resolve: one HTTP/1.1 request a connection,
// answered with G2P Connect's acknowledgement. It lives in the thread that uses it, and waits for
// an answer by running an event loop there.
class G2pConnectCallbackServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;

    // Listens where url says (an IP address, or any address for a host name; port 0: any free one).
    bool listen(const QUrl& url, QString* error);
    // url with the port actually listened on: what the mapper is told to call back.
    QUrl callbackUrl() const { return m_callbackUrl; }
    // The whole callback whose message.transaction_id is transactionId, once it came; nothing when
    // none came within timeoutMs.
    std::optional<QJsonObject> waitFor(const QString& transactionId, int timeoutMs);

Q_SIGNALS:
    void received();

private:
    void read(QTcpSocket* socket);

    QTcpServer m_server;
    QUrl m_callbackUrl;
    QHash<QString, QJsonObject> m_received; // by transaction id
};
