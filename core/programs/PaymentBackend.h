#pragma once

#include <QString>

#include <optional>

// Where a program's payments go.
enum class PaymentBackend
{
    PaymentHubEe, // Mifos Payment Hub EE bulk CSV
    G2pConnect,   // G2P Connect disburse
    FileOnly,     // signed files carried by hand; results imported
};

QString paymentBackendName(PaymentBackend backend);
std::optional<PaymentBackend> paymentBackendFromName(QStringView name);
// The backend in the officer's words ("Mifos Payment Hub EE"), translated.
QString paymentBackendText(PaymentBackend backend);
// Payment Hub EE parses amounts as whole numbers: it cannot pay a fraction of a major unit.
bool paysWholeMajorUnitsOnly(PaymentBackend backend);
