#pragma once

#include <QList>
#include <QString>

// What testing the connection to a program's hub found, part by part, in words for the officer.
struct ConnectionCheck
{
    struct Part
    {
        QString what;   // "bulk processor https://…", "operations app …", "mapper …"
        bool ok = false;
        QString detail; // translated: what answered, or what is wrong
    };

    QList<Part> parts;

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
