#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    static HubResponse json(const QJsonObject& body, int status = 200)
    {
        HubResponse response;
        response.status = status;
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return response;
    }
    static HubResponse empty(int status)
    {
        HubResponse response;
        response.status = status;
        response.contentType.clear();
        return response;
    }
};
