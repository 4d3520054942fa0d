#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class SigningKey;

// Writes a ready batch as a bundle for review or hand-carry: BASE.csv or BASE.json (the frozen
// file), BASE.signature (a CSV's X-SIGNATURE, when a key is given), BASE.manifest.json
// (BatchManifest), BASE.signoff.json (the officers' sign-off of that manifest, once signed) and
// BASE.checkpoint.json (the latest signed checkpoint of the audit log, for audit verify --checkpoint).
// A ready batch exported for hand-carry (to be uploaded by hand) becomes handed_over first
// (DESIGN.md §1 rule 8), so PayDesk never posts it without an officer's word.
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleExporter)

public:
    enum class Purpose
    {
        Review,
        HandCarry
    };

    // Returns the bundle's base path (folder/batch-CORRELATION_ID), or empty with error set.
    // officerId: who exports, for the audit log when the batch is handed over.
    static QString exportBatch(Database& database, qint64 batchId, const QString& folder, const SigningKey* key,
                               Purpose purpose, const QString& officerId, QString* error);
    // Whether a file of a bundle accompanies its batch file (manifest, sign-off, trust record,
    // checkpoint) rather than being it.
    static bool isCompanion(const QString& fileName);
};
