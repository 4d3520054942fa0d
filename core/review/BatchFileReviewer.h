#pragma once

#include "BatchReview.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

class Certificate;
struct SignOffCheck;

// Reviews a Payment Hub EE batch file (a G2P Connect request goes to G2pConnectRequestReviewer)
// with no database and no network: rows, counts and totals per
// currency, and every problem the hub would have with it (unknown or missing columns, wrong field
// counts, amounts that are not whole and positive, identifiers invalid for their type, hub
// duplicates, repeated request ids, mixed payment modes, blank lines, the size limit, separators
// inside fields). Optionally checks the X-SIGNATURE with a certificate, the file against the
// manifest of a bundle, and the officers' sign-off of that manifest (SignOffVerifier).
class BatchFileReviewer
{
    Q_DECLARE_TR_FUNCTIONS(BatchFileReviewer)

public:
    struct Options
    {
        qint64 maxBytes = 100000;
        QByteArray certificate; // PEM or base64 DER; with signature, correlationId and tenant
        QByteArray signature;
        QString correlationId;
        QString tenant;
        QJsonObject manifest;     // empty: none
        QByteArray manifestBytes; // what the sign-off signed
        QJsonObject signOff;      // the bundle's sign-off (BASE.signoff.json); empty: none
        QJsonObject trustRecord;  // the certificates and grants the bundle carries (BASE.trust.json, TrustRecord)
        QByteArray trustAnchor;   // PEM certificate the reviewer trusts; the sign-off is checked against it alone
    };

    static BatchReview review(const QByteArray& file, const Options& options);
    // Reads FILE, and FILE's bundle siblings when present (BASE.manifest.json, BASE.signature,
    // BASE.signoff.json, BASE.trust.json).
    static BatchReview reviewPath(const QString& path, Options options);

private:
    // Whether each officer who signed off held, when they signed, the role they signed in, with a
    // certificate certified for them, by the grants the bundle carries; a problem, or empty.
    static QString signersRoleProblem(const SignOffCheck& signOff, const QJsonObject& trustRecord,
                                      const Certificate& anchor);
    static void checkSignature(const QByteArray& file, const Options& options, BatchReview& review);
    static void checkManifest(const Options& options, BatchReview& review);
};
