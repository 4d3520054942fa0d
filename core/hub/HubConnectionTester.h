#pragma once

#include "ConnectionCheck.h"

#include "programs/PaymentBackend.h"

#include <QCoreApplication>

struct HubEndpoint;

// "Test connection": asks each part of a program's hub something harmless and says, in words,
// what answered and what did not — for Payment Hub EE the bulk processor (an answer from its batch
// endpoint over its TLS: "not found" or a server error is something else answering) and the operations app (a one-row
// batch list for the tenant, logging in first when a user is set); for G2P Connect the receiver (the status of a
// reference id that cannot exist) and the ID-to-account mapper when the program has one. Nothing is sent that could
// move money. Blocking.
class HubConnectionTester
{
    Q_DECLARE_TR_FUNCTIONS(HubConnectionTester)

public:
    static ConnectionCheck test(const HubEndpoint& endpoint, PaymentBackend backend);

private:
    static bool bulkProcessorIsThere(int status);
    static QString bulkProcessorAnswer(int status, const QString& insecure);
};
