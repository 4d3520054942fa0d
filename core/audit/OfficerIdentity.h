#pragma once

#include <QString>

// Until officers sign in to PayDesk, an action is attributed to the operating-system account
// that ran it (USER on Linux, USERNAME on Windows).
inline QString operatingSystemOfficer()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}
