#include "PreparedCycle.h"
#include "TestDatabases.h"
#include "TestOfficers.h"

#include "audit/AuditLog.h"
#include "batching/SigningKey.h"
#include "evidence/EvidencePack.h"
#include "evidence/EvidencePackVerifier.h"
#include "signoff/BatchSignOff.h"
#include "trust/CertificateAuthority.h"
#include "trust/TrustStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The evidence pack round trip: made from a cycle whose first batch is signed off and
// countersigned, it checks clean with its folder and the administrator's certificate alone; each way
// of changing it — a byte in a batch, an audit entry, a file added or removed, and forgeries whose
// maker also rewrote the hashes and the index (an entry, a role grant, the checkpoint) — is caught
// and named; against no anchor or another administrator's, nothing signed is proven.
class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();

private:
    static QByteArray read(const QString& path);
    static bool write(const QString& path, const QByteArray& bytes);

    TestDatabases m_databases;
    QTemporaryDir m_dir;
    QString m_pristine;  // a sealed pack, copied for each row
    QByteArray m_anchor; // the administrator's certificate the auditor trusts
};

QByteArray TestEvidence::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestEvidence::write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void TestEvidence::initTestCase()
{
    QVERIFY(m_dir.isValid());
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")),
                                                m_dir.filePath(QStringLiteral("registry.csv")), 41, 30);
    QVERIFY(fixture.database && fixture.batches.size() >= 2);
    Database& database = *fixture.database;
    BatchSignOff signOff(database);
    QString error;
    for (const Officer& officer : {PreparedCycle::maker, PreparedCycle::checker}) {
        QVERIFY2(signOff.sign(fixture.batches.first(), officer, &error), qPrintable(error));
    }
    m_anchor = TrustStore(database).anchor()->pem();
    m_pristine = m_dir.filePath(QStringLiteral("pack"));
    // Made by an officer who has not signed in: refused (the pack's checkpoint is signed).
    QVERIFY(!EvidencePack::write(database, fixture.cycleId, 0, m_dir.filePath(QStringLiteral("unsigned")),
                                 QStringLiteral("auditor"), &error));
    QVERIFY2(EvidencePack::write(database, fixture.cycleId, 0, m_pristine, PreparedCycle::checker.id, &error),
             qPrintable(error));
    QVERIFY(!EvidencePack::write(database, fixture.cycleId, 0, m_pristine, PreparedCycle::checker.id, &error));
    QVERIFY2(error.contains(QStringLiteral("is not empty")), qPrintable(error));
    QVERIFY2(EvidencePack::seal(m_pristine, &error), qPrintable(error));
    const EvidenceCheck check = EvidencePackVerifier::verify(m_pristine, m_anchor);
    QVERIFY2(check.clean(),
             check.problems.isEmpty() ? qPrintable(check.error) : qPrintable(check.problems.first().problem));
    QVERIFY2(check.held.join(u'\n').contains(QStringLiteral("signed by officers the anchor certified")),
             qPrintable(check.held.join(u'\n')));
    // Against no anchor, or another administrator's, the same pack proves nothing signed.
    QVERIFY(!EvidencePackVerifier::verify(m_pristine, {}).clean());
    const std::shared_ptr<const SigningKey> otherKey = SigningKey::generateEd25519(&error);
    const auto otherAnchor = CertificateAuthority::makeAnchor(*otherKey, TestOfficers::administrator, 10, &error);
    QVERIFY2(otherAnchor, qPrintable(error));
    QVERIFY(!EvidencePackVerifier::verify(m_pristine, otherAnchor->pem()).clean());
    QVERIFY2(check.held.join(u'\n').contains(QStringLiteral("%1 batch bundles reviewed").arg(fixture.batches.size())),
             qPrintable(check.held.join(u'\n')));
    QVERIFY(check.held.join(u'\n').contains(QStringLiteral("approved by 1 of the 1 checker(s)")));
    // The batch that was signed off carries both signatures in the pack.
    const QJsonObject approvals =
        QJsonDocument::fromJson(read(QDir(m_pristine).filePath(QStringLiteral("approvals.json")))).object();
    QCOMPARE(approvals.value(QStringLiteral("approvals"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("officer"))
                 .toString(),
             PreparedCycle::checker.id);
    QCOMPARE(
        QDir(QDir(m_pristine).filePath(QStringLiteral("batches"))).entryList({QStringLiteral("*.signoff.json")}).size(),
        1);

    // A pack of one batch holds that batch only.
    const QString single = m_dir.filePath(QStringLiteral("single"));
    QVERIFY2(EvidencePack::write(database, fixture.cycleId, fixture.batches.at(1), single, PreparedCycle::checker.id,
                                 &error),
             qPrintable(error));
    QVERIFY(EvidencePack::seal(single, &error));
    QVERIFY(EvidencePackVerifier::verify(single, m_anchor).clean());
    QCOMPARE(
        QDir(QDir(single).filePath(QStringLiteral("batches"))).entryList({QStringLiteral("*.manifest.json")}).size(),
        1);
}

