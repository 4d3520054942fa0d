#pragma once

#include "Certificate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// The database's trust material: the anchor certificate and the certificates of officers' and
// administrators' keys. Storing a certificate proves nothing by itself: it counts once it chains
// to the anchor and an administrator's signed act certifies it (OfficerStandings).
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    explicit TrustStore(Database& database);

    // Installs the anchor; refused when one is installed already. Inside the caller's transaction.
    bool installAnchor(const Certificate& anchor, QString* error);
    std::optional<Certificate> anchor(QString* error = nullptr);
    // Keeps a certificate of officerId's key (again is harmless). Inside the caller's transaction.
    bool addCertificate(const QString& officerId, const Certificate& certificate, QString* error);
    // Every certificate kept, by fingerprint.
    QHash<QString, Certificate> certificates();
    // The certificates kept for one officer.
    QList<Certificate> certificatesOf(const QString& officerId);

private:
    Database& m_database;
};
