#include "PreparedCycle.h"
#include "TestDatabases.h"
#include "TestKeys.h"

#include "batching/BatchRepository.h"
#include "batching/BundleExporter.h"
#include "batching/SigningKey.h"
#include "disbursement/ReleaseGate.h"
#include "disbursement/ReleasePolicyRepository.h"
#include "officers/OfficerRepository.h"
#include "review/BatchFileReviewer.h"
#include "signoff/BatchManifest.h"
#include "signoff/BatchSignOff.h"
#include "signoff/SignOffVerifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Personal sign-off: officers' keys (an Ed25519 public key, or an RSA certificate) made by the
// openssl command line; the maker signs a batch's manifest, a checker countersigns; the signatures
// verify with openssl itself, the exported bundle verifies offline, and a changed byte anywhere
// (file, manifest, sign-off) is caught. The release waits for both when the program says so.
class TestSignOff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signedAndCountersigned_data();
    void signedAndCountersigned();
    void refusesWhatIsNotASignOff();
    void releaseWaitsForBothSignatures();

private:
    struct OfficerKeys
    {
        QString privateKey;
        QString publicKey; // a public key, or a certificate
    };
    static std::unique_ptr<SigningKey> load(const QString& path);
    static QByteArray read(const QString& path);
    static bool write(const QString& path, const QByteArray& bytes);
    static bool opensslVerifies(const QString& kind, const QString& publicKey, const QByteArray& message, const QByteArray& signatureBase64,
                                const QString& folder);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    QMap<QString, OfficerKeys> m_keys; // "ed25519-maker", "rsa-checker"...
};

std::unique_ptr<SigningKey> TestSignOff::load(const QString& path)
{
    QString error;
    auto key = SigningKey::fromFile(path, {}, &error);
    if (!key) {
        qWarning("%s", qPrintable(error));
    }
    return key;
}

QByteArray TestSignOff::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestSignOff::write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool TestSignOff::opensslVerifies(const QString& kind, const QString& publicKey, const QByteArray& message, const QByteArray& signatureBase64,
                                  const QString& folder)
{
    const QString messagePath = QDir(folder).filePath(QStringLiteral("message.bin"));
    const QString signaturePath = QDir(folder).filePath(QStringLiteral("signature.bin"));
    QString keyPath = publicKey;
    if (read(publicKey).contains("CERTIFICATE")) {
        keyPath = QDir(folder).filePath(QStringLiteral("from-certificate.pem"));
        QProcess extract;
        extract.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), publicKey, QStringLiteral("-pubkey"),
                                                  QStringLiteral("-noout"), QStringLiteral("-out"), keyPath});
        if (!extract.waitForFinished(60000) || extract.exitCode() != 0) {
            return false;
        }
    }
    if (!write(messagePath, message) || !write(signaturePath, QByteArray::fromBase64(signatureBase64))) {
        return false;
    }
    QProcess openssl;
    if (kind == u"ed25519") {
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                                  QStringLiteral("-inkey"), keyPath, QStringLiteral("-rawin"), QStringLiteral("-in"),
                                                  messagePath, QStringLiteral("-sigfile"), signaturePath});
    } else {
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"), keyPath,
                                                  QStringLiteral("-signature"), signaturePath, messagePath});
    }
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

void TestSignOff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString& officer : {QStringLiteral("maker"), QStringLiteral("checker"), QStringLiteral("stranger")}) {
        OfficerKeys ed25519{m_dir.filePath(QStringLiteral("ed25519-%1.key").arg(officer)), m_dir.filePath(QStringLiteral("ed25519-%1.pub").arg(officer))};
        QVERIFY(makeTestEd25519Key(ed25519.privateKey, ed25519.publicKey));
        m_keys.insert(QStringLiteral("ed25519-") + officer, ed25519);
        OfficerKeys rsa{m_dir.filePath(QStringLiteral("rsa-%1.key").arg(officer)), m_dir.filePath(QStringLiteral("rsa-%1.crt").arg(officer))};
        QVERIFY(makeTestKeyPair(rsa.privateKey, rsa.publicKey, QStringLiteral("/CN=%1").arg(officer)));
        m_keys.insert(QStringLiteral("rsa-") + officer, rsa);
    }
}

