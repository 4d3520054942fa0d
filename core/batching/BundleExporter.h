#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class SigningKey;

// Writes a ready batch as a bundle for review or hand-carry: BASE.csv or BASE.json (the frozen
// file), BASE.signature (a CSV's X-SIGNATURE, when a key is given), BASE.manifest.json
// (BatchManifest) and BASE.signoff.json (the officers' sign-off of that manifest, once signed).
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleExporter)

public:
    // Returns the bundle's base path (folder/batch-CORRELATION_ID), or empty with error set.
    static QString exportBatch(Database& database, qint64 batchId, const QString& folder, const SigningKey* key,
                               QString* error);
};
