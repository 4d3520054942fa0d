#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// A real Secret Service keychain for the tests, as GNOME runs it: a private D-Bus session bus and
// an unlocked gnome-keyring-daemon on it, in a folder of the test's own (HOME, XDG_RUNTIME_DIR), so
// no officer's keychain is touched. Programs the test starts get environment(); both daemons stop
// with the object. The test process itself uses forThisProcess(): GLib keeps one connection to
// the session bus per process and ends the process when that bus goes away, so that keyring
// lives as long as the process (its daemons die with it). Under CI a missing daemon is an error,
// not a skip (scripts/install-deps.sh installs them).
class TestKeyring
{
public:
    TestKeyring() = default;
    ~TestKeyring();

    bool start(QString* error);
    QProcessEnvironment environment() const;
    // The keyring this test process talks to, started on the first call; nullptr with the reason
    // when it cannot start.
    static const TestKeyring* forThisProcess(QString* error);
    static bool required() { return qEnvironmentVariableIsSet("CI"); }
    // Reads a secret the way another program would (secret-tool), to see what the keychain holds.
    QString lookUp(const QString& service, const QString& key) const;

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

// In a test function: `name` is the process's test keyring; without one the test fails under CI
// and is skipped elsewhere, saying why.
#define PAYDESK_TEST_KEYRING(name)                                                                                     \
    QString name##Problem;                                                                                             \
    const TestKeyring* name = TestKeyring::forThisProcess(&name##Problem);                                             \
    if (!name) {                                                                                                       \
        if (TestKeyring::required()) {                                                                                 \
            QFAIL(qPrintable(name##Problem));                                                                          \
        }                                                                                                              \
        QSKIP(qPrintable(name##Problem));                                                                              \
    }