void TestSignOff::signedAndCountersigned_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("kind");
    for (const QString& backend : TestDatabases::backends()) {
        for (const QString& kind : {QStringLiteral("ed25519"), QStringLiteral("rsa")}) {
            QTest::addRow("%s %s", qPrintable(backend), qPrintable(kind)) << backend << kind;
        }
    }
}

void TestSignOff::signedAndCountersigned()
{
    QFETCH(QString, backend);
    QFETCH(QString, kind);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(backend), m_dir.filePath(tag + QStringLiteral(".csv")), 21, 20);
    QVERIFY(fixture.database && !fixture.batches.isEmpty());
    Database& database = *fixture.database;
    const qint64 batchId = fixture.batches.first();
    BatchSignOff signOff(database);
    QString error;
    const OfficerKeys makerKeys = m_keys.value(kind + QStringLiteral("-maker"));
    const OfficerKeys checkerKeys = m_keys.value(kind + QStringLiteral("-checker"));
    QVERIFY2(signOff.registerKey(PreparedCycle::maker.id, read(makerKeys.publicKey), PreparedCycle::maker.id, &error), qPrintable(error));
    QVERIFY2(signOff.registerKey(PreparedCycle::checker.id, read(checkerKeys.publicKey), PreparedCycle::checker.id, &error), qPrintable(error));

    QVERIFY2(signOff.sign(batchId, PreparedCycle::maker, *load(makerKeys.privateKey), &error), qPrintable(error));
    SignOffCheck check = signOff.check(batchId);
    QVERIFY2(check.valid && !check.complete, qPrintable(check.detail));
    QVERIFY2(signOff.sign(batchId, PreparedCycle::checker, *load(checkerKeys.privateKey), &error), qPrintable(error));
    check = signOff.check(batchId);
    QVERIFY2(check.complete, qPrintable(check.detail));
    QCOMPARE(check.signers.size(), 2);
    QCOMPARE(check.signers.at(0).officer, PreparedCycle::maker.id);
    QCOMPARE(check.signers.at(1).officer, PreparedCycle::checker.id);
    QCOMPARE(check.signers.at(0).fingerprint, signOff.fingerprintOf(PreparedCycle::maker.id));

    // openssl itself verifies both signatures over the bytes SignOffVerifier says they sign.
    const QByteArray manifest = BatchManifest::of(database, batchId, &error);
    const QJsonObject document = signOff.document(batchId, &error);
    const QByteArray makerSignature = document.value(QStringLiteral("maker")).toObject().value(QStringLiteral("signature")).toString().toLatin1();
    const QByteArray checkerSignature = document.value(QStringLiteral("checker")).toObject().value(QStringLiteral("signature")).toString().toLatin1();
    QVERIFY(opensslVerifies(kind, makerKeys.publicKey, SignOffVerifier::makerMessage(manifest), makerSignature, m_dir.path()));
    QVERIFY(opensslVerifies(kind, checkerKeys.publicKey, SignOffVerifier::checkerMessage(manifest, makerSignature), checkerSignature, m_dir.path()));
    QVERIFY(!opensslVerifies(kind, checkerKeys.publicKey, SignOffVerifier::makerMessage(manifest), makerSignature, m_dir.path()));

    // The bundle carries the sign-off, and the offline review verifies it with nothing else.
    const QString folder = m_dir.filePath(QStringLiteral("bundle-") + tag);
    const QString base = BundleExporter::exportBatch(database, batchId, folder, nullptr, BundleExporter::Purpose::Review, {}, &error);
    QVERIFY2(!base.isEmpty(), qPrintable(error));
    QCOMPARE(read(base + QStringLiteral(".manifest.json")), manifest);
    const QString file = base + QStringLiteral(".csv");
    BatchReview review = BatchFileReviewer::reviewPath(file, {});
    QVERIFY(review.signOffValid.value_or(false));
    QVERIFY2(review.clean(), qPrintable(review.signOffDetail));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("signed off and countersigned: maker amina")), qPrintable(review.signOffDetail));

    // One byte changed in the file: the manifest no longer describes it.
    const QByteArray original = read(file);
    QByteArray changed = original;
    changed[changed.size() - 3] = changed.at(changed.size() - 3) == '1' ? '2' : '1';
    QVERIFY(write(file, changed));
    review = BatchFileReviewer::reviewPath(file, {});
    QCOMPARE(review.manifestMatches, std::optional<bool>(false));
    QVERIFY(!review.clean());
    QVERIFY(write(file, original));

    // One byte changed in the manifest: it is not the manifest signed.
    const QString manifestPath = base + QStringLiteral(".manifest.json");
    QByteArray otherManifest = manifest;
    otherManifest.replace("\"rows\": ", "\"rows\":  ");
    QVERIFY(otherManifest != manifest);
    QVERIFY(write(manifestPath, otherManifest));
    review = BatchFileReviewer::reviewPath(file, {});
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("is not the one signed")), qPrintable(review.signOffDetail));
    // ...and naming the changed manifest's hash in the sign-off does not help: the signatures fail.
    QJsonObject forged = document;
    forged.insert(QStringLiteral("manifest_sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(otherManifest, QCryptographicHash::Sha256).toHex()));
    QVERIFY(write(base + QStringLiteral(".signoff.json"), QJsonDocument(forged).toJson()));
    review = BatchFileReviewer::reviewPath(file, {});
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("the maker's signature (amina) does not verify")), qPrintable(review.signOffDetail));
    QVERIFY(write(manifestPath, manifest));

    // One character of the countersignature changed; then the countersignature replaced by the stranger's own.
    QJsonObject badChecker = document;
    QJsonObject checker = badChecker.value(QStringLiteral("checker")).toObject();
    QByteArray signatureBytes = QByteArray::fromBase64(checkerSignature);
    signatureBytes[5] = char(signatureBytes.at(5) ^ 0x01);
    checker.insert(QStringLiteral("signature"), QString::fromLatin1(signatureBytes.toBase64()));
    badChecker.insert(QStringLiteral("checker"), checker);
    QVERIFY(write(base + QStringLiteral(".signoff.json"), QJsonDocument(badChecker).toJson()));
    review = BatchFileReviewer::reviewPath(file, {});
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("the checker's countersignature (kofi) does not verify")), qPrintable(review.signOffDetail));
    const auto stranger = load(m_keys.value(kind + QStringLiteral("-stranger")).privateKey);
    checker.insert(QStringLiteral("signature"),
                   QString::fromLatin1(stranger->signMessage(SignOffVerifier::checkerMessage(manifest, makerSignature), &error)));
    badChecker.insert(QStringLiteral("checker"), checker);
    QVERIFY(write(base + QStringLiteral(".signoff.json"), QJsonDocument(badChecker).toJson()));
    review = BatchFileReviewer::reviewPath(file, {});
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
}

