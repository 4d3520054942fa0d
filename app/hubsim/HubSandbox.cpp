#include "HubSandbox.h"

#include "BulkProcessorApi.h"
#include "G2pConnectApi.h"
#include "HubHttpServer.h"
#include "HubSimulator.h"
#include "HubStateFile.h"
#include "MojaloopConnector.h"
#include "OperationsApi.h"
#include "PartyLookupApi.h"
#include "SimAdminApi.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

HubSandbox::HubSandbox(const HubOptions& options, QObject* parent)
    : QObject(parent), m_simulator(std::make_unique<HubSimulator>(options)),
      m_bulk(std::make_unique<BulkProcessorApi>(*m_simulator)),
      m_operations(std::make_unique<OperationsApi>(*m_simulator)), m_admin(std::make_unique<SimAdminApi>(*m_simulator)),
      m_g2pConnect(std::make_unique<G2pConnectApi>(*m_simulator, options.mapper, options.g2pSenderKeys)),
      m_parties(std::make_unique<PartyLookupApi>(*m_simulator))
{
    m_bulkServer = new HubHttpServer(
        *m_simulator,
        [this](const HubRequest& request) {
            if (request.path == u"/batchtransactions") {
                // As the real bulk processor (Spring) answers another method on its POST-only route.
                return request.method == "POST" ? m_bulk->handle(request) : HubResponse::empty(405);
            }
            if (m_g2pConnect->handles(request)) {
                return m_g2pConnect->handle(request);
            }
            if (PartyLookupApi::handles(request)) {
                return m_parties->handle(request);
            }
            return HubResponse::empty(404);
        },
        this);
    m_operationsServer = new HubHttpServer(
        *m_simulator,
        [this](const HubRequest& request) {
            return request.path.startsWith(QLatin1String("/sim/")) ? m_admin->handle(request)
                                                                   : m_operations->handle(request);
        },
        this);
    if (options.mojaloopConnector.isValid()) {
        m_mojaloop = new MojaloopConnector(*m_simulator, this);
    }
}

HubSandbox::~HubSandbox() = default;

bool HubSandbox::keepStateIn(const QString& path, QString* error)
{
    m_stateFile = std::make_unique<HubStateFile>(*m_simulator, path);
    if (!m_stateFile->load(error)) {
        m_stateFile.reset();
        return false;
    }
    return true;
}

bool HubSandbox::start(const QHostAddress& address, quint16 bulkPort, quint16 operationsPort, QString* error)
{
    const HubOptions options = m_simulator->options();
    m_operationsListener = new QTcpServer(this);
    if (!options.tlsCertificate.isEmpty()) {
        const QSslCertificate certificate(options.tlsCertificate, QSsl::Pem);
        const QSslKey key(options.tlsKey, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = tr("the bulk processor's TLS certificate or key cannot be read");
            return false;
        }
        m_bulkServer->sslSetup(certificate, key);
        // With TLS, the server makes its own listener (bind() would take plain connections).
        if (m_bulkServer->listen(address, bulkPort) == 0) {
            *error = tr("the bulk processor cannot listen on port %1").arg(bulkPort);
            return false;
        }
        m_bulkListener = m_bulkServer->servers().value(0);
        m_bulkTls = true;
    } else {
        m_bulkListener = new QTcpServer(this);
        if (!m_bulkListener->listen(address, bulkPort)) {
            *error =
                tr("the bulk processor cannot listen on port %1: %2").arg(bulkPort).arg(m_bulkListener->errorString());
            return false;
        }
        m_bulkServer->bind(m_bulkListener);
    }
    if (!m_operationsListener->listen(address, operationsPort)) {
        *error = tr("the operations app cannot listen on port %1: %2")
                     .arg(operationsPort)
                     .arg(m_operationsListener->errorString());
        return false;
    }
    m_operationsServer->bind(m_operationsListener);
    m_simulator->setFileBaseUrl(operationsUrl().toString() + QStringLiteral("/sim/files"));
    return true;
}

QUrl HubSandbox::bulkUrl() const
{
    return QUrl(QStringLiteral("%1://%2:%3")
                    .arg(m_bulkTls ? QStringLiteral("https") : QStringLiteral("http"),
                         m_bulkListener->serverAddress().toString())
                    .arg(m_bulkListener->serverPort()));
}

QUrl HubSandbox::operationsUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2")
                    .arg(m_operationsListener->serverAddress().toString())
                    .arg(m_operationsListener->serverPort()));
}
