#include "PaymentBackend.h"

#include <QCoreApplication>

QString paymentBackendName(PaymentBackend backend)
{
    switch (backend) {
    case PaymentBackend::PaymentHubEe:
        return QStringLiteral("payment_hub_ee");
    case PaymentBackend::G2pConnect:
        return QStringLiteral("g2p_connect");
    case PaymentBackend::FileOnly:
        return QStringLiteral("file_only");
    }
    return {};
}

std::optional<PaymentBackend> paymentBackendFromName(QStringView name)
{
    for (const PaymentBackend backend :
         {PaymentBackend::PaymentHubEe, PaymentBackend::G2pConnect, PaymentBackend::FileOnly}) {
        if (name == paymentBackendName(backend)) {
            return backend;
        }
    }
    return std::nullopt;
}

bool paysWholeMajorUnitsOnly(PaymentBackend backend)
{
    return backend == PaymentBackend::PaymentHubEe;
}

QString paymentBackendText(PaymentBackend backend)
{
    switch (backend) {
    case PaymentBackend::PaymentHubEe:
        return QCoreApplication::translate("PaymentBackend", "Mifos Payment Hub EE");
    case PaymentBackend::G2pConnect:
        return QCoreApplication::translate("PaymentBackend", "G2P Connect");
    case PaymentBackend::FileOnly:
        return QCoreApplication::translate("PaymentBackend", "signed files carried by hand");
    }
    return paymentBackendName(backend);
}