void TestSignOff::refusesWhatIsNotASignOff()
{
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")), m_dir.filePath(QStringLiteral("refuse.csv")), 22, 20);
    QVERIFY(fixture.database && !fixture.batches.isEmpty());
    Database& database = *fixture.database;
    const qint64 batchId = fixture.batches.first();
    BatchSignOff signOff(database);
    QString error;
    const auto makerKey = load(m_keys.value(QStringLiteral("ed25519-maker")).privateKey);
    const auto checkerKey = load(m_keys.value(QStringLiteral("ed25519-checker")).privateKey);
    QVERIFY(!signOff.registerKey(PreparedCycle::maker.id, "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n", PreparedCycle::maker.id, &error));
    QVERIFY2(error.contains(QStringLiteral("not a PEM public key or certificate")), qPrintable(error));
    // No key registered yet.
    QVERIFY(!signOff.sign(batchId, PreparedCycle::maker, *makerKey, &error));
    QVERIFY2(error.contains(QStringLiteral("amina has no registered key")), qPrintable(error));
    QVERIFY(signOff.registerKey(PreparedCycle::maker.id, read(m_keys.value(QStringLiteral("ed25519-maker")).publicKey), PreparedCycle::maker.id, &error));
    // Someone else's private key.
    QVERIFY(!signOff.sign(batchId, PreparedCycle::maker, *checkerKey, &error));
    QVERIFY2(error.contains(QStringLiteral("this is not the key amina registered")), qPrintable(error));
    // The checker before the maker.
    QVERIFY(signOff.registerKey(PreparedCycle::checker.id, read(m_keys.value(QStringLiteral("ed25519-checker")).publicKey), PreparedCycle::checker.id, &error));
    QVERIFY(!signOff.sign(batchId, PreparedCycle::checker, *checkerKey, &error));
    QVERIFY2(error.contains(QStringLiteral("no maker's sign-off to countersign yet")), qPrintable(error));
    QVERIFY2(signOff.sign(batchId, PreparedCycle::maker, *makerKey, &error), qPrintable(error));
    QVERIFY(!signOff.sign(batchId, PreparedCycle::maker, *makerKey, &error));
    QVERIFY2(error.contains(QStringLiteral("already signed off by its maker (amina)")), qPrintable(error));
    // A checker holding the maker's own key cannot countersign with it.
    const Officer twin{QStringLiteral("twin"), QStringLiteral("Same Key"), OfficerRole::Checker, true};
    QVERIFY(OfficerRepository(database).add(twin, PreparedCycle::maker.id, &error));
    QVERIFY(signOff.registerKey(twin.id, read(m_keys.value(QStringLiteral("ed25519-maker")).publicKey), twin.id, &error));
    QVERIFY(!signOff.sign(batchId, twin, *makerKey, &error));
    QVERIFY2(error.contains(QStringLiteral("holds the same key as the maker")), qPrintable(error));
    // A viewer signs nothing.
    const Officer viewer{QStringLiteral("vera"), QStringLiteral("Vera"), OfficerRole::Viewer, true};
    QVERIFY(!signOff.sign(batchId, viewer, *makerKey, &error));
    QVERIFY2(error.contains(QStringLiteral("signs nothing")), qPrintable(error));
    // Each key registration and signature is in the audit log.
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT action FROM audit_entry WHERE action IN ('officer.key', 'batch.sign_off', 'batch.countersign') ORDER BY sequence")));
    QStringList actions;
    while (query.next()) {
        actions.append(query.value(0).toString());
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("officer.key"), QStringLiteral("officer.key"), QStringLiteral("batch.sign_off"),
                                   QStringLiteral("officer.key")}));
}

