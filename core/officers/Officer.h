#pragma once

#include "OfficerRole.h"

#include <QString>

// Someone who acts in PayDesk. The id is what the audit log records.
struct Officer
{
    QString id;
    QString displayName;
    OfficerRole role = OfficerRole::Viewer;
    bool active = true;
};
