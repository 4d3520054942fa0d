#include "PreparedCycle.h"
#include "TestDatabases.h"
#include "TestKeys.h"

#include "batching/SigningKey.h"
#include "evidence/EvidencePack.h"
#include "evidence/EvidencePackVerifier.h"
#include "signoff/BatchSignOff.h"

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
// countersigned, it checks clean with nothing but its folder; each way of changing it — a byte in a
// batch, an audit entry, a file added or removed, and forgeries whose maker also rewrote the index —
// is caught and named.
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
    QString m_pristine; // a sealed pack, copied for each row
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
    PreparedCycle fixture = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")), m_dir.filePath(QStringLiteral("registry.csv")), 41, 30);
    QVERIFY(fixture.database && fixture.batches.size() >= 2);
    Database& database = *fixture.database;
    BatchSignOff signOff(database);
    QString error;
    for (const Officer& officer : {PreparedCycle::maker, PreparedCycle::checker}) {
        const QString key = m_dir.filePath(officer.id + QStringLiteral(".key"));
        const QString publicKey = m_dir.filePath(officer.id + QStringLiteral(".pub"));
        QVERIFY(makeTestEd25519Key(key, publicKey));
        QVERIFY2(signOff.registerKey(officer.id, read(publicKey), officer.id, &error), qPrintable(error));
        QVERIFY2(signOff.sign(fixture.batches.first(), officer, *SigningKey::fromFile(key, {}, &error), &error), qPrintable(error));
    }
    m_pristine = m_dir.filePath(QStringLiteral("pack"));
    QVERIFY2(EvidencePack::write(database, fixture.cycleId, 0, m_pristine, QStringLiteral("auditor"), &error), qPrintable(error));
    QVERIFY(!EvidencePack::write(database, fixture.cycleId, 0, m_pristine, QStringLiteral("auditor"), &error));
    QVERIFY2(error.contains(QStringLiteral("is not empty")), qPrintable(error));
    QVERIFY2(EvidencePack::seal(m_pristine, &error), qPrintable(error));
    const EvidenceCheck check = EvidencePackVerifier::verify(m_pristine);
    QVERIFY2(check.clean(), check.problems.isEmpty() ? qPrintable(check.error) : qPrintable(check.problems.first().problem));
    QVERIFY2(check.held.join(u'\n').contains(QStringLiteral("%1 batch bundles reviewed").arg(fixture.batches.size())), qPrintable(check.held.join(u'\n')));
    QVERIFY(check.held.join(u'\n').contains(QStringLiteral("approved by 1 of the 1 checker(s)")));
    // The batch that was signed off carries both signatures in the pack.
    const QJsonObject approvals = QJsonDocument::fromJson(read(QDir(m_pristine).filePath(QStringLiteral("approvals.json")))).object();
    QCOMPARE(approvals.value(QStringLiteral("approvals")).toArray().first().toObject().value(QStringLiteral("officer")).toString(),
             PreparedCycle::checker.id);
    QCOMPARE(QDir(QDir(m_pristine).filePath(QStringLiteral("batches"))).entryList({QStringLiteral("*.signoff.json")}).size(), 1);

    // A pack of one batch holds that batch only.
    const QString single = m_dir.filePath(QStringLiteral("single"));
    QVERIFY2(EvidencePack::write(database, fixture.cycleId, fixture.batches.at(1), single, QStringLiteral("auditor"), &error), qPrintable(error));
    QVERIFY(EvidencePack::seal(single, &error));
    QVERIFY(EvidencePackVerifier::verify(single).clean());
    QCOMPARE(QDir(QDir(single).filePath(QStringLiteral("batches"))).entryList({QStringLiteral("*.manifest.json")}).size(), 1);
}

void TestEvidence::roundTrip_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("reseal"); // the forger rewrites the index too
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("said");
    QTest::newRow("byte in a batch") << QStringLiteral("batch-byte") << false << QStringLiteral("batches/") << QStringLiteral("SHA-256 differs");
    QTest::newRow("byte in a batch, resealed") << QStringLiteral("batch-byte") << true << QStringLiteral("batches/") << QStringLiteral("the file was changed");
    QTest::newRow("manifest rewritten to match, resealed") << QStringLiteral("batch-and-manifest") << true << QStringLiteral("batches/")
                                                           << QStringLiteral("sign-off: the manifest is not the one signed");
    QTest::newRow("audit entry edited, resealed") << QStringLiteral("audit") << true << QStringLiteral("audit.json") << QStringLiteral("does not match its hash");
    QTest::newRow("approver swapped, resealed") << QStringLiteral("approver") << true << QStringLiteral("approvals.json") << QStringLiteral("approved the cycle they made");
    QTest::newRow("file added") << QStringLiteral("add") << false << QStringLiteral("extra.txt") << QStringLiteral("was added after the pack was made");
    QTest::newRow("file removed") << QStringLiteral("remove") << false << QStringLiteral("payments.csv") << QStringLiteral("missing or unreadable");
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
    QVERIFY(EvidencePackVerifier::verify(pack).clean());
    const QDir dir(pack);
    const QDir batches(dir.filePath(QStringLiteral("batches")));
    const QString signedBatch = batches.filePath(batches.entryList({QStringLiteral("*.signoff.json")}).first().replace(QStringLiteral(".signoff.json"), QStringLiteral(".csv")));
    if (change.startsWith(u"batch")) {
        QByteArray bytes = read(signedBatch);
        bytes.replace(",25,", ",52,");
        QVERIFY(write(signedBatch, bytes));
        if (change == u"batch-and-manifest") {
            const QString manifestPath = QString(signedBatch).replace(QStringLiteral(".csv"), QStringLiteral(".manifest.json"));
            QByteArray manifest = read(manifestPath);
            const QByteArray oldSha = QJsonDocument::fromJson(manifest).object().value(QStringLiteral("sha256")).toString().toLatin1();
            manifest.replace(oldSha, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            QVERIFY(write(manifestPath, manifest));
        }
    } else if (change == u"audit") {
        QByteArray bytes = read(dir.filePath(QStringLiteral("audit.json")));
        QVERIFY(bytes.contains("\"officer\": \"kofi\""));
        bytes.replace("\"officer\": \"kofi\"", "\"officer\": \"kwame\"");
        QVERIFY(write(dir.filePath(QStringLiteral("audit.json")), bytes));
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
    const EvidenceCheck check = EvidencePackVerifier::verify(pack);
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
