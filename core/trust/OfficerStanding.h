#pragma once

#include "officers/OfficerRole.h"

#include <QSet>
#include <QString>

// One officer as administrators' signed acts have made them so far: their name, role, whether
// they are active, and which certificates of their keys an administrator certified or revoked.
struct OfficerStanding
{
    QString displayName;
    OfficerRole role = OfficerRole::Viewer;
    bool active = false;
    QSet<QString> certifiedCertificates; // fingerprints
    QSet<QString> revokedCertificates;
};
