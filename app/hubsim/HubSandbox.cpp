#include "HubSandbox.h"

#include "BulkProcessorApi.h"
#include "HubHttpServer.h"
#include "HubSimulator.h"
#include "OperationsApi.h"
#include "SimAdminApi.h"

#include <QTcpServer>

HubSandbox::HubSandbox(const HubOptions& options, QObject* parent)
    : QObject(parent)
    , m_simulator(std::make_unique<HubSimulator>(options))
    , m_bulk(std::make_unique<BulkProcessorApi>(*m_simulator))
    , m_operations(std::make_unique<OperationsApi>(*m_simulator))
    , m_admin(std::make_unique<SimAdminApi>(*m_simulator))
{
    m_bulkServer = new HubHttpServer(
        *m_simulator,
        [this](const HubRequest& request) {
            if (request.path == u"/batchtransactions" && request.method == "POST") {
                return m_bulk->handle(request);
            }
            HubResponse missing;
            missing.status = 404;
            missing.contentType.clear();
            return missing;
        },
        this);
    m_operationsServer = new HubHttpServer(
        *m_simulator,
        [this](const HubRequest& request) {
            return request.path.startsWith(QLatin1String("/sim/")) ? m_admin->handle(request) : m_operations->handle(request);
        },
        this);
}

HubSandbox::~HubSandbox() = default;

bool HubSandbox::start(const QHostAddress& address, quint16 bulkPort, quint16 operationsPort, QString* error)
{
    m_bulkListener = new QTcpServer(this);
    m_operationsListener = new QTcpServer(this);
    if (!m_bulkListener->listen(address, bulkPort)) {
        *error = tr("the bulk processor cannot listen on port %1: %2").arg(bulkPort).arg(m_bulkListener->errorString());
        return false;
    }
    if (!m_operationsListener->listen(address, operationsPort)) {
        *error = tr("the operations app cannot listen on port %1: %2").arg(operationsPort).arg(m_operationsListener->errorString());
        return false;
    }
    m_bulkServer->bind(m_bulkListener);
    m_operationsServer->bind(m_operationsListener);
    m_simulator->setFileBaseUrl(operationsUrl().toString() + QStringLiteral("/sim/files"));
    return true;
}

QUrl HubSandbox::bulkUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2").arg(m_bulkListener->serverAddress().toString()).arg(m_bulkListener->serverPort()));
}

QUrl HubSandbox::operationsUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2")
                    .arg(m_operationsListener->serverAddress().toString())
                    .arg(m_operationsListener->serverPort()));
}
