#include "XSignature.h"

#include <QCryptographicHash>
#include <QList>

QByteArray XSignature::hubPayload(const QByteArray& fileBytes)
{
    QByteArray payload;
    const QList<QByteArray> lines = fileBytes.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            break; // the hub stops reading a part at an empty line
        }
        payload += line + '\n';
    }
    return payload.trimmed();
}

QByteArray XSignature::dataToSign(const QString& correlationId, const QString& tenant, const QByteArray& payload)
{
    QByteArray data = correlationId.toUtf8() + ':' + tenant.toUtf8();
    if (!payload.isEmpty()) {
        data += ':' + payload;
    }
    return data;
}

QByteArray XSignature::sha3HexDigest(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha3_256).toHex();
}
