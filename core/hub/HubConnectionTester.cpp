#include "HubConnectionTester.h"

#include "G2pConnectClient.h"
#include "HubEndpoint.h"
#include "OneShotHttp.h"
#include "PaymentHubClient.h"

#include <QFile>
#include <QSslCertificate>

namespace {

const QString kProbeReference = QStringLiteral("paydesk-connection-check");

} // namespace

// The bulk processor takes batches by POST on /batchtransactions: a GET there is refused (405) or
// answered when it is there; "not found" or a server error means something else answers.
bool HubConnectionTester::bulkProcessorIsThere(int status)
{
    return status > 0 && status != 404 && status < 500;
}

QString HubConnectionTester::bulkProcessorAnswer(int status, const QString& insecure)
{
    if (status <= 0) {
        return !insecure.isEmpty() ? insecure
                                   : tr("does not answer: not running, a wrong address or port, a firewall, or a "
                                        "TLS certificate not trusted (give its CA)");
    }
    if (status == 404) {
        return tr("something answers there, but it has no batch endpoint (HTTP 404, not found): check the address "
                  "and its path");
    }
    if (status >= 500) {
        return tr("it answers with a server error (HTTP %1): ask the hub's operator").arg(status);
    }
    return tr("it is there and takes batches (HTTP %1 to a test that sends none)").arg(status);
}

ConnectionCheck HubConnectionTester::test(const HubEndpoint& endpoint, PaymentBackend backend)
{
    ConnectionCheck check;
    const auto missing = [&check](const QString& what) { check.parts.append({what, false, tr("no address is set")}); };
    if (backend == PaymentBackend::PaymentHubEe) {
        const QString bulk = tr("bulk processor %1").arg(endpoint.bulkUrl.toDisplayString());
        if (!endpoint.bulkUrl.isValid() || endpoint.bulkUrl.isEmpty()) {
            missing(tr("bulk processor"));
        } else {
            QList<QSslCertificate> extra;
            if (!endpoint.caFile.isEmpty()) {
                extra = QSslCertificate::fromPath(endpoint.caFile);
            }
            // Any HTTP answer means it is there and its TLS is trusted; nothing is posted.
            const OneShotHttp::Response answer =
                OneShotHttp::exchange(HubEndpoint::under(endpoint.bulkUrl, QStringLiteral("/batchtransactions")), "GET",
                                      {{"Platform-TenantId", endpoint.tenant.toUtf8()}}, {}, endpoint.timeoutMs, extra,
                                      endpoint.allowPlainHttp);
            const QString insecure = OneShotHttp::insecureProblem(endpoint.bulkUrl, endpoint.allowPlainHttp);
            check.parts.append(
                {bulk, bulkProcessorIsThere(answer.status), bulkProcessorAnswer(answer.status, insecure)});
        }
        const QString ops = tr("operations app %1").arg(endpoint.operationsUrl.toDisplayString());
        if (!endpoint.operationsUrl.isValid() || endpoint.operationsUrl.isEmpty()) {
            missing(tr("operations app"));
        } else {
            PaymentHubClient client(endpoint);
            const auto answer = client.get(QStringLiteral("/api/v1/batches?page=0&size=1"));
            const HubError* error = std::get_if<HubError>(&answer);
            // A hub answers a tenant it has no database for with a server error.
            const QString said = !error ? tr("answers for tenant %1").arg(endpoint.tenant)
                                 : error->httpStatus >= 500
                                     ? tr("answers with a server error (HTTP %1): it may have no tenant %2, or be "
                                          "unwell; ask the hub's operator")
                                           .arg(error->httpStatus)
                                           .arg(endpoint.tenant)
                                     : error->message;
            check.parts.append({ops, !error, said, error && error->credentialsRefused});
        }
        return check;
    }
    G2pConnectClient client(endpoint);
    const QString receiver = tr("G2P Connect receiver %1").arg(endpoint.bulkUrl.toDisplayString());
    if (!endpoint.bulkUrl.isValid() || endpoint.bulkUrl.isEmpty()) {
        missing(tr("G2P Connect receiver"));
    } else {
        const auto answer = client.status({kProbeReference});
        const HubError* error = std::get_if<HubError>(&answer);
        check.parts.append({receiver, !error, error ? error->message : tr("answers txn/status")});
    }
    if (!endpoint.mapperUrl.isEmpty()) {
        const auto answer = client.resolve({kProbeReference});
        const HubError* error = std::get_if<HubError>(&answer);
        check.parts.append({tr("ID-to-account mapper %1").arg(endpoint.mapperUrl.toDisplayString()), !error,
                            error ? error->message : tr("answers resolve")});
    }
    return check;
}
