#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include "hub/HubEndpoint.h"
#include "hub/OneShotHttp.h"

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

// paydesk-hubsim as a process of its own, for tests and benchmarks that talk to it over loopback:
// started with the given options, its URLs read from what it prints, its /sim endpoints at hand.
class HubSimProcess
{
public:
    bool start(const QString& program, const QStringList& arguments)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
        // The hub dies with the test even when the test crashes and no destructor runs (Linux only;
        // elsewhere a crashed test leaves it to be stopped by hand).
        m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_process.start(program, arguments);
        QByteArray printed;
        while (printed.count('\n') < 2) {
            if (!m_process.waitForReadyRead(10000)) {
                return false;
            }
            printed += m_process.readAllStandardOutput();
        }
        const QList<QByteArray> lines = printed.split('\n');
        bulkUrl = QUrl(QString::fromUtf8(lines.value(0).mid(lines.value(0).indexOf(": ") + 2)));
        operationsUrl = QUrl(QString::fromUtf8(lines.value(1).mid(lines.value(1).indexOf(": ") + 2)));
        return bulkUrl.isValid() && operationsUrl.isValid();
    }
    ~HubSimProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    // POST /sim/faults or /sim/rules; the hub's answer status.
    int post(const QString& path, const QJsonObject& body)
    {
        return OneShotHttp::exchange(QUrl(operationsUrl.toString() + path), "POST",
                                     {{"Content-Type", "application/json"}},
                                     QJsonDocument(body).toJson(QJsonDocument::Compact), 10000)
            .status;
    }
    // How many times each request id's money moved.
    QJsonObject ledger() const
    {
        return simLedger().value(QStringLiteral("executions")).toObject();
    }
    // Uploads whose sender was gone before the hub's answer (killed, or gave up).
    int lostAnswers() const
    {
        return simLedger().value(QStringLiteral("lostAnswers")).toInt();
    }

    // PayDesk's way to this hub, for tenant.
    HubEndpoint endpoint(const QString& tenant) const
    {
        HubEndpoint endpoint;
        endpoint.bulkUrl = bulkUrl;
        endpoint.operationsUrl = operationsUrl;
        endpoint.tenant = tenant;
        endpoint.timeoutMs = 5000;
        endpoint.opsAttempts = 2;
        endpoint.backoffMs = 50;
        return endpoint;
    }

    QUrl bulkUrl;
    QUrl operationsUrl;

private:
    QJsonObject simLedger() const
    {
        const auto response =
            OneShotHttp::exchange(QUrl(operationsUrl.toString() + QStringLiteral("/sim/ledger")), "GET", {}, {}, 10000);
        return QJsonDocument::fromJson(response.body).object();
    }

    QProcess m_process;
};
