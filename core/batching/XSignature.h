#pragma once

#include <QByteArray>
#include <QString>

// Payment Hub EE's X-SIGNATURE, the parts that are not key operations (reference payment-hub-ee.md §3):
// the hub hashes "X-CorrelationID:Platform-TenantId:payload" with SHA3-256 (lowercase hex), and the
// payload of a multipart upload is the part's lines joined by LF, without a trailing newline.
class XSignature
{
public:
    // The payload exactly as the hub reads a one-part multipart body: lines (LF or CRLF) up to the
    // first empty line, joined by "\n", trimmed.
    static QByteArray hubPayload(const QByteArray& fileBytes);
    static QByteArray dataToSign(const QString& correlationId, const QString& tenant, const QByteArray& payload);
    // SHA3-256 of data as 64 lowercase hex characters: what the RSA operation signs.
    static QByteArray sha3HexDigest(const QByteArray& data);
};
