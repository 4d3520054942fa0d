#pragma once

#include <QList>
#include <QString>

// What checking a batch's sign-off found: who signed which role with which key, whether every
// signature present is good, and whether both the maker's and the checker's are there.
struct SignOffCheck
{
    struct Signer
    {
        QString role; // "maker" or "checker"
        QString officer;
        QString fingerprint; // the certificate's
        QString publicKey;   // the certified key's fingerprint
        QString signedAt;
    };

    bool valid = false;    // every signature present verifies over these manifest bytes
    bool complete = false; // valid, and both the maker's sign-off and the checker's countersignature are there
    QString detail;        // translated, for the officer or auditor
    QList<Signer> signers;
};
