#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// The sandbox hub's answer. dropConnection: close the connection instead of answering.
struct HubResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool dropConnection = false;
};
