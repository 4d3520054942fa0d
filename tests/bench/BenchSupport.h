#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>

// Helpers shared by the benchmarks.

// Peak resident memory of this process in MiB, read from /proc on Linux; -1 elsewhere.
// The one platform-specific read of the benchmarks.
inline double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    // /proc files report size 0: read them whole instead of line by line.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

// The median of a benchmark's runs.
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
