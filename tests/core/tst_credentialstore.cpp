#include "TestKeyring.h"

#include "credentials/CredentialStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// Secrets in a real Secret Service keychain (gnome-keyring on a private session bus), read back by
// another program (secret-tool); and where no keychain answers, the caller is told and nothing is
// written anywhere.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noKeychainIsSaidAndNothingIsWritten();
    void keepsReadsAndRemovesInTheSystemKeychain();
    void keysNameWhatTheSecretIsFor();
};

void TestCredentialStore::noKeychainIsSaidAndNothingIsWritten()
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.filePath(QStringLiteral("no-bus")).toUtf8());
    const CredentialStore store(5000);
    const CredentialStore::Answer written =
        store.write(QStringLiteral("operations-app password: test"), QStringLiteral("s3cret"));
    QCOMPARE(written.outcome, CredentialStore::Outcome::Unavailable);
    QVERIFY(!written.error.isEmpty());
    const CredentialStore::Answer read = store.read(QStringLiteral("operations-app password: test"));
    QCOMPARE(read.outcome, CredentialStore::Outcome::Unavailable);
    QVERIFY(read.secret.isEmpty());
    // No plaintext fallback: not a file was written in the home folder.
    QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestCredentialStore::keepsReadsAndRemovesInTheSystemKeychain()
{
    PAYDESK_TEST_KEYRING(keyring)
    const CredentialStore store;
    const QString key =
        CredentialStore::operationsPasswordKey(QStringLiteral("https://ops.example:8443"), QStringLiteral("mifos"));
    QCOMPARE(store.read(key).outcome, CredentialStore::Outcome::NotFound);
    const CredentialStore::Answer written = store.write(key, QString::fromUtf8("pâss wörd"));
    QVERIFY2(written.outcome == CredentialStore::Outcome::Done, qPrintable(written.error));
    QCOMPARE(keyring->lookUp(QStringLiteral("PayDesk"), key), QString::fromUtf8("pâss wörd"));
    const CredentialStore::Answer read = store.read(key);
    QCOMPARE(read.outcome, CredentialStore::Outcome::Done);
    QCOMPARE(read.secret, QString::fromUtf8("pâss wörd"));
    QVERIFY(store.write(key, QStringLiteral("changed")).outcome == CredentialStore::Outcome::Done);
    QCOMPARE(store.read(key).secret, QStringLiteral("changed"));
    QCOMPARE(store.remove(key).outcome, CredentialStore::Outcome::Done);
    QCOMPARE(store.read(key).outcome, CredentialStore::Outcome::NotFound);
    QCOMPARE(keyring->lookUp(QStringLiteral("PayDesk"), key), QString());
    QCOMPARE(store.remove(key).outcome, CredentialStore::Outcome::Done); // nothing left to remove
}

void TestCredentialStore::keysNameWhatTheSecretIsFor()
{
    const QString a = CredentialStore::operationsPasswordKey(QStringLiteral("https://ops.a"), QStringLiteral("mifos"));
    QVERIFY(a.contains(QStringLiteral("mifos")) && a.contains(QStringLiteral("https://ops.a")));
    QVERIFY(a != CredentialStore::operationsPasswordKey(QStringLiteral("https://ops.b"), QStringLiteral("mifos")));
    QVERIFY(a != CredentialStore::operationsPasswordKey(QStringLiteral("https://ops.a"), QStringLiteral("other")));
    QTemporaryDir dir;
    QFile key(dir.filePath(QStringLiteral("officer.pem")));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.close();
    // The same file reached by another path is the same key.
    QCOMPARE(CredentialStore::passphraseKey(dir.filePath(QStringLiteral("./officer.pem"))),
             CredentialStore::passphraseKey(dir.filePath(QStringLiteral("officer.pem"))));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
