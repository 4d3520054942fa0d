#include "batching/SignatureVerifier.h"
#include "batching/SigningKey.h"
#include "batching/XSignature.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// X-SIGNATURE checked against the openssl command line, which knows nothing of the code under test.
class TestXSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hubPayload_data();
    void hubPayload();
    void digestMatchesOpenssl();
    void signatureMatchesOpenssl_data();
    void signatureMatchesOpenssl();
    void verifies_data();
    void verifies();
    void demoKeyOfTheHub();
    void badKeysAndCertificates();

private:
    std::optional<QByteArray> openssl(const QStringList& arguments, const QByteArray& input = QByteArray());
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
};

std::optional<QByteArray> TestXSignature::openssl(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

void TestXSignature::initTestCase()
{
    // A PKCS#8 key, the same key as PKCS#1, one encrypted with a passphrase, a certificate as PEM and
    // as base64 DER, and an unrelated certificate.
    QVERIFY(openssl({"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", path("pkcs8.pem")})
                .has_value());
    QVERIFY(openssl({"rsa", "-in", path("pkcs8.pem"), "-traditional", "-out", path("pkcs1.pem")}).has_value());
    QVERIFY(
        openssl({"pkey", "-in", path("pkcs8.pem"), "-aes256", "-passout", "pass:s3cret", "-out", path("encrypted.pem")})
            .has_value());
    QVERIFY(openssl({"req", "-new", "-x509", "-key", path("pkcs8.pem"), "-subj", "/CN=PayDesk test", "-days", "2",
                     "-out", path("cert.pem")})
                .has_value());
    const QByteArray der = openssl({"x509", "-in", path("cert.pem"), "-outform", "DER"}).value_or(QByteArray());
    QVERIFY(!der.isEmpty());
    QFile derFile(path("cert.b64"));
    QVERIFY(derFile.open(QIODevice::WriteOnly));
    derFile.write(der.toBase64());
    derFile.close();
    QVERIFY(openssl({"req", "-new", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path("other-key.pem"), "-subj",
                     "/CN=Someone else", "-days", "2", "-out", path("other-cert.pem")})
                .has_value());
}

void TestXSignature::hubPayload_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("LF, trailing newline") << QByteArray("a,b\n1,2\n") << QByteArray("a,b\n1,2");
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QByteArray("a,b\n1,2");
    QTest::newRow("no newline") << QByteArray("a,b\n1,2") << QByteArray("a,b\n1,2");
    QTest::newRow("blank line cuts the part") << QByteArray("a,b\n\n1,2\n") << QByteArray("a,b");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestXSignature::hubPayload()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, payload);
    QCOMPARE(XSignature::hubPayload(file), payload);
}

void TestXSignature::digestMatchesOpenssl()
{
    const QByteArray data = XSignature::dataToSign(QStringLiteral("7ae5e1b9-corr"), QStringLiteral("gorilla"),
                                                   QByteArray("id,request_id\n0,ed6bf87e"));
    QCOMPARE(data, QByteArray("7ae5e1b9-corr:gorilla:id,request_id\n0,ed6bf87e"));
    const QByteArray expected = openssl({"dgst", "-sha3-256", "-r"}, data).value_or(QByteArray()).split(' ').first();
    QCOMPARE(XSignature::sha3HexDigest(data), expected);
    QCOMPARE(XSignature::dataToSign(QStringLiteral("c"), QStringLiteral("t"), QByteArray()), QByteArray("c:t"));
}

void TestXSignature::signatureMatchesOpenssl_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::newRow("PKCS#8") << path("pkcs8.pem") << QByteArray();
    QTest::newRow("PKCS#1") << path("pkcs1.pem") << QByteArray();
    QTest::newRow("encrypted PKCS#8") << path("encrypted.pem") << QByteArray("s3cret");
}

void TestXSignature::signatureMatchesOpenssl()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, passphrase);
    const QByteArray digest = XSignature::sha3HexDigest("corr:tenant:id,amount\n1,10");
    QFile digestFile(path("digest.txt"));
    QVERIFY(digestFile.open(QIODevice::WriteOnly));
    digestFile.write(digest);
    digestFile.close();
    const QByteArray expected = openssl({"pkeyutl", "-sign", "-inkey", path("pkcs8.pem"), "-pkeyopt",
                                         "rsa_padding_mode:pkcs1", "-in", path("digest.txt")})
                                    .value_or(QByteArray())
                                    .toBase64();
    QString error;
    const auto signingKey = SigningKey::fromFile(key, passphrase, &error);
    QVERIFY2(signingKey, qPrintable(error));
    const QByteArray signature = signingKey->sign(digest, &error);
    QCOMPARE(signature, expected);
    QCOMPARE(signature.size(), 344); // 2048-bit key
}