void TestEvidence::roundTrip_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("reseal"); // the forger rewrites the index too
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("said");
    QTest::newRow("byte in a batch") << QStringLiteral("batch-byte") << false << QStringLiteral("batches/")
                                     << QStringLiteral("SHA-256 differs");
    QTest::newRow("byte in a batch, resealed")
        << QStringLiteral("batch-byte") << true << QStringLiteral("batches/") << QStringLiteral("the file was changed");
    QTest::newRow("manifest rewritten to match, resealed")
        << QStringLiteral("batch-and-manifest") << true << QStringLiteral("batches/")
        << QStringLiteral("sign-off: the manifest is not the one signed");
    QTest::newRow("audit entry edited, resealed")
        << QStringLiteral("audit") << true << QStringLiteral("audit.json") << QStringLiteral("does not match its hash");
    QTest::newRow("approver swapped, resealed")
        << QStringLiteral("approver") << true << QStringLiteral("approvals.json")
        << QStringLiteral("approved the cycle they made");
    QTest::newRow("audit entry edited and rehashed, resealed")
        << QStringLiteral("audit-rehashed") << true << QStringLiteral("audit.json") << QStringLiteral("signature");
    QTest::newRow("role grant forged and rehashed, resealed")
        << QStringLiteral("grant") << true << QStringLiteral("trust.json") << QStringLiteral("signature");
    QTest::newRow("checkpoint moved back, resealed")
        << QStringLiteral("checkpoint") << true << QStringLiteral("trust.json") << QStringLiteral("does not verify");
    QTest::newRow("file added") << QStringLiteral("add") << false << QStringLiteral("extra.txt")
                                << QStringLiteral("was added after the pack was made");
    QTest::newRow("file removed") << QStringLiteral("remove") << false << QStringLiteral("payments.csv")
                                  << QStringLiteral("missing or unreadable");
}

