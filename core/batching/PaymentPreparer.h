#pragma once

#include "PreparationResult.h"

#include <QCoreApplication>

class Database;
struct Officer;

// From an approved cycle to ready batches: one payment per approved entitlement that has no open
// payment (each with a request id fixed for life), addressed the way the program pays (a
// beneficiary without such an address is listed, not paid), cut into batches by the BatchPlanner,
// and each batch's file (a Payment Hub EE CSV, or a G2P Connect disburse request for programs on
// that backend) written and frozen with its SHA-256 and correlation id. One transaction,
// audited; a maker's work.
class PaymentPreparer
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPreparer)

public:
    explicit PaymentPreparer(Database& database);

    PreparationResult prepare(qint64 cycleId, const Officer& officer);

private:
    Database& m_database;
};
