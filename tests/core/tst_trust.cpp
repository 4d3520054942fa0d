// Who acted is proven (DESIGN.md §7): each test forges an act without the right private key, or
// edits the database behind PayDesk's back, and checks that signing in, the officer registry or
// the auditor's verification against the anchor catches it. Real SQLite file, real OpenSSL.

#include "TestClock.h"
#include "TestOfficers.h"

#include "audit/AuditLog.h"
#include "batching/SigningKey.h"
#include "officers/OfficerAdministration.h"
#include "officers/OfficerRepository.h"
#include "storage/Database.h"
#include "trust/AuditCheckpoints.h"
#include "trust/AuditVerifier.h"
#include "trust/CertificateAuthority.h"
#include "trust/CertificateRequest.h"
#include "trust/OfficerKeyring.h"
#include "trust/OfficerSignIn.h"
#include "trust/TrustStore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TrustTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    const Officer m_maker{QStringLiteral("amina"), QStringLiteral("Amina Diallo"), OfficerRole::Maker, true};
    const Officer m_checker{QStringLiteral("kofi"), QStringLiteral("Kofi Mensah"), OfficerRole::Checker, true};

    std::unique_ptr<Database> officeWithTwoOfficers()
    {
        QString error;
        auto database = Database::open(m_dir.filePath(QStringLiteral("office%1.sqlite").arg(++m_databases)), &error);
        if (!database || !TestOfficers::enrol(*database, m_maker, &error) ||
            !TestOfficers::enrol(*database, m_checker, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return database;
    }
    Certificate anchorOf(Database& database) { return *TrustStore(database).anchor(); }
    AuditTrustReport verify(Database& database, const QList<AuditCheckpoint>& brought = {})
    {
        return AuditVerifier(database, anchorOf(database)).verify(brought);
    }
    static void appendAs(Database& database, const QString& officer, const QString& action)
    {
        AuditEntry entry = AuditEntry::now(officer, action, QStringLiteral("cycle"), QStringLiteral("1"));
        QString error;
        QVERIFY2(AuditLog(database).append(entry, &error), qPrintable(error));
    }
    // Rewrites the chain from `from` on, each hash recomputed, as someone with the database but
    // no officer's key could.
    static void rechain(Database& database, qint64 from)
    {
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT hash FROM audit_entry WHERE sequence = %1").arg(from - 1)));
        QString previous = query.next() ? query.value(0).toString() : AuditLog::genesisHash();
        query.finish();
        QList<AuditEntry> entries = AuditLog(database).latest(100000);
        std::reverse(entries.begin(), entries.end());
        for (AuditEntry entry : entries) {
            if (entry.sequence < from) {
                continue;
            }
            entry.previousHash = previous;
            entry.hash = AuditLog::hashOf(entry);
            QSqlQuery update(database.connection());
            update.prepare(QStringLiteral("UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE sequence = ?"));
            update.addBindValue(entry.previousHash);
            update.addBindValue(entry.hash);
            update.addBindValue(entry.sequence);
            QVERIFY(update.exec());
            previous = entry.hash;
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anHonestLogStandsAndNamesItsSigners()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        appendAs(*database, m_maker.id, QStringLiteral("cycle.submit"));
        appendAs(*database, m_checker.id, QStringLiteral("cycle.approve"));
        const AuditTrustReport report = verify(*database);
        QVERIFY2(report.chain.intact, qPrintable(report.chain.problem));
        QStringList signers;
        for (const AuditTrustReport::Signer& signer : report.signers) {
            signers.append(signer.officer + u':' + signer.role);
        }
        QCOMPARE(signers, (QStringList{QStringLiteral("admin:administrator"), QStringLiteral("amina:maker"),
                                       QStringLiteral("kofi:checker")}));
        QCOMPARE(report.checkpointsChecked, 2); // one per officer signing in (the test administrator never signs in)
    }

    void anActBySomeoneNotSignedInIsRefused()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        database->keyring().remove(m_checker.id);
        AuditEntry entry = AuditEntry::now(m_checker.id, QStringLiteral("cycle.approve"), QStringLiteral("cycle"),
                                           QStringLiteral("1"));
        QString error;
        QVERIFY(!AuditLog(*database).append(entry, &error));
        QVERIFY2(error.contains(QStringLiteral("has not signed in")), qPrintable(error));
    }

    void signingInNeedsTheCertifiedKey()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        QString error;
        std::shared_ptr<const SigningKey> stranger = SigningKey::generateEd25519(&error);
        QVERIFY(!OfficerSignIn::signIn(*database, m_checker.id, stranger, &error));
        QVERIFY2(error.contains(QStringLiteral("no certificate of kofi is for this key")), qPrintable(error));

        // A certificate from another CA, for the checker's name, is refused when an administrator tries to certify it.
        const auto otherRoot = SigningKey::generateEd25519(&error);
        const auto otherAnchor = CertificateAuthority::makeAnchor(*otherRoot, QStringLiteral("mallory"), 1, &error);
        const auto foreign =
            CertificateAuthority(*otherRoot, *otherAnchor).certify(m_checker.id, stranger->publicKeyPem(), 30, &error);
        QVERIFY(foreign);
        QVERIFY(!OfficerAdministration(*database, TestOfficers::administrator).certify(m_checker.id, *foreign, &error));
        QVERIFY2(error.contains(QStringLiteral("was not issued by")), qPrintable(error));
        // ...and kept behind PayDesk's back, it still does not sign anyone in.
        QVERIFY(TrustStore(*database).addCertificate(m_checker.id, *foreign, &error));
        QVERIFY(!OfficerSignIn::signIn(*database, m_checker.id, stranger, &error));
        QVERIFY2(error.contains(QStringLiteral("was not issued by")), qPrintable(error));
    }

    // A certificate counts only within its validity (a year for these), on the clock of sign-in.
    void aCertificateOutOfItsTimeSignsNobodyIn()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        const std::shared_ptr<const SigningKey> checkerKey = database->keyring().find(m_checker.id)->key;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        TestClock clock(now.addDays(366));
        QVERIFY(!OfficerSignIn::signIn(*database, m_checker.id, checkerKey, &error, clock));
        QVERIFY2(error.contains(QStringLiteral("the certificate of kofi is valid from")), qPrintable(error));
        clock.set(now.addDays(-1));
        QVERIFY(!OfficerSignIn::signIn(*database, m_checker.id, checkerKey, &error, clock));
        QVERIFY2(error.contains(QStringLiteral("the certificate of kofi is valid from")), qPrintable(error));
        clock.set(now.addDays(364));
        QVERIFY2(OfficerSignIn::signIn(*database, m_checker.id, checkerKey, &error, clock), qPrintable(error));
    }

    // An administrator certifies a key only while its certificate is valid, on the administration's clock.
    void aCertificateOutOfItsTimeIsNotCertified()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        const OfficerCredential* admin = database->keyring().find(TestOfficers::administrator);
        QVERIFY(admin);
        QString error;
        const auto newKey = SigningKey::generateEd25519(&error);
        QVERIFY2(newKey, qPrintable(error));
        const auto certificate = CertificateAuthority(*admin->key, admin->certificate)
                                     .certify(m_checker.id, newKey->publicKeyPem(), 30, &error);
        QVERIFY2(certificate, qPrintable(error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TestClock clock(now.addDays(31));
        QVERIFY(!OfficerAdministration(*database, TestOfficers::administrator, clock)
                     .certify(m_checker.id, *certificate, &error));
        QVERIFY2(error.contains(QStringLiteral("valid from")), qPrintable(error));
        clock.set(now.addDays(29));
        QVERIFY2(OfficerAdministration(*database, TestOfficers::administrator, clock)
                     .certify(m_checker.id, *certificate, &error),
                 qPrintable(error));
    }

    void aRevokedKeyAndADeactivatedOfficerCannotSignIn()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        const std::shared_ptr<const SigningKey> makerKey = database->keyring().find(m_maker.id)->key;
        const QString makerCertificate = database->keyring().find(m_maker.id)->certificate.fingerprint();
        const std::shared_ptr<const SigningKey> checkerKey = database->keyring().find(m_checker.id)->key;
        OfficerAdministration administration(*database, TestOfficers::administrator);
        QString error;
        QVERIFY2(administration.revokeKey(m_maker.id, makerCertificate, &error), qPrintable(error));
        QVERIFY2(administration.deactivate(m_checker.id, &error), qPrintable(error));
        QVERIFY(!OfficerSignIn::signIn(*database, m_maker.id, makerKey, &error));
        QVERIFY2(error.contains(QStringLiteral("revoked")), qPrintable(error));
        QVERIFY(!OfficerSignIn::signIn(*database, m_checker.id, checkerKey, &error));
        QVERIFY2(error.contains(QStringLiteral("not an active officer")), qPrintable(error));
    }

    void onlyAnAdministratorManagesOfficers()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        QString error;
        QVERIFY(!OfficerAdministration(*database, m_maker.id).changeRole(m_maker.id, OfficerRole::Checker, &error));
        QVERIFY2(error.contains(QStringLiteral("not an active administrator")), qPrintable(error));
        QCOMPARE(OfficerRepository(*database).find(m_maker.id)->role, OfficerRole::Maker);
    }

    void aGrantWrittenWithTheMakersOwnKeyCountsForNothing()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        // The maker appends a well-chained, well-signed "officer.role" entry making themself a checker.
        AuditEntry grant =
            AuditEntry::now(m_maker.id, QStringLiteral("officer.role"), QStringLiteral("officer"), m_maker.id);
        grant.after = AuditEntry::state(QJsonObject{{QStringLiteral("role"), QStringLiteral("checker")}});
        QString error;
        QVERIFY(AuditLog(*database).append(grant, &error));
        OfficerRepository officers(*database);
        QCOMPARE(officers.find(m_maker.id)->role, OfficerRole::Maker);
        QVERIFY(!officers.problems().isEmpty());
        const AuditTrustReport report = verify(*database);
        QVERIFY(!report.chain.intact);
        QVERIFY2(report.chain.problem.contains(QStringLiteral("only an administrator")),
                 qPrintable(report.chain.problem));
    }

    void aGrantEditedInTheDatabaseCountsForNothing()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        QSqlQuery edit(database->connection());
        QVERIFY(edit.exec(
            QStringLiteral("UPDATE audit_entry SET after_state = '{\"name\":\"Amina Diallo\",\"role\":\"checker\"}' "
                           "WHERE action = 'officer.add' AND subject_id = 'amina'")));
        QCOMPARE(OfficerRepository(*database).find(m_maker.id)->active, false);
        rechain(*database, 1); // even with every hash recomputed
        QCOMPARE(OfficerRepository(*database).find(m_maker.id)->role, OfficerRole::Viewer);
        const AuditTrustReport report = verify(*database);
        QVERIFY(!report.chain.intact);
        QVERIFY2(report.chain.problem.contains(QStringLiteral("signature does not verify")),
                 qPrintable(report.chain.problem));
    }

    void anEntryWrittenStraightIntoSqliteIsCaught()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        AuditEntry forged = AuditEntry::now(m_checker.id, QStringLiteral("cycle.approve"), QStringLiteral("cycle"),
                                            QStringLiteral("7"));
        const QList<AuditEntry> last = AuditLog(*database).latest(1);
        forged.sequence = last.first().sequence + 1;
        forged.previousHash = last.first().hash;
        forged.hash = AuditLog::hashOf(forged);
        QSqlQuery insert(database->connection());
        insert.prepare(
            QStringLiteral("INSERT INTO audit_entry (sequence, occurred_at, officer, action, subject_type, subject_id, "
                           "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value :
             {QVariant(forged.sequence), QVariant(forged.occurredAt.toString(Qt::ISODateWithMs)),
              QVariant(forged.officer), QVariant(forged.action), QVariant(forged.subjectType),
              QVariant(forged.subjectId), QVariant(forged.previousHash), QVariant(forged.hash)}) {
            insert.addBindValue(value);
        }
        QVERIFY(insert.exec());
        QVERIFY(AuditLog(*database).verify().intact); // the chain alone is fooled
        const AuditTrustReport report = verify(*database);
        QVERIFY(!report.chain.intact);
        QCOMPARE(report.chain.brokenAtSequence, forged.sequence);
        QVERIFY2(report.chain.problem.contains(QStringLiteral("not signed")), qPrintable(report.chain.problem));
    }

    void aDeletedTailIsCaughtByAnyLaterCheckpoint()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        appendAs(*database, m_maker.id, QStringLiteral("cycle.submit"));
        appendAs(*database, m_checker.id, QStringLiteral("cycle.approve"));
        QString error;
        const auto carried = AuditCheckpoints(*database).take(m_checker.id, &error); // as an artifact carries it
        QVERIFY2(carried, qPrintable(error));
        QSqlQuery cut(database->connection());
        QVERIFY(cut.exec(QStringLiteral("DELETE FROM audit_entry WHERE sequence > %1").arg(carried->entries - 2)));
        QVERIFY(!verify(*database).chain.intact); // the checkpoints kept in the database catch it
        QVERIFY(cut.exec(QStringLiteral("DELETE FROM audit_checkpoint")));
        QVERIFY(verify(*database).chain.intact); // with those gone too, only an outside checkpoint can tell
        const AuditTrustReport report = verify(*database, {*carried});
        QVERIFY(!report.chain.intact);
        QVERIFY2(report.chain.problem.contains(QStringLiteral("removed from its end")),
                 qPrintable(report.chain.problem));
    }

    void aRecomputedChainIsCaughtBySignaturesAndCheckpoints()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        appendAs(*database, m_maker.id, QStringLiteral("cycle.submit"));
        appendAs(*database, m_checker.id, QStringLiteral("cycle.approve"));
        QString error;
        const auto carried = AuditCheckpoints(*database).take(m_checker.id, &error);
        QSqlQuery edit(database->connection());
        QVERIFY(edit.exec(QStringLiteral("DELETE FROM audit_entry WHERE action = 'cycle.submit'")));
        QVERIFY(edit.exec(QStringLiteral("UPDATE audit_entry SET sequence = sequence - 1 WHERE sequence > %1")
                              .arg(carried->entries - 2)));
        rechain(*database, carried->entries - 1);
        QVERIFY(AuditLog(*database).verify().intact); // the chain alone is fooled
        const AuditTrustReport report = verify(*database, {*carried});
        QVERIFY(!report.chain.intact);
        QVERIFY2(report.chain.problem.contains(QStringLiteral("signature does not verify")),
                 qPrintable(report.chain.problem));
    }

    void aForeignAnchorTrustsNothing()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        QString error;
        const auto root = SigningKey::generateEd25519(&error);
        const auto foreign = CertificateAuthority::makeAnchor(*root, QStringLiteral("admin"), 1, &error);
        const AuditTrustReport report = AuditVerifier(*database, *foreign).verify();
        QVERIFY(!report.chain.intact);
        QVERIFY2(report.chain.problem.contains(QStringLiteral("does not carry a valid signature")),
                 qPrintable(report.chain.problem));
    }

    void anOfficersRequestMadeOnTheirOwnMachineIsCertified()
    {
        const auto database = officeWithTwoOfficers();
        QVERIFY(database);
        QString error;
        const auto key = SigningKey::generateEd25519(&error);
        const QByteArray request = CertificateRequest::make(*key, QStringLiteral("zola"), &error);
        const auto asked = CertificateRequest::read(request, &error);
        QVERIFY2(asked, qPrintable(error));
        QCOMPARE(asked->officerId, QStringLiteral("zola"));
        QByteArray tampered = request;
        tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
        QVERIFY(!CertificateRequest::read(tampered, &error));
        // The key file is encrypted with scrypt, and the wrong passphrase opens nothing.
        const QByteArray pem = key->encryptedPem("zola's passphrase", &error);
        QVERIFY(pem.contains("ENCRYPTED PRIVATE KEY"));
        QVERIFY(!SigningKey::fromPem(pem, "not zola's", &error));
        QVERIFY(SigningKey::fromPem(pem, "zola's passphrase", &error));
    }
};

QTEST_GUILESS_MAIN(TrustTest)
#include "tst_trust.moc"
