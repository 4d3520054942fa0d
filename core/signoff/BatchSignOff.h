#pragma once

#include "SignOffCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <utility>

class Certificate;
class Database;
struct Officer;
struct PaymentBatch;

// Officers' personal sign-off of batches, kept in the database: the maker signs a ready batch's
// manifest (BatchManifest) with the key they signed in with, and a checker countersigns it
// (SignOffVerifier says what each signs); each signature carries the signer's certificate.
// Audited. A change to the batch changes its manifest, and the sign-off no longer checks.
class BatchSignOff
{
    Q_DECLARE_TR_FUNCTIONS(BatchSignOff)

public:
    explicit BatchSignOff(Database& database);

    // The maker's sign-off (a maker) or the countersignature (a checker, once the maker signed),
    // with the key the officer signed in with; the sign-off carries their certificate.
    bool sign(qint64 batchId, const Officer& officer, QString* error);
    // The batch's sign-off document, as a bundle carries it; empty when nobody signed.
    QJsonObject document(qint64 batchId, QString* error);
    // The sign-off checked against the batch's manifest as it is now and the database's anchor.
    SignOffCheck check(qint64 batchId);
    // Who signed each batch of a cycle off (first) and who countersigned it (second), as recorded.
    QHash<qint64, std::pair<QString, QString>> signersOfCycle(qint64 cycleId);

private:
    QByteArray countersignMessage(qint64 batchId, const Officer& officer, const Certificate& certificate,
                                  const QByteArray& manifest, const QJsonObject& signOff, const Certificate& anchor,
                                  QString* error);
    bool record(const PaymentBatch& batch, const QString& role, const Officer& officer, const Certificate& certificate,
                const QByteArray& manifest, const QByteArray& signature, QString* error);
    Database& m_database;
};