void TestEvidence::roundTrip()
{
    QFETCH(QString, change);
    QFETCH(bool, reseal);
    QFETCH(QString, file);
    QFETCH(QString, said);
    const QString pack = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u','));
    QDirIterator it(m_pristine, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(pack).filePath(QDir(m_pristine).relativeFilePath(source));
        QVERIFY(QDir().mkpath(QFileInfo(target).path()) && QFile::copy(source, target));
    }
    QVERIFY(EvidencePackVerifier::verify(pack, m_anchor).clean());
    const QDir dir(pack);
    const QDir batches(dir.filePath(QStringLiteral("batches")));
    const QString signedBatch = batches.filePath(batches.entryList({QStringLiteral("*.signoff.json")})
                                                     .first()
                                                     .replace(QStringLiteral(".signoff.json"), QStringLiteral(".csv")));
    if (change.startsWith(u"batch")) {
        QByteArray bytes = read(signedBatch);
        bytes.replace(",25,", ",52,");
        QVERIFY(write(signedBatch, bytes));
        if (change == u"batch-and-manifest") {
            const QString manifestPath =
                QString(signedBatch).replace(QStringLiteral(".csv"), QStringLiteral(".manifest.json"));
            QByteArray manifest = read(manifestPath);
            const QByteArray oldSha =
                QJsonDocument::fromJson(manifest).object().value(QStringLiteral("sha256")).toString().toLatin1();
            manifest.replace(oldSha, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            QVERIFY(write(manifestPath, manifest));
        }
    } else if (change == u"audit") {
        QByteArray bytes = read(dir.filePath(QStringLiteral("audit.json")));
        QVERIFY(bytes.contains("\"officer\": \"kofi\""));
        bytes.replace("\"officer\": \"kofi\"", "\"officer\": \"kwame\"");
        QVERIFY(write(dir.filePath(QStringLiteral("audit.json")), bytes));
    } else if (change == u"audit-rehashed" || change == u"grant") {
        // The forger knows how hashes are made: the entry is changed and its hash recomputed.
        const bool grant = change == u"grant";
        const QString name = grant ? QStringLiteral("trust.json") : QStringLiteral("audit.json");
        QJsonDocument document = QJsonDocument::fromJson(read(dir.filePath(name)));
        QJsonArray entries = grant ? document.object().value(QStringLiteral("grants")).toArray() : document.array();
        bool changed = false;
        for (qsizetype i = 0; i < entries.size() && !changed; ++i) {
            AuditEntry entry = AuditEntry::fromJson(entries.at(i).toObject());
            if (grant ? entry.action == u"officer.add" && entry.subjectId == PreparedCycle::maker.id
                      : entry.action == u"cycle.approve") {
                if (grant) {
                    entry.after.replace(QStringLiteral("\"maker\""), QStringLiteral("\"checker\""));
                } else {
                    entry.after.append(QStringLiteral(" "));
                }
                entry.hash = AuditLog::hashOf(entry);
                entries.replace(i, entry.toJson());
                changed = true;
            }
        }
        QVERIFY(changed);
        if (grant) {
            QJsonObject object = document.object();
            object.insert(QStringLiteral("grants"), entries);
            document.setObject(object);
        } else {
            document.setArray(entries);
        }
        QVERIFY(write(dir.filePath(name), document.toJson()));
    } else if (change == u"checkpoint") {
        QJsonObject trust = QJsonDocument::fromJson(read(dir.filePath(QStringLiteral("trust.json")))).object();
        QJsonObject checkpoint = trust.value(QStringLiteral("checkpoint")).toObject();
        checkpoint.insert(QStringLiteral("entries"), checkpoint.value(QStringLiteral("entries")).toInteger() - 3);
        trust.insert(QStringLiteral("checkpoint"), checkpoint);
        QVERIFY(write(dir.filePath(QStringLiteral("trust.json")), QJsonDocument(trust).toJson()));
    } else if (change == u"approver") {
        QByteArray bytes = read(dir.filePath(QStringLiteral("approvals.json")));
        bytes.replace("\"officer\": \"kofi\"", "\"officer\": \"amina\"");
        QVERIFY(write(dir.filePath(QStringLiteral("approvals.json")), bytes));
    } else if (change == u"add") {
        QVERIFY(write(dir.filePath(file), "unlisted"));
    } else {
        QVERIFY(QFile::remove(dir.filePath(file)));
    }
    QString error;
    if (reseal) {
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("pack.json"))));
        QVERIFY2(EvidencePack::seal(pack, &error), qPrintable(error));
    }
    const EvidenceCheck check = EvidencePackVerifier::verify(pack, m_anchor);
    QVERIFY(check.readable);
    QVERIFY(!check.clean());
    QStringList problems;
    bool named = false;
    for (const EvidenceCheck::Problem& problem : check.problems) {
        problems.append(problem.file + QStringLiteral(": ") + problem.problem);
        named = named || (problem.file.startsWith(file) && problem.problem.contains(said));
    }
    QVERIFY2(named, qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
