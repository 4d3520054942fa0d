#include "PreparedCycle.h"
#include "StoredBatch.h"
#include "TestDatabases.h"
#include "TestKeys.h"
#include "TestOfficers.h"

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
#include "trust/CertificateAuthority.h"
#include "trust/OfficerKeyring.h"
#include "trust/OfficerSignIn.h"
#include "trust/TrustStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Personal sign-off: officers' keys (Ed25519, or RSA made by the openssl command line) certified by
// the administrator's anchor; the maker signs a batch's manifest, a checker countersigns; the
// signatures verify with openssl itself against the certificates, the exported bundle verifies
// offline against the anchor alone, and a changed byte anywhere (file, manifest, sign-off) or a
// certificate the anchor did not issue is caught. The release waits for both when the program says so.
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
    // The maker and checker who sign: the fixture's own (Ed25519 keys), or two more officers
    // enrolled with the RSA keys openssl made. Their certificates are written next to the keys.
    std::pair<Officer, Officer> signers(Database& database, const QString& kind, QString* error);
    QString certificateFile(Database& database, const QString& officerId);
    static QByteArray anchorPem(Database& database);
    static std::unique_ptr<SigningKey> load(const QString& path);
    static QByteArray read(const QString& path);
    static bool write(const QString& path, const QByteArray& bytes);
    static bool opensslVerifies(const QString& kind, const QString& publicKey, const QByteArray& message,
                                const QByteArray& signatureBase64, const QString& folder);

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

std::pair<Officer, Officer> TestSignOff::signers(Database& database, const QString& kind, QString* error)
{
    if (kind == u"ed25519") {
        return {PreparedCycle::maker, PreparedCycle::checker};
    }
    const Officer maker{QStringLiteral("ruth"), QStringLiteral("Ruth Achieng"), OfficerRole::Maker, true};
    const Officer checker{QStringLiteral("rashid"), QStringLiteral("Rashid Omar"), OfficerRole::Checker, true};
    const bool enrolled =
        TestOfficers::enrol(database, maker, load(m_keys.value(QStringLiteral("rsa-maker")).privateKey), error) &&
        TestOfficers::enrol(database, checker, load(m_keys.value(QStringLiteral("rsa-checker")).privateKey), error);
    return enrolled ? std::pair<Officer, Officer>{maker, checker} : std::pair<Officer, Officer>{};
}

QString TestSignOff::certificateFile(Database& database, const QString& officerId)
{
    const QString path = m_dir.filePath(officerId + QStringLiteral(".crt"));
    const OfficerCredential* credential = database.keyring().find(officerId);
    return credential && write(path, credential->certificate.pem()) ? path : QString();
}

QByteArray TestSignOff::anchorPem(Database& database)
{
    const auto anchor = TrustStore(database).anchor();
    return anchor ? anchor->pem() : QByteArray();
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

bool TestSignOff::opensslVerifies(const QString& kind, const QString& publicKey, const QByteArray& message,
                                  const QByteArray& signatureBase64, const QString& folder)
{
    const QString messagePath = QDir(folder).filePath(QStringLiteral("message.bin"));
    const QString signaturePath = QDir(folder).filePath(QStringLiteral("signature.bin"));
    QString keyPath = publicKey;
    if (read(publicKey).contains("CERTIFICATE")) {
        keyPath = QDir(folder).filePath(QStringLiteral("from-certificate.pem"));
        QProcess extract;
        extract.start(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-in"), publicKey, QStringLiteral("-pubkey"),
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
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                       QStringLiteral("-inkey"), keyPath, QStringLiteral("-rawin"), QStringLiteral("-in"), messagePath,
                       QStringLiteral("-sigfile"), signaturePath});
    } else {
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"), keyPath,
                       QStringLiteral("-signature"), signaturePath, messagePath});
    }
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

