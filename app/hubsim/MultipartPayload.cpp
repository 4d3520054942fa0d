#include "MultipartPayload.h"

#include <QList>

QByteArray MultipartPayload::boundary(const QByteArray& contentType)
{
    for (const QByteArray& parameter : contentType.split(';')) {
        const QByteArray trimmed = parameter.trimmed();
        if (trimmed.startsWith("boundary=")) {
            QByteArray value = trimmed.mid(9);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
                value = value.mid(1, value.size() - 2);
            }
            return value;
        }
    }
    return {};
}

QByteArray MultipartPayload::parse(const QByteArray& body, const QByteArray& boundary)
{
    QByteArray payload;
    if (boundary.isEmpty()) {
        return payload;
    }
    const QList<QByteArray> lines = body.split('\n');
    enum class State
    {
        BeforePart,
        Headers,
        Content
    } state = State::BeforePart;
    for (QByteArray line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1); // readLine strips CR LF and LF alike
        }
        switch (state) {
        case State::BeforePart:
            if (line.contains(boundary)) {
                state = State::Headers;
            }
            break;
        case State::Headers:
            if (line.isEmpty()) {
                state = State::Content;
            }
            break;
        case State::Content:
            if (line.contains(boundary)) {
                state = State::Headers;
            } else if (line.isEmpty()) {
                state = State::BeforePart; // an empty line ends the content
            } else {
                payload += line;
                payload += '\n';
            }
            break;
        }
    }
    return payload.trimmed();
}
