#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

class SigningKey;

// G2P Connect's envelope signature, in the form the reference gives (openg2p-payments.md §4.2):
//   Signature: namespace="g2p", kidId="{sender_id}|{key_id}|ed25519", algorithm="ed25519",
//   created="C", expires="E", headers="(created) (expires) digest", signature="BASE64"
// where BASE64 is the Ed25519 signature of the signing string
//   "(created): C\n(expires): E\ndigest: BLAKE-512=" + Base64(BLAKE2b-512(header + message))
// (the scheme G2P Connect takes from Beckn), header and message each as compact JSON with its keys
// in order, as Qt writes them. C and E are Unix seconds. The reference gives the field's form only;
// the signing string and digest are Beckn's, which G2P Connect's form copies: a receiver that
// signs otherwise will refuse these, and this class is the one place to change.
class G2pConnectSignature
{
    Q_DECLARE_TR_FUNCTIONS(G2pConnectSignature)

public:
    static constexpr int kDefaultValiditySeconds = 3600;

    static QByteArray signingString(const QJsonObject& header, const QJsonObject& message, qint64 created,
                                    qint64 expires);
    // The signature field for an envelope, made now and valid for validSeconds; empty with error set
    // when the key cannot make it.
    static QString sign(const QJsonObject& header, const QJsonObject& message, const SigningKey& key,
                        const QString& keyId, const QDateTime& now, int validSeconds, QString* error);
    // A whole request (signature, header, message) with its signature field filled; empty with
    // error set when request is not an envelope or the key cannot sign.
    static QByteArray signRequest(const QByteArray& request, const SigningKey& key, const QString& keyId,
                                  QString* error);
    // True when field is a valid signature of header and message by the Ed25519 public key (PEM)
    // of header's sender_id, made before now and not expired; false with the reason otherwise.
    static bool verify(const QString& field, const QJsonObject& header, const QJsonObject& message,
                       const QByteArray& publicKeyPem, const QDateTime& now, QString* reason);
};
