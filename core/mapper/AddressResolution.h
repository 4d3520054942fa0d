#pragma once

#include <QList>
#include <QString>

// What resolving a cycle's beneficiaries through the ID-to-account mapper did.
struct AddressResolution
{
    struct Unresolved
    {
        QString registryId;
        QString reason;
    };
    static constexpr int kSampleSize = 100;

    bool succeeded = false;
    QString error;            // why it stopped; what was stored before stays
    qint64 asked = 0;         // beneficiaries asked of the mapper
    qint64 resolved = 0;      // of asked: given a usable financial address
    qint64 unresolved = 0;    // of asked: not found, refused, or an unusable address
    qint64 alreadyKnown = 0;  // not asked: resolved recently enough
    QList<Unresolved> sample; // the first kSampleSize unresolved of this run
};
