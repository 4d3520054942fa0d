#pragma once

#include "BankStatement.h"
#include "StatementMatch.h"

#include <QCoreApplication>

class Database;
struct Officer;

// Three-way reconciliation: the payer account's statement set against a cycle's payments and
// batches. A debit belongs to a payment when its reference or details carry the payment's request
// id, or to a batch when they carry the batch's correlation id (a bank that debits a batch as one
// sum); ids are whole UUIDs, with or without dashes, in any case. Listed: what the hub says paid
// that no debit covers (only payments settled by the statement's last day), debits for payments the
// hub did not pay, a payment debited twice, amounts that differ, reversals, and debits that name
// nothing of the cycle. Audited (cycle.statement_matched) with the counts and the file's SHA-256.
class StatementMatcher
{
    Q_DECLARE_TR_FUNCTIONS(StatementMatcher)

public:
    explicit StatementMatcher(Database& database);

    StatementMatch match(qint64 cycleId, const QList<BankStatement>& statements, const QString& fileSha256,
                         const Officer& officer);

private:
    struct Known; // what the statement names of the cycle, and the payments debited so far

    bool readNamed(qint64 cycleId, const QStringList& ids, Known& known, QString* error);
    bool readPaidOfBatches(Known& known, QString* error);
    static void matchEntry(const BankStatement::Entry& entry, const QStringList& named, Known& known,
                           StatementMatch& result);
    static void matchBatchDebit(const BankStatement::Entry& entry, const QString& correlationId, Known& known,
                                StatementMatch& result);
    bool listPaidNotDebited(qint64 cycleId, const QDate& lastDay, const Known& known, StatementMatch& result);

    Database& m_database;
};
