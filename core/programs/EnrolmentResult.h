#pragma once

#include <QString>
#include <QStringList>

// What an enrolment run changed.
struct EnrolmentResult
{
    static constexpr int kSampleSize = 100;

    bool succeeded = false;
    QString error;
    qint64 enrolled = 0; // enrolled after the run
    qint64 joined = 0;
    qint64 left = 0;
    QStringList joinedSample; // registry ids, the first kSampleSize
    QStringList leftSample;
};
