#pragma once

#include "PreparationResult.h"

#include <QCoreApplication>
#include <QList>

class Database;
struct AuditEntry;
struct PaymentLine;
struct Program;
struct Officer;

// From an approved cycle to ready batches: one payment per approved entitlement that has no open
// payment (each with a request id fixed for life), addressed the way the program pays (a
// beneficiary without such an address is listed, not paid; an entitlement whose payment failed gets
// a new payment with a new request id, linked to the failed one, once a checker approved it through
// PaymentReissue), cut into batches by the BatchPlanner,
// and each batch's file (a Payment Hub EE CSV, or a G2P Connect disburse request for programs on
// that backend) written and frozen with its SHA-256 and correlation id. One transaction,
// audited; a maker's work.
class PaymentPreparer
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPreparer)

public:
    explicit PaymentPreparer(Database& database);

    PreparationResult prepare(qint64 cycleId, const Officer& officer);
    // What a preparation did, in a sentence for the officer.
    static QString summary(const PreparationResult& result);

private:
    static AuditEntry preparationEntry(qint64 cycleId, const Officer& officer, const Program& program,
                                       qint64 grandTotal, const PreparationResult& result);
    bool closeReissues(qint64 cycleId, QString* error);
    bool storeBatches(const Program& program, qint64 cycleId, const Officer& officer, QList<PaymentLine>&& pilotLines,
                      QList<PaymentLine>&& lines, PreparationResult& result, qint64* grandTotal);

    Database& m_database;
};