void TestSignOff::releaseWaitsForBothSignatures()
{
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")), m_dir.filePath(QStringLiteral("release.csv")), 23, 20);
    QVERIFY(fixture.database && !fixture.batches.isEmpty());
    Database& database = *fixture.database;
    const qint64 batchId = fixture.batches.first();
    QString error;
    const auto batch = [&database, batchId] { return *BatchRepository(database).find(batchId); };
    QCOMPARE(ReleaseGate(database).refusal(batch(), PreparedCycle::checker), std::nullopt);
    ReleasePolicy policy;
    policy.signOffRequired = true;
    QVERIFY(!ReleasePolicyRepository(database).save(1, policy, PreparedCycle::checker, &error));
    QVERIFY2(ReleasePolicyRepository(database).save(1, policy, PreparedCycle::maker, &error), qPrintable(error));
    auto refusal = ReleaseGate(database).refusal(batch(), PreparedCycle::checker);
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(QStringLiteral("nobody signed the manifest")), qPrintable(*refusal));
    BatchSignOff signOff(database);
    QVERIFY(signOff.registerKey(PreparedCycle::maker.id, read(m_keys.value(QStringLiteral("rsa-maker")).publicKey), PreparedCycle::maker.id, &error));
    QVERIFY(signOff.registerKey(PreparedCycle::checker.id, read(m_keys.value(QStringLiteral("ed25519-checker")).publicKey), PreparedCycle::checker.id, &error));
    QVERIFY2(signOff.sign(batchId, PreparedCycle::maker, *load(m_keys.value(QStringLiteral("rsa-maker")).privateKey), &error), qPrintable(error));
    refusal = ReleaseGate(database).refusal(batch(), PreparedCycle::checker);
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(QStringLiteral("not yet countersigned")), qPrintable(*refusal));
    QVERIFY2(signOff.sign(batchId, PreparedCycle::checker, *load(m_keys.value(QStringLiteral("ed25519-checker")).privateKey), &error), qPrintable(error));
    QCOMPARE(ReleaseGate(database).refusal(batch(), PreparedCycle::checker), std::nullopt);
    // Another batch of the same cycle is not covered by this one's sign-off.
    if (fixture.batches.size() > 1) {
        refusal = ReleaseGate(database).refusal(*BatchRepository(database).find(fixture.batches.at(1)), PreparedCycle::checker);
        QVERIFY(refusal);
    }
}

QTEST_GUILESS_MAIN(TestSignOff)
#include "tst_signoff.moc"
