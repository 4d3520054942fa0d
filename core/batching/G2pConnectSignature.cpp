#include "G2pConnectSignature.h"

#include "PublicKey.h"
#include "SigningKey.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QHash<QString, QString> fieldsOf(const QString& field)
{
    static const QRegularExpression pair(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    QHash<QString, QString> fields;
    for (auto it = pair.globalMatch(field); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        fields.insert(match.captured(1), match.captured(2));
    }
    return fields;
}

} // namespace

QByteArray G2pConnectSignature::signingString(const QJsonObject& header, const QJsonObject& message, qint64 created,
                                              qint64 expires)
{
    const QByteArray signedContent =
        QJsonDocument(header).toJson(QJsonDocument::Compact) + QJsonDocument(message).toJson(QJsonDocument::Compact);
    return "(created): " + QByteArray::number(created) + "\n(expires): " + QByteArray::number(expires) +
           "\ndigest: BLAKE-512=" + QCryptographicHash::hash(signedContent, QCryptographicHash::Blake2b_512).toBase64();
}

QString G2pConnectSignature::sign(const QJsonObject& header, const QJsonObject& message, const SigningKey& key,
                                  const QString& keyId, const QDateTime& now, int validSeconds, QString* error)
{
    const qint64 created = now.toSecsSinceEpoch();
    const qint64 expires = created + validSeconds;
    const QByteArray signature = key.signEd25519(signingString(header, message, created, expires), error);
    if (signature.isEmpty()) {
        return {};
    }
    return QStringLiteral(
               "Signature: namespace=\"g2p\", kidId=\"%1|%2|ed25519\", algorithm=\"ed25519\", created=\"%3\", "
               "expires=\"%4\", headers=\"(created) (expires) digest\", signature=\"%5\"")
        .arg(header.value(QStringLiteral("sender_id")).toString(), keyId)
        .arg(created)
        .arg(expires)
        .arg(QString::fromLatin1(signature));
}

QByteArray G2pConnectSignature::signRequest(const QByteArray& request, const SigningKey& key, const QString& keyId,
                                            QString* error)
{
    QJsonObject envelope = QJsonDocument::fromJson(request).object();
    if (!envelope.value(QStringLiteral("header")).isObject() || !envelope.value(QStringLiteral("message")).isObject()) {
        *error = tr("the request is not a G2P Connect envelope (header and message)");
        return {};
    }
    const QString signature =
        sign(envelope.value(QStringLiteral("header")).toObject(), envelope.value(QStringLiteral("message")).toObject(),
             key, keyId, QDateTime::currentDateTimeUtc(), kDefaultValiditySeconds, error);
    if (signature.isEmpty()) {
        return {};
    }
    envelope.insert(QStringLiteral("signature"), signature);
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

bool G2pConnectSignature::verify(const QString& field, const QJsonObject& header, const QJsonObject& message,
                                 const QByteArray& publicKeyPem, const QDateTime& now, QString* reason)
{
    const QHash<QString, QString> fields = fieldsOf(field);
    const QStringList keyId = fields.value(QStringLiteral("kidId")).split(u'|');
    if (!field.startsWith(QLatin1String("Signature:")) || fields.value(QStringLiteral("algorithm")) != u"ed25519" ||
        keyId.size() != 3 || !fields.contains(QStringLiteral("signature"))) {
        *reason = tr("the signature field is missing or not G2P Connect's (algorithm ed25519, kidId, created, expires, "
                     "signature)");
        return false;
    }
    if (keyId.first() != header.value(QStringLiteral("sender_id")).toString()) {
        *reason = tr("the signature names sender %1, the header %2")
                      .arg(keyId.first(), header.value(QStringLiteral("sender_id")).toString());
        return false;
    }
    bool createdOk = false;
    bool expiresOk = false;
    const qint64 created = fields.value(QStringLiteral("created")).toLongLong(&createdOk);
    const qint64 expires = fields.value(QStringLiteral("expires")).toLongLong(&expiresOk);
    const qint64 at = now.toSecsSinceEpoch();
    if (!createdOk || !expiresOk || created > at + 300 || expires < at) {
        *reason = tr("the signature is not valid now (created %1, expires %2)")
                      .arg(fields.value(QStringLiteral("created")), fields.value(QStringLiteral("expires")));
        return false;
    }
    QString keyProblem;
    const auto key = PublicKey::fromPem(publicKeyPem, &keyProblem);
    if (!key || !key->isEd25519()) {
        *reason = tr("the sender's public key is not an Ed25519 key in PEM");
        return false;
    }
    const QByteArray signingText = signingString(header, message, created, expires);
    if (!key->verify(signingText, fields.value(QStringLiteral("signature")).toLatin1(), &keyProblem)) {
        *reason = tr("the signature does not match the header and message with the sender's key");
        return false;
    }
    return true;
}