void TestSignOff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString& officer : {QStringLiteral("maker"), QStringLiteral("checker"), QStringLiteral("stranger")}) {
        OfficerKeys ed25519{m_dir.filePath(QStringLiteral("ed25519-%1.key").arg(officer)),
                            m_dir.filePath(QStringLiteral("ed25519-%1.pub").arg(officer))};
        QVERIFY(makeTestEd25519Key(ed25519.privateKey, ed25519.publicKey));
        m_keys.insert(QStringLiteral("ed25519-") + officer, ed25519);
        OfficerKeys rsa{m_dir.filePath(QStringLiteral("rsa-%1.key").arg(officer)),
                        m_dir.filePath(QStringLiteral("rsa-%1.crt").arg(officer))};
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
    PreparedCycle fixture =
        PreparedCycle::make(m_databases.freshLocation(backend), m_dir.filePath(tag + QStringLiteral(".csv")), 21, 20);
    QVERIFY(fixture.database && !fixture.batches.isEmpty());
    Database& database = *fixture.database;
    const qint64 batchId = fixture.batches.first();
    BatchSignOff signOff(database);
    QString error;
    const auto [maker, checkerOfficer] = signers(database, kind, &error);
    QVERIFY2(!maker.id.isEmpty(), qPrintable(error));
    const QString makerCertificate = certificateFile(database, maker.id);
    const QString checkerCertificate = certificateFile(database, checkerOfficer.id);

    QVERIFY2(signOff.sign(batchId, maker, &error), qPrintable(error));
    SignOffCheck check = signOff.check(batchId);
    QVERIFY2(check.valid && !check.complete, qPrintable(check.detail));
    QVERIFY2(signOff.sign(batchId, checkerOfficer, &error), qPrintable(error));
    check = signOff.check(batchId);
    QVERIFY2(check.complete, qPrintable(check.detail));
    QCOMPARE(check.signers.size(), 2);
    QCOMPARE(check.signers.at(0).officer, maker.id);
    QCOMPARE(check.signers.at(1).officer, checkerOfficer.id);
    QCOMPARE(check.signers.at(0).fingerprint, database.keyring().find(maker.id)->certificate.fingerprint());

    // openssl itself verifies both signatures over the bytes SignOffVerifier says they sign.
    const QByteArray manifest = BatchManifest::of(database, batchId, &error);
    const QJsonObject document = signOff.document(batchId, &error);
    const QByteArray makerSignature =
        document.value(QStringLiteral("maker")).toObject().value(QStringLiteral("signature")).toString().toLatin1();
    const QByteArray checkerSignature =
        document.value(QStringLiteral("checker")).toObject().value(QStringLiteral("signature")).toString().toLatin1();
    QVERIFY(
        opensslVerifies(kind, makerCertificate, SignOffVerifier::makerMessage(manifest), makerSignature, m_dir.path()));
    QVERIFY(opensslVerifies(kind, checkerCertificate, SignOffVerifier::checkerMessage(manifest, makerSignature),
                            checkerSignature, m_dir.path()));
    QVERIFY(!opensslVerifies(kind, checkerCertificate, SignOffVerifier::makerMessage(manifest), makerSignature,
                             m_dir.path()));

    // The bundle carries the sign-off, and the offline review verifies it with nothing else.
    const QString folder = m_dir.filePath(QStringLiteral("bundle-") + tag);
    const QString base =
        BundleExporter::exportBatch(database, batchId, folder, nullptr, BundleExporter::Purpose::Review, {}, &error);
    QVERIFY2(!base.isEmpty(), qPrintable(error));
    QCOMPARE(read(base + QStringLiteral(".manifest.json")), manifest);
    const QString file = base + QStringLiteral(".csv");
    BatchFileReviewer::Options trusting;
    trusting.trustAnchor = anchorPem(database);
    BatchReview review = BatchFileReviewer::reviewPath(file, trusting);
    QVERIFY(review.signOffValid.value_or(false));
    QVERIFY2(review.clean(), qPrintable(review.signOffDetail));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("signed off and countersigned: maker ") + maker.id),
             qPrintable(review.signOffDetail));
    // Without the anchor to trust, or trusting another administrator's, nobody's signature counts.
    review = BatchFileReviewer::reviewPath(file, {});
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("--trust")), qPrintable(review.signOffDetail));
    {
        const std::shared_ptr<const SigningKey> otherKey = SigningKey::generateEd25519(&error);
        const auto otherAnchor = CertificateAuthority::makeAnchor(*otherKey, QStringLiteral("admin"), 10, &error);
        QVERIFY2(otherAnchor, qPrintable(error));
        BatchFileReviewer::Options foreign;
        foreign.trustAnchor = otherAnchor->pem();
        review = BatchFileReviewer::reviewPath(file, foreign);
        QCOMPARE(review.signOffValid, std::optional<bool>(false));
    }

    // Whether the signers held their roles comes from the grants the bundle carries: without them it
    // cannot be said; with the checker's grants left out, or one edited, the sign-off does not stand.
    const QString trustPath = base + QStringLiteral(".trust.json");
    const QByteArray trustRecord = read(trustPath);
    const QJsonObject record = QJsonDocument::fromJson(trustRecord).object();
    QVERIFY(record.value(QStringLiteral("grants")).toArray().size() >= 4);
    QVERIFY(QFile::remove(trustPath));
    review = BatchFileReviewer::reviewPath(file, trusting);
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("carries no grants")), qPrintable(review.signOffDetail));
    QJsonArray withoutChecker;
    QJsonArray edited;
    for (const QJsonValue& grant : record.value(QStringLiteral("grants")).toArray()) {
        QJsonObject entry = grant.toObject();
        if (entry.value(QStringLiteral("subject_id")).toString() != checkerOfficer.id) {
            withoutChecker.append(entry);
        } else if (entry.value(QStringLiteral("action")).toString() == u"officer.add") {
            entry.insert(QStringLiteral("after"), entry.value(QStringLiteral("after"))
                                                      .toString()
                                                      .replace(QStringLiteral("checker"), QStringLiteral("maker")));
        }
        edited.append(entry);
    }
    QJsonObject lessRecord = record;
    lessRecord.insert(QStringLiteral("grants"), withoutChecker);
    QVERIFY(write(trustPath, QJsonDocument(lessRecord).toJson()));
    review = BatchFileReviewer::reviewPath(file, trusting);
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("%1 was not an active checker").arg(checkerOfficer.id)),
             qPrintable(review.signOffDetail));
    QJsonObject editedRecord = record;
    editedRecord.insert(QStringLiteral("grants"), edited);
    QVERIFY(edited != record.value(QStringLiteral("grants")).toArray());
    QVERIFY(write(trustPath, QJsonDocument(editedRecord).toJson()));
    review = BatchFileReviewer::reviewPath(file, trusting);
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("a grant the bundle carries does not stand")),
             qPrintable(review.signOffDetail));
    QVERIFY(write(trustPath, trustRecord));
    review = BatchFileReviewer::reviewPath(file, trusting);
    QVERIFY2(review.signOffValid.value_or(false), qPrintable(review.signOffDetail));

    // One byte changed in the file: the manifest no longer describes it.
    const QByteArray original = read(file);
    QByteArray changed = original;
    changed[changed.size() - 3] = changed.at(changed.size() - 3) == '1' ? '2' : '1';
    QVERIFY(write(file, changed));
    review = BatchFileReviewer::reviewPath(file, trusting);
    QCOMPARE(review.manifestMatches, std::optional<bool>(false));
    QVERIFY(!review.clean());
    QVERIFY(write(file, original));

    // One byte changed in the manifest: it is not the manifest signed.
    const QString manifestPath = base + QStringLiteral(".manifest.json");
    QByteArray otherManifest = manifest;
    otherManifest.replace("\"rows\": ", "\"rows\":  ");
    QVERIFY(otherManifest != manifest);
    QVERIFY(write(manifestPath, otherManifest));
    review = BatchFileReviewer::reviewPath(file, trusting);
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("is not the one signed")), qPrintable(review.signOffDetail));
    // ...and naming the changed manifest's hash in the sign-off does not help: the signatures fail.
    QJsonObject forged = document;
    forged.insert(QStringLiteral("manifest_sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(otherManifest, QCryptographicHash::Sha256).toHex()));
    QVERIFY(write(base + QStringLiteral(".signoff.json"), QJsonDocument(forged).toJson()));
    review = BatchFileReviewer::reviewPath(file, trusting);
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
    QVERIFY2(review.signOffDetail.contains(QStringLiteral("the maker's signature (%1) does not verify").arg(maker.id)),
             qPrintable(review.signOffDetail));
    QVERIFY(write(manifestPath, manifest));

    // One character of the countersignature changed; then the countersignature replaced by the stranger's own.
    QJsonObject badChecker = document;
    QJsonObject checker = badChecker.value(QStringLiteral("checker")).toObject();
    QByteArray signatureBytes = QByteArray::fromBase64(checkerSignature);
    signatureBytes[5] = char(signatureBytes.at(5) ^ 0x01);
    checker.insert(QStringLiteral("signature"), QString::fromLatin1(signatureBytes.toBase64()));
    badChecker.insert(QStringLiteral("checker"), checker);
    QVERIFY(write(base + QStringLiteral(".signoff.json"), QJsonDocument(badChecker).toJson()));
    review = BatchFileReviewer::reviewPath(file, trusting);
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
    QVERIFY2(review.signOffDetail.contains(
                 QStringLiteral("the checker's countersignature (%1) does not verify").arg(checkerOfficer.id)),
             qPrintable(review.signOffDetail));
    const auto stranger = load(m_keys.value(kind + QStringLiteral("-stranger")).privateKey);
    checker.insert(
        QStringLiteral("signature"),
        QString::fromLatin1(stranger->signMessage(SignOffVerifier::checkerMessage(manifest, makerSignature), &error)));
    badChecker.insert(QStringLiteral("checker"), checker);
    QVERIFY(write(base + QStringLiteral(".signoff.json"), QJsonDocument(badChecker).toJson()));
    review = BatchFileReviewer::reviewPath(file, trusting);
    QCOMPARE(review.signOffValid, std::optional<bool>(false));
}

void TestSignOff::refusesWhatIsNotASignOff()
{
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")),
                                                m_dir.filePath(QStringLiteral("refuse.csv")), 22, 20);
    QVERIFY(fixture.database && !fixture.batches.isEmpty());
    Database& database = *fixture.database;
    const qint64 batchId = fixture.batches.first();
    BatchSignOff signOff(database);
    QString error;
    // Signing in with another officer's key is refused; so is signing off without signing in.
    std::shared_ptr<const SigningKey> checkerKey = database.keyring().find(PreparedCycle::checker.id)->key;
    std::shared_ptr<const SigningKey> makerKey = database.keyring().find(PreparedCycle::maker.id)->key;
    database.keyring().remove(PreparedCycle::maker.id);
    QVERIFY(!OfficerSignIn::signIn(database, PreparedCycle::maker.id, checkerKey, &error));
    QVERIFY2(error.contains(QStringLiteral("key")), qPrintable(error));
    QVERIFY(!signOff.sign(batchId, PreparedCycle::maker, &error));
    QVERIFY2(error.contains(QStringLiteral("amina has not signed in with their key")), qPrintable(error));
    QVERIFY2(OfficerSignIn::signIn(database, PreparedCycle::maker.id, makerKey, &error), qPrintable(error));
    // The checker before the maker.
    QVERIFY(!signOff.sign(batchId, PreparedCycle::checker, &error));
    QVERIFY2(error.contains(QStringLiteral("no maker's sign-off to countersign yet")), qPrintable(error));
    QVERIFY2(signOff.sign(batchId, PreparedCycle::maker, &error), qPrintable(error));
    QVERIFY(!signOff.sign(batchId, PreparedCycle::maker, &error));
    QVERIFY2(error.contains(QStringLiteral("already signed off by its maker (amina)")), qPrintable(error));
    // A checker certified for the maker's own key cannot countersign with it.
    const Officer twin{QStringLiteral("twin"), QStringLiteral("Same Key"), OfficerRole::Checker, true};
    QVERIFY2(TestOfficers::enrol(database, twin, makerKey, &error), qPrintable(error));
    QVERIFY(!signOff.sign(batchId, twin, &error));
    QVERIFY2(error.contains(QStringLiteral("holds the same key as the maker")), qPrintable(error));
    // A viewer signs nothing.
    const Officer viewer{QStringLiteral("vera"), QStringLiteral("Vera"), OfficerRole::Viewer, true};
    QVERIFY2(TestOfficers::enrol(database, viewer, &error), qPrintable(error));
    QVERIFY(!signOff.sign(batchId, viewer, &error));
    QVERIFY2(error.contains(QStringLiteral("signs nothing")), qPrintable(error));
    // Each certification and signature is in the audit log, signed.
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT action, signature FROM audit_entry WHERE action IN ('officer.certify', "
                                      "'batch.sign_off', 'batch.countersign') "
                                      "ORDER BY sequence")));
    QStringList actions;
    while (query.next()) {
        QVERIFY(!query.value(1).toString().isEmpty());
        actions.append(query.value(0).toString());
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("officer.certify"), QStringLiteral("officer.certify"),
                                   QStringLiteral("batch.sign_off"), QStringLiteral("officer.certify"),
                                   QStringLiteral("officer.certify")}));
}

