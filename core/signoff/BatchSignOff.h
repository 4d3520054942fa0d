#pragma once

#include "SignOffCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <utility>

class Database;
class SigningKey;
struct Officer;

// Officers' personal sign-off of batches, kept in the database: each officer registers a public
// key (or a certificate); the maker signs a ready batch's manifest (BatchManifest) with the
// matching private key and a checker countersigns it (SignOffVerifier says what each signs).
// Audited. A change to the batch changes its manifest, and the sign-off no longer checks.
class BatchSignOff
{
    Q_DECLARE_TR_FUNCTIONS(BatchSignOff)

public:
    explicit BatchSignOff(Database& database);

    // Registers (or replaces) the officer's public key; registeredBy is who did it.
    bool registerKey(const QString& officerId, const QByteArray& publicKeyPem, const QString& registeredBy, QString* error);
    // The fingerprint of the officer's registered key; empty when none.
    QString fingerprintOf(const QString& officerId);
    // The maker's sign-off (a maker) or the countersignature (a checker, once the maker signed).
    bool sign(qint64 batchId, const Officer& officer, const SigningKey& key, QString* error);
    // The batch's sign-off document, as a bundle carries it; empty when nobody signed.
    QJsonObject document(qint64 batchId, QString* error);
    // The sign-off checked against the batch's manifest as it is now.
    SignOffCheck check(qint64 batchId);
    // Who signed each batch of a cycle off (first) and who countersigned it (second), as recorded.
    QHash<qint64, std::pair<QString, QString>> signersOfCycle(qint64 cycleId);

private:
    Database& m_database;
};
