#pragma once

#include <QByteArray>

// The payload of a multipart/form-data body exactly as Payment Hub EE reads it (JWSUtil.parseFormData,
// reference payment-hub-ee.md §3): after each boundary line the part's headers are skipped up to
// the blank line; content lines are collected until a line holding the boundary or an empty line;
// every line is followed by "\n"; the whole is trimmed. The content of every part is concatenated.
class MultipartPayload
{
public:
    // boundary: from the Content-Type; empty when it has none.
    static QByteArray boundary(const QByteArray& contentType);
    static QByteArray parse(const QByteArray& body, const QByteArray& boundary);
};