void TestSignOff::releaseWaitsForBothSignatures()
{
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")),
                                                m_dir.filePath(QStringLiteral("release.csv")), 23, 20);
    QVERIFY(fixture.database && !fixture.batches.isEmpty());
    Database& database = *fixture.database;
    const qint64 batchId = fixture.batches.first();
    QString error;
    const auto batch = [&database, batchId] { return *storedBatch(database, batchId); };
    QCOMPARE(ReleaseGate(database).refusal(batch(), PreparedCycle::checker), std::nullopt);
    ReleasePolicy policy;
    policy.signOffRequired = true;
    QVERIFY(!ReleasePolicyRepository(database).save(1, policy, PreparedCycle::checker, &error));
    QVERIFY2(ReleasePolicyRepository(database).save(1, policy, PreparedCycle::maker, &error), qPrintable(error));
    auto refusal = ReleaseGate(database).refusal(batch(), PreparedCycle::checker);
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(QStringLiteral("nobody signed the manifest")), qPrintable(*refusal));
    BatchSignOff signOff(database);
    QVERIFY2(signOff.sign(batchId, PreparedCycle::maker, &error), qPrintable(error));
    refusal = ReleaseGate(database).refusal(batch(), PreparedCycle::checker);
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(QStringLiteral("not yet countersigned")), qPrintable(*refusal));
    QVERIFY2(signOff.sign(batchId, PreparedCycle::checker, &error), qPrintable(error));
    QCOMPARE(ReleaseGate(database).refusal(batch(), PreparedCycle::checker), std::nullopt);
    // Another batch of the same cycle is not covered by this one's sign-off.
    if (fixture.batches.size() > 1) {
        refusal = ReleaseGate(database).refusal(*storedBatch(database, fixture.batches.at(1)), PreparedCycle::checker);
        QVERIFY(refusal);
    }
}

QTEST_GUILESS_MAIN(TestSignOff)
#include "tst_signoff.moc"
