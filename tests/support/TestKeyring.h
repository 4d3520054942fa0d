#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// A real Secret Service keychain for the tests, as GNOME runs it: a private D-Bus session bus and
// an unlocked gnome-keyring-daemon on it, in a folder of the test's own (HOME, XDG_RUNTIME_DIR), so
// no officer's keychain is touched. The test process uses it after useInThisProcess(); programs
// the test starts get environment(). Both daemons stop with the object. Under CI a missing daemon
// is an error, not a skip (scripts/install-deps.sh installs them).
class TestKeyring
{
public:
    TestKeyring() = default;
    ~TestKeyring();

    bool start(QString* error);
    QProcessEnvironment environment() const;
    void useInThisProcess() const;
    static bool required() { return qEnvironmentVariableIsSet("CI"); }
    // Reads a secret the way another program would (secret-tool), to see what the keychain holds.
    QString lookUp(const QString& service, const QString& key) const;

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};
