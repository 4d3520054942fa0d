#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// One HTTP/1.1 request on a connection of its own, sent once: never resent, whatever happens.
// Qt's network access sends a POST again by itself when the server closes the connection
// unanswered (tests/hubsim tst_hubsandbox qtSendsADroppedPostAgain): for a batch upload that would
// be a second batch, so uploads go through here. Blocking, with a deadline on the whole exchange;
// TLS is verified (with extra CA certificates for hubs with a private CA).
class OneShotHttp
{
    Q_DECLARE_TR_FUNCTIONS(OneShotHttp)

public:
    struct Response
    {
        int status = 0;               // 0: no answer
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString error;                // why there is no answer
        bool requestSent = false;     // the whole request left this machine
        QByteArray header(const QByteArray& name) const;
    };

    static Response exchange(const QUrl& url, const QByteArray& method, const QList<QPair<QByteArray, QByteArray>>& headers,
                             const QByteArray& body, int timeoutMs, const QList<QSslCertificate>& extraCertificates = {});
};
