#include "TestKeys.h"

#include "batching/G2pConnectSignature.h"
#include "batching/SigningKey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// G2P Connect envelope signatures: made with an Ed25519 key from the openssl command line,
// checked by PayDesk and by `openssl pkeyutl` itself; a changed byte, another key, another sender
// or an expired signature is caught.
class TestG2pConnectSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signsWhatOpensslVerifies();
    void catchesEveryChange();
    void keysOfTheWrongKindRefuse();

private:
    QByteArray readAll(const QString& path) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SigningKey> m_key;
    QByteArray m_publicKey;
    QByteArray m_otherPublicKey;
};

namespace {

const QJsonObject kHeader{{QStringLiteral("version"), QStringLiteral("1.0.0")},
                          {QStringLiteral("message_id"), QStringLiteral("m-1")},
                          {QStringLiteral("message_ts"), QStringLiteral("2027-01-05T09:00:00.000Z")},
                          {QStringLiteral("action"), QStringLiteral("disburse")},
                          {QStringLiteral("sender_id"), QStringLiteral("ministry")},
                          {QStringLiteral("total_count"), 1}};
const QJsonObject kMessage{{QStringLiteral("transaction_id"), QStringLiteral("tx-1")},
                           {QStringLiteral("disbursements"),
                            QJsonArray{QJsonObject{{QStringLiteral("reference_id"), QStringLiteral("r-1")},
                                                   {QStringLiteral("payee_fa"), QStringLiteral("account:1@bank")},
                                                   {QStringLiteral("amount"), QStringLiteral("12.50")},
                                                   {QStringLiteral("currency_code"), QStringLiteral("USD")}}}}};

QString fieldValue(const QString& field, const QString& name)
{
    const QRegularExpression pattern(name + QStringLiteral("=\"([^\"]*)\""));
    return pattern.match(field).captured(1);
}

} // namespace

