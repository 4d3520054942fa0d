#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QDeadlineTimer;
class QSslSocket;

// One HTTP/1.1 request on a connection of its own, sent once: never resent, whatever happens.
// Qt's network access sends a POST again by itself when the server closes the connection
// unanswered (tests/hubsim tst_hubsandbox qtSendsADroppedPostAgain): for a batch upload that would
// be a second batch, so uploads go through here. Blocking, with a deadline on the whole exchange;
// TLS is verified (with extra CA certificates for hubs with a private CA). Plain http is refused
// for any host but this machine's loopback unless the caller allows it (a program's explicit
// setting): payment files and passwords never cross a network in clear by accident.
class OneShotHttp
{
    Q_DECLARE_TR_FUNCTIONS(OneShotHttp)

public:
    struct Response
    {
        int status = 0; // 0: no answer
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString error;            // why there is no answer
        bool requestSent = false; // the whole request left this machine
        QByteArray header(const QByteArray& name) const;
        // The server's clock when it answered (its Date header, RFC 9110); invalid without one.
        QDateTime date() const;
    };

    static Response exchange(const QUrl& url, const QByteArray& method,
                             const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body, int timeoutMs,
                             const QList<QSslCertificate>& extraCertificates = {}, bool allowPlainHttp = false);
    // Whether url may be used: https, or http to loopback or with allowPlainHttp; else why not.
    static QString insecureProblem(const QUrl& url, bool allowPlainHttp);

private:
    static bool connectTo(QSslSocket& socket, const QUrl& url, const QList<QSslCertificate>& extraCertificates,
                          const QDeadlineTimer& deadline, QString* error);
    static QByteArray requestBytes(const QUrl& url, const QByteArray& method,
                                   const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body);
    static bool readChunks(QSslSocket& socket, QByteArray& rest, const QDeadlineTimer& deadline, QByteArray* decoded);
};
