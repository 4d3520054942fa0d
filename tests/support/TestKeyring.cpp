#include "TestKeyring.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

TestKeyring::~TestKeyring()
{
    for (QProcess* process : {&m_keyring, &m_bus}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(3000)) {
                process->kill();
                process->waitForFinished(3000);
            }
        }
    }
}

bool TestKeyring::start(QString* error)
{
    const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (busDaemon.isEmpty() || keyringDaemon.isEmpty()) {
        *error = QStringLiteral("dbus-daemon or gnome-keyring-daemon is not installed (scripts/install-deps.sh)");
        return false;
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("home"));
    QDir(m_dir.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

#ifdef Q_OS_LINUX
    // The daemons die with the test, even one that crashed or keeps its keyring to the end.
    for (QProcess* process : {&m_bus, &m_keyring}) {
        process->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
    }
#endif
    m_bus.setProgram(busDaemon);
    m_bus.setArguments({QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    m_bus.setProcessChannelMode(QProcess::SeparateChannels);
    m_bus.start();
    if (!m_bus.waitForStarted(5000) || !m_bus.waitForReadyRead(5000)) {
        *error =
            QStringLiteral("dbus-daemon did not start: %1").arg(QString::fromLocal8Bit(m_bus.readAllStandardError()));
        return false;
    }
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();

    m_keyring.setProgram(keyringDaemon);
    m_keyring.setArguments(
        {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    m_keyring.setProcessEnvironment(environment());
    m_keyring.start();
    if (!m_keyring.waitForStarted(5000)) {
        *error = QStringLiteral("gnome-keyring-daemon did not start");
        return false;
    }
    m_keyring.write("paydesk-test-keyring"); // the login keyring's password, on stdin
    m_keyring.waitForBytesWritten(5000);
    m_keyring.closeWriteChannel();

    // Ready once the daemon owns the Secret Service's name on the bus.
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QProcess ask;
        ask.setProcessEnvironment(environment());
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.freedesktop.secrets")});
        if (ask.waitForFinished(3000) && ask.readAllStandardOutput().contains("boolean true")) {
            return true;
        }
        QThread::msleep(100);
    }
    *error = QStringLiteral("gnome-keyring-daemon did not take the Secret Service's name: %1")
                 .arg(QString::fromLocal8Bit(m_keyring.readAllStandardError()));
    return false;
}

QProcessEnvironment TestKeyring::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    return environment;
}

const TestKeyring* TestKeyring::forThisProcess(QString* error)
{
    static TestKeyring* keyring = nullptr; // never destroyed: its daemons die with the process
    static QString failure;
    if (!keyring && failure.isEmpty()) {
        auto* started = new TestKeyring;
        if (started->start(&failure)) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", started->m_address.toUtf8());
            keyring = started;
        } else {
            delete started;
        }
    }
    *error = failure;
    return keyring;
}

QString TestKeyring::lookUp(const QString& service, const QString& key) const
{
    // QtKeychain's libsecret schema: the key is the attribute "user", the service "server".
    QProcess lookup;
    lookup.setProcessEnvironment(environment());
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"), service});
    if (!lookup.waitForFinished(10000) || lookup.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(lookup.readAllStandardOutput());
}