QByteArray TestG2pConnectSignature::readAll(const QString& path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestG2pConnectSignature::initTestCase()
{
    QVERIFY(
        makeTestEd25519Key(m_dir.filePath(QStringLiteral("key.pem")), m_dir.filePath(QStringLiteral("public.pem"))));
    QVERIFY(makeTestEd25519Key(m_dir.filePath(QStringLiteral("other.pem")),
                               m_dir.filePath(QStringLiteral("other-public.pem"))));
    QString error;
    m_key = SigningKey::fromFile(m_dir.filePath(QStringLiteral("key.pem")), {}, &error);
    QVERIFY2(m_key, qPrintable(error));
    QCOMPARE(m_key->kind(), SigningKey::Kind::Ed25519);
    m_publicKey = readAll(m_dir.filePath(QStringLiteral("public.pem")));
    m_otherPublicKey = readAll(m_dir.filePath(QStringLiteral("other-public.pem")));
}

void TestG2pConnectSignature::signsWhatOpensslVerifies()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const QString field =
        G2pConnectSignature::sign(kHeader, kMessage, *m_key, QStringLiteral("key-7"), now, 600, &error);
    QVERIFY2(!field.isEmpty(), qPrintable(error));
    QVERIFY(field.startsWith(QStringLiteral("Signature: namespace=\"g2p\", ")));
    QCOMPARE(fieldValue(field, QStringLiteral("kidId")), QStringLiteral("ministry|key-7|ed25519"));
    QCOMPARE(fieldValue(field, QStringLiteral("created")).toLongLong(), now.toSecsSinceEpoch());
    QCOMPARE(fieldValue(field, QStringLiteral("expires")).toLongLong(), now.toSecsSinceEpoch() + 600);
    QCOMPARE(fieldValue(field, QStringLiteral("headers")), QStringLiteral("(created) (expires) digest"));
    QVERIFY2(G2pConnectSignature::verify(field, kHeader, kMessage, m_publicKey, now, &error), qPrintable(error));

    // The digest is BLAKE2b-512 of the compact header then message, as openssl computes it.
    const QString content = m_dir.filePath(QStringLiteral("content.json"));
    {
        QFile file(content);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(kHeader).toJson(QJsonDocument::Compact) +
                   QJsonDocument(kMessage).toJson(QJsonDocument::Compact));
    }
    QProcess digest;
    digest.start(QStringLiteral("openssl"),
                 {QStringLiteral("dgst"), QStringLiteral("-blake2b512"), QStringLiteral("-binary"), content});
    QVERIFY(digest.waitForFinished(30000) && digest.exitCode() == 0);
    const QByteArray signingString =
        G2pConnectSignature::signingString(kHeader, kMessage, now.toSecsSinceEpoch(), now.toSecsSinceEpoch() + 600);
    const QByteArray expectedDigest = "digest: BLAKE-512=" + digest.readAllStandardOutput().toBase64();
    QVERIFY2(signingString.endsWith(expectedDigest), signingString.constData());

    // openssl verifies the signature of the signing string with the public key.
    const QString text = m_dir.filePath(QStringLiteral("signing.txt"));
    const QString signature = m_dir.filePath(QStringLiteral("signature.bin"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(signingString);
        QFile bytes(signature);
        QVERIFY(bytes.open(QIODevice::WriteOnly));
        bytes.write(QByteArray::fromBase64(fieldValue(field, QStringLiteral("signature")).toLatin1()));
    }
    QProcess verify;
    verify.start(QStringLiteral("openssl"),
                 {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                  QStringLiteral("-inkey"), m_dir.filePath(QStringLiteral("public.pem")), QStringLiteral("-rawin"),
                  QStringLiteral("-in"), text, QStringLiteral("-sigfile"), signature});
    QVERIFY(verify.waitForFinished(30000));
    QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());

    // A whole request gets its signature field; header and message stay as they were.
    const QByteArray request =
        QJsonDocument(QJsonObject{{QStringLiteral("header"), kHeader}, {QStringLiteral("message"), kMessage}})
            .toJson(QJsonDocument::Compact);
    const QJsonObject signedRequest =
        QJsonDocument::fromJson(G2pConnectSignature::signRequest(request, *m_key, QStringLiteral("key-7"), &error))
            .object();
    QCOMPARE(signedRequest.value(QStringLiteral("header")).toObject(), kHeader);
    QCOMPARE(signedRequest.value(QStringLiteral("message")).toObject(), kMessage);
    QVERIFY(G2pConnectSignature::verify(signedRequest.value(QStringLiteral("signature")).toString(), kHeader, kMessage,
                                        m_publicKey, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(G2pConnectSignature::signRequest("[1, 2]", *m_key, QStringLiteral("key-7"), &error).isEmpty());
}

void TestG2pConnectSignature::catchesEveryChange()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const QString field =
        G2pConnectSignature::sign(kHeader, kMessage, *m_key, QStringLiteral("key-7"), now, 600, &error);
    QString reason;
    // A changed amount.
    QJsonObject message = kMessage;
    QJsonArray items = message.value(QStringLiteral("disbursements")).toArray();
    QJsonObject item = items.first().toObject();
    item.insert(QStringLiteral("amount"), QStringLiteral("12.51"));
    items.replace(0, item);
    message.insert(QStringLiteral("disbursements"), items);
    QVERIFY(!G2pConnectSignature::verify(field, kHeader, message, m_publicKey, now, &reason));
    QVERIFY2(reason.contains(QStringLiteral("does not match")), qPrintable(reason));
    // Another sender in the header.
    QJsonObject header = kHeader;
    header.insert(QStringLiteral("sender_id"), QStringLiteral("impostor"));
    QVERIFY(!G2pConnectSignature::verify(field, header, kMessage, m_publicKey, now, &reason));
    QVERIFY2(reason.contains(QStringLiteral("impostor")), qPrintable(reason));
    // Another key.
    QVERIFY(!G2pConnectSignature::verify(field, kHeader, kMessage, m_otherPublicKey, now, &reason));
    // Expired, or not made yet.
    QVERIFY(!G2pConnectSignature::verify(field, kHeader, kMessage, m_publicKey, now.addSecs(601), &reason));
    QVERIFY2(reason.contains(QStringLiteral("not valid now")), qPrintable(reason));
    QVERIFY(!G2pConnectSignature::verify(field, kHeader, kMessage, m_publicKey, now.addSecs(-3600), &reason));
    // OpenG2P's placeholder, and nothing at all.
    QVERIFY(!G2pConnectSignature::verify(QStringLiteral("string"), kHeader, kMessage, m_publicKey, now, &reason));
    QVERIFY(!G2pConnectSignature::verify(QString(), kHeader, kMessage, m_publicKey, now, &reason));
    // A byte of the signature changed.
    QString forged = field;
    const qsizetype at = forged.indexOf(QStringLiteral("signature=\"")) + 12;
    forged[at] = forged.at(at) == u'A' ? u'B' : u'A';
    QVERIFY(!G2pConnectSignature::verify(forged, kHeader, kMessage, m_publicKey, now, &reason));
}

void TestG2pConnectSignature::keysOfTheWrongKindRefuse()
{
    QVERIFY(makeTestKeyPair(m_dir.filePath(QStringLiteral("rsa.pem")), m_dir.filePath(QStringLiteral("rsa-cert.pem"))));
    QString error;
    const auto rsa = SigningKey::fromFile(m_dir.filePath(QStringLiteral("rsa.pem")), {}, &error);
    QVERIFY(rsa);
    QCOMPARE(rsa->kind(), SigningKey::Kind::Rsa);
    QVERIFY(G2pConnectSignature::sign(kHeader, kMessage, *rsa, QStringLiteral("k"), QDateTime::currentDateTimeUtc(), 60,
                                      &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("Ed25519")), qPrintable(error));
    error.clear();
    QVERIFY(m_key->sign("abcdef", &error).isEmpty()); // Payment Hub EE's X-SIGNATURE is RSA
    QVERIFY2(error.contains(QStringLiteral("RSA")), qPrintable(error));
    QString reason;
    QVERIFY(!G2pConnectSignature::verify(QStringLiteral("x"), kHeader, kMessage,
                                         readAll(m_dir.filePath(QStringLiteral("rsa-cert.pem"))),
                                         QDateTime::currentDateTimeUtc(), &reason));
}

QTEST_GUILESS_MAIN(TestG2pConnectSignature)
#include "tst_g2pconnectsignature.moc"
