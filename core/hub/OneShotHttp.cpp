#include "OneShotHttp.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslSocket>

#include <functional>

namespace {

// Reads until the buffer holds what is wanted, or the deadline passes, or the peer closes.
bool fill(QSslSocket& socket, QByteArray& buffer, const std::function<bool()>& done, const QDeadlineTimer& deadline)
{
    while (!done()) {
        if (socket.bytesAvailable() == 0) {
            if (socket.state() != QAbstractSocket::ConnectedState ||
                !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
                buffer += socket.readAll();
                return done();
            }
        }
        buffer += socket.readAll();
        if (deadline.hasExpired()) {
            return done();
        }
    }
    return true;
}

} // namespace

QByteArray OneShotHttp::Response::header(const QByteArray& name) const
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            return pair.second;
        }
    }
    return {};
}

QDateTime OneShotHttp::Response::date() const
{
    // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT": always English names, always GMT.
    const QString value = QString::fromLatin1(header("Date")).simplified();
    QDateTime parsed = QLocale::c().toDateTime(value.mid(value.indexOf(u',') + 1).trimmed(),
                                               QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid()) {
        return {};
    }
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

QString OneShotHttp::insecureProblem(const QUrl& url, bool allowPlainHttp)
{
    if (url.scheme() != u"http" || allowPlainHttp) {
        return {};
    }
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback()) {
        return {};
    }
    return tr("%1 is plain http to another computer: payment files and passwords would cross the network unencrypted. "
              "Use "
              "https, or allow plain http in the program's hub settings if this network is trusted")
        .arg(url.toString(QUrl::RemoveUserInfo));
}

OneShotHttp::Response OneShotHttp::exchange(const QUrl& url, const QByteArray& method,
                                            const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body,
                                            int timeoutMs, const QList<QSslCertificate>& extraCertificates,
                                            bool allowPlainHttp)
{
    Response response;
    const QDeadlineTimer deadline(timeoutMs);
    const bool tls = url.scheme() == u"https";
    if (!url.isValid() || (!tls && url.scheme() != u"http") || url.host().isEmpty()) {
        response.error = tr("%1 is not an http:// or https:// address").arg(url.toString());
        return response;
    }
    if (const QString problem = insecureProblem(url, allowPlainHttp); !problem.isEmpty()) {
        response.error = problem;
        return response;
    }
    QSslSocket socket;
    if (!connectTo(socket, url, extraCertificates, deadline, &response.error)) {
        return response;
    }
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket.write(requestBytes(url, method, headers, body));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
            response.error = tr("the request to %1 could not be sent whole: %2").arg(url.host(), socket.errorString());
            return response;
        }
    }
    response.requestSent = true;

    QByteArray buffer;
    if (!fill(
            socket, buffer, [&buffer] { return buffer.contains("\r\n\r\n"); }, deadline)) {
        response.error = deadline.hasExpired()
                             ? tr("no answer from %1 within %2 s").arg(url.host()).arg(timeoutMs / 1000.0)
                             : tr("%1 closed the connection without answering").arg(url.host());
        return response;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    bool statusOk = false;
    const int status = statusLine.value(1).toInt(&statusOk);
    if (!statusLine.value(0).startsWith("HTTP/1.") || !statusOk) {
        response.error = tr("%1 answered something that is not HTTP").arg(url.host());
        return response;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            response.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
    }
    response.status = status; // the status line did arrive, even if the body is then cut short
    QByteArray rest = buffer.mid(headerEnd + 4);
    const QByteArray length = response.header("Content-Length");
    bool whole = true;
    if (response.header("Transfer-Encoding").toLower().contains("chunked")) {
        whole = readChunks(socket, rest, deadline, &response.body);
    } else if (!length.isEmpty()) {
        const qsizetype wanted = length.toLongLong();
        whole = fill(
            socket, rest, [&rest, wanted] { return rest.size() >= wanted; }, deadline);
        rest.truncate(wanted);
        response.body = rest;
    } else {
        fill(
            socket, rest, [] { return false; }, deadline); // until the server closes
        response.body = rest;
    }
    if (!whole) {
        response.body.clear();
        response.error = tr("the answer of %1 was cut short").arg(url.host());
    }
    return response;
}

// A TCP connection to the url's host, verified TLS for https.
bool OneShotHttp::connectTo(QSslSocket& socket, const QUrl& url, const QList<QSslCertificate>& extraCertificates,
                            const QDeadlineTimer& deadline, QString* error)
{
    const bool tls = url.scheme() == u"https";
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        if (!extraCertificates.isEmpty()) {
            configuration.addCaCertificates(extraCertificates);
        }
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(url.host(), port);
        if (!socket.waitForEncrypted(int(qMax<qint64>(1, deadline.remainingTime())))) {
            *error = tr("cannot open a verified TLS connection to %1:%2: %3")
                         .arg(url.host())
                         .arg(port)
                         .arg(socket.errorString());
            return false;
        }
        return true;
    }
    socket.connectToHost(url.host(), port);
    if (!socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
        *error = tr("cannot connect to %1:%2: %3").arg(url.host()).arg(port).arg(socket.errorString());
        return false;
    }
    return true;
}

// The request line, headers and body of an HTTP/1.1 request that closes its connection.
QByteArray OneShotHttp::requestBytes(const QUrl& url, const QByteArray& method,
                                     const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    QByteArray request = method + ' ' + (path.isEmpty() ? QByteArray("/") : path);
    if (url.hasQuery()) {
        request += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    }
    request += " HTTP/1.1\r\nHost: " + url.host().toLatin1() +
               (url.port() > 0 ? ':' + QByteArray::number(url.port()) : QByteArray()) +
               "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& header : headers) {
        request += header.first + ": " + header.second + "\r\n";
    }
    return request + "\r\n" + body;
}

// A chunked body: size in hex, CRLF, data, CRLF; a zero size ends it. False when cut short.
bool OneShotHttp::readChunks(QSslSocket& socket, QByteArray& rest, const QDeadlineTimer& deadline, QByteArray* decoded)
{
    qsizetype at = 0;
    for (;;) {
        if (!fill(
                socket, rest, [&rest, at] { return rest.indexOf("\r\n", at) >= 0; }, deadline)) {
            return false;
        }
        const qsizetype lineEnd = rest.indexOf("\r\n", at);
        bool sizeOk = false;
        const qint64 size = rest.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&sizeOk, 16);
        if (!sizeOk || size < 0) {
            return false;
        }
        if (size == 0) {
            return true;
        }
        const qsizetype dataStart = lineEnd + 2;
        if (!fill(
                socket, rest, [&rest, dataStart, size] { return rest.size() >= dataStart + size + 2; }, deadline)) {
            return false;
        }
        *decoded += rest.mid(dataStart, size);
        at = dataStart + size + 2;
    }
}
