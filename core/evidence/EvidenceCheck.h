#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What checking an evidence pack found: what held (in words), and each problem with the file it is about.
struct EvidenceCheck
{
    struct Problem
    {
        QString file;
        QString problem; // translated
    };

    bool readable = false;
    QString error; // why the pack could not be read at all
    QStringList held;
    QList<Problem> problems;

    bool clean() const { return readable && problems.isEmpty(); }
};