void TestXSignature::verifies_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QByteArray>("signedDigest");
    QTest::addColumn<QByteArray>("checkedDigest");
    QTest::addColumn<QString>("reason"); // empty: valid
    const QByteArray digest = XSignature::sha3HexDigest("corr:tenant:payload");
    const QByteArray other = XSignature::sha3HexDigest("corr:tenant:payload changed");
    QTest::newRow("PEM certificate") << path("cert.pem") << digest << digest << "";
    QTest::newRow("base64 DER certificate") << path("cert.b64") << digest << digest << "";
    QTest::newRow("other content") << path("cert.pem") << digest << other << "signature is for other content";
    QTest::newRow("other key") << path("other-cert.pem") << digest << digest << "not made with this certificate's key";
}

void TestXSignature::verifies()
{
    QFETCH(QString, certificate);
    QFETCH(QByteArray, signedDigest);
    QFETCH(QByteArray, checkedDigest);
    QFETCH(QString, reason);
    QString error;
    const auto signingKey = SigningKey::fromFile(path("pkcs8.pem"), {}, &error);
    const auto verifier = SignatureVerifier::fromFile(certificate, &error);
    QVERIFY2(verifier, qPrintable(error));
    QString why;
    QCOMPARE(verifier->verify(checkedDigest, signingKey->sign(signedDigest, &error), &why), reason.isEmpty());
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestXSignature::demoKeyOfTheHub()
{
    const QDir reference(QStringLiteral(PAYDESK_SHARED_REFERENCE_DIR "/phee-demo-key"));
    if (!reference.exists()) {
        QSKIP("../shared/reference/phee-demo-key is not here: the hub's demo key was skipped");
    }
    QFile data(reference.filePath(QStringLiteral("data.csv")));
    QVERIFY(data.open(QIODevice::ReadOnly));
    const QByteArray digest = XSignature::sha3HexDigest(
        XSignature::dataToSign(QStringLiteral("bd9e2d4a-5a11-4b7b-a6a3-5a8d5d6f0e11"), QStringLiteral("gorilla"),
                               XSignature::hubPayload(data.readAll())));
    QString error;
    const auto key = SigningKey::fromFile(reference.filePath(QStringLiteral("key.pem")), {}, &error);
    QVERIFY2(key, qPrintable(error));
    const auto verifier = SignatureVerifier::fromFile(reference.filePath(QStringLiteral("cert.b64")), &error);
    QVERIFY2(verifier, qPrintable(error));
    QString why;
    QVERIFY2(verifier->verify(digest, key->sign(digest, &error), &why), qPrintable(why));
}

void TestXSignature::badKeysAndCertificates()
{
    QString error;
    QVERIFY(!SigningKey::fromPem("-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n", {}, &error));
    QVERIFY2(error.contains(QStringLiteral("not a PEM private key")), qPrintable(error));
    QVERIFY(!SigningKey::fromFile(path("encrypted.pem"), "wrong", &error));
    QVERIFY(!SigningKey::fromFile(path("missing.pem"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot read the key")), qPrintable(error));
    QVERIFY(!SignatureVerifier::fromCertificate("%%% not a certificate %%%", &error));
    QVERIFY2(error.contains(QStringLiteral("not an X.509 certificate")), qPrintable(error));
    QVERIFY(!SignatureVerifier::fromCertificate(QByteArray(3000, 'A'), &error));
    const auto verifier = SignatureVerifier::fromFile(path("cert.pem"), &error);
    QString why;
    QVERIFY(!verifier->verify("abc", "not base64!", &why));
    QVERIFY2(why.contains(QStringLiteral("not base64 of 256 bytes")), qPrintable(why));
    QVERIFY(!verifier->verify("abc", QByteArray(256, 'x').toBase64(), &why));
}

QTEST_GUILESS_MAIN(TestXSignature)
#include "tst_xsignature.moc"
