#include "MojaloopConnector.h"

#include "HubSimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int kPumpMs = 20;
// Qt's HTTP/1.1 connections to one host, per QNetworkAccessManager.
constexpr int kConnectionsPerManager = 6;

// The SDK's party id types are Mojaloop's (MSISDN, ACCOUNT_ID, IBAN...), as the hub's CSV carries them.
QJsonObject party(const QString& type, const QString& id)
{
    return QJsonObject{{QStringLiteral("idType"), type.toUpper()}, {QStringLiteral("idValue"), id}};
}

} // namespace

MojaloopConnector::MojaloopConnector(HubSimulator& simulator, QObject* parent)
    : QObject(parent), m_simulator(simulator), m_transfersUrl(simulator.options().mojaloopConnector),
      m_concurrency(simulator.options().mojaloopConcurrency), m_timeoutMs(simulator.options().mojaloopTimeoutMs),
      m_timer(new QTimer(this))
{
    const int managers = qMax(1, (m_concurrency + kConnectionsPerManager - 1) / kConnectionsPerManager);
    for (int i = 0; i < managers; ++i) {
        m_networks.push_back(new QNetworkAccessManager(this));
    }
    m_inFlightOn.assign(m_networks.size(), 0);
    m_transfersUrl.setPath(m_transfersUrl.path().endsWith(u'/') ? m_transfersUrl.path() + QStringLiteral("transfers")
                                                                : m_transfersUrl.path() + QStringLiteral("/transfers"));
    m_timer->setInterval(kPumpMs);
    connect(m_timer, &QTimer::timeout, this, &MojaloopConnector::pump);
    m_timer->start();
}

void MojaloopConnector::pump()
{
    const int room = m_concurrency - m_inFlight;
    if (room <= 0) {
        return;
    }
    for (const HubTransfer& transfer : m_simulator.takeSwitchWork(room)) {
        post(transfer);
    }
}

void MojaloopConnector::post(const HubTransfer& transfer)
{
    QNetworkRequest request(m_transfersUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    const QJsonObject body{{QStringLiteral("homeTransactionId"), transfer.requestId},
                           {QStringLiteral("from"), party(transfer.payerType, transfer.payerId)},
                           {QStringLiteral("to"), party(transfer.payeeType, transfer.payeeId)},
                           {QStringLiteral("amountType"), QStringLiteral("SEND")},
                           {QStringLiteral("currency"), transfer.currency},
                           {QStringLiteral("amount"), transfer.amount},
                           {QStringLiteral("transactionType"), QStringLiteral("TRANSFER")},
                           {QStringLiteral("note"), transfer.note}};
    // The least busy manager, so that no more than its connections wait on one.
    const int manager = int(std::min_element(m_inFlightOn.cbegin(), m_inFlightOn.cend()) - m_inFlightOn.cbegin());
    QNetworkReply* reply =
        m_networks.at(size_t(manager))->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    ++m_inFlight;
    ++m_inFlightOn.at(size_t(manager));
    const qint64 transferId = transfer.id;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, transferId, manager] { finished(reply, transferId, manager); });
}

void MojaloopConnector::finished(QNetworkReply* reply, qint64 transferId, int manager)
{
    reply->deleteLater();
    --m_inFlight;
    --m_inFlightOn.at(size_t(manager));
    // The next transfer starts now, not at the next tick, whatever this one's answer says.
    QTimer::singleShot(0, this, &MojaloopConnector::pump);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 200 && answer.value(QStringLiteral("currentState")).toString() == u"COMPLETED") {
        m_simulator.settle(transferId, HubTransfer::Outcome::Completed, QString());
        return;
    }
    // The switch's own error when it gave one ({"errorInformation":{errorCode, errorDescription}}),
    // as the hub stores it; else what the adapter or the network said.
    const QJsonObject mojaloopError = answer.value(QStringLiteral("transferState"))
                                          .toObject()
                                          .value(QStringLiteral("lastError"))
                                          .toObject()
                                          .value(QStringLiteral("mojaloopError"))
                                          .toObject();
    QString errorInformation;
    if (mojaloopError.contains(QStringLiteral("errorInformation"))) {
        errorInformation = QString::fromUtf8(QJsonDocument(mojaloopError).toJson(QJsonDocument::Compact));
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        errorInformation = HubSimulator::mojaloopError(
            QStringLiteral("504"), tr("The Mojaloop switch did not answer within %1 ms").arg(m_timeoutMs));
    } else if (status == 0) {
        errorInformation = HubSimulator::mojaloopError(
            QStringLiteral("500"), tr("The Mojaloop connector cannot be reached: %1").arg(reply->errorString()));
    } else {
        const QString code = answer.value(QStringLiteral("statusCode")).toVariant().toString();
        const QString message = answer.value(QStringLiteral("message")).toString();
        errorInformation = HubSimulator::mojaloopError(
            code.isEmpty() ? QString::number(status) : code,
            message.isEmpty() ? tr("HTTP %1 from the Mojaloop connector").arg(status) : message);
    }
    m_simulator.settle(transferId, HubTransfer::Outcome::Failed, errorInformation);
}
