#pragma once

#include <QList>
#include <QString>

#include <algorithm>

// What testing the connection to a program's hub found, part by part, in words for the officer.
struct ConnectionCheck
{
    struct Part
    {
        QString what; // "bulk processor https://…", "operations app …", "mapper …"
        bool ok = false;
        QString detail;                  // translated: what answered, or what is wrong
        bool credentialsRefused = false; // the operations app refused the user and password
    };

    QList<Part> parts;

    bool credentialsRefused() const
    {
        return std::any_of(parts.cbegin(), parts.cend(), [](const Part& part) { return part.credentialsRefused; });
    }

    bool ok() const
    {
        for (const Part& part : parts) {
            if (!part.ok) {
                return false;
            }
        }
        return !parts.isEmpty();
    }
};
