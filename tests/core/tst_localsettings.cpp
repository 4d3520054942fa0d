#include "TestDatabases.h"
#include "TestKeys.h"

#include "hub/HubEndpoint.h"
#include "settings/LocalSettings.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// This computer's settings: migrated from what an older PayDesk wrote (a real settings file),
// left alone when a newer one wrote them, each value checked before it is kept, never a secret.
class TestLocalSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migratesVersionOneStepByStep();
    void leavesANewerVersionAlone();
    void checksTheDatabaseLocation_data();
    void checksTheDatabaseLocation();
    void keepsTheHubsSettingsAndAppliesThem();

private:
    QTemporaryDir m_dir;
    int m_round = 0;
};

void TestLocalSettings::init()
{
    // Each test its own settings folder.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QString::number(++m_round)));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestLocalSettings::migratesVersionOneStepByStep()
{
    {
        // What the PayDesk of the previous release wrote: no version, the language under ui/.
        QSettings old;
        old.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        old.setValue(QStringLiteral("mainWindow/geometry"), QByteArray("geometry"));
    }
    QCOMPARE(LocalSettings().version(), 1);
    QCOMPARE(LocalSettings().language(), QString());
    QSettings settings;
    const QStringList done = LocalSettings::migrate(settings);
    QCOMPARE(done.size(), 2);
    QVERIFY2(done.first().contains(QStringLiteral("interface/language")), qPrintable(done.join(u'\n')));
    QCOMPARE(LocalSettings().version(), LocalSettings::kVersion);
    QCOMPARE(LocalSettings().language(), QStringLiteral("fr"));
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray(),
             QByteArray("geometry")); // untouched
    // Once current, nothing more happens.
    QCOMPARE(LocalSettings::migrate(settings), QStringList());
    // The file on disk says so too.
    QSettings file(settings.fileName(), QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("settings/version")).toInt(), LocalSettings::kVersion);
}

void TestLocalSettings::leavesANewerVersionAlone()
{
    {
        QSettings newer;
        newer.setValue(QStringLiteral("settings/version"), LocalSettings::kVersion + 1);
        newer.setValue(QStringLiteral("ui/language"), QStringLiteral("es"));
        newer.setValue(QStringLiteral("interface/language"), QStringLiteral("ar"));
    }
    QSettings settings;
    QCOMPARE(LocalSettings::migrate(settings), QStringList());
    QCOMPARE(LocalSettings().version(), LocalSettings::kVersion + 1);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    QCOMPARE(LocalSettings().language(), QStringLiteral("ar")); // read as far as it goes
    // Keeping a value does not write the version backwards.
    LocalSettings().setLanguage(QStringLiteral("fr"));
    QCOMPARE(LocalSettings().version(), LocalSettings::kVersion + 1);
}

void TestLocalSettings::checksTheDatabaseLocation_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("problem"); // empty: accepted
    const QString dir = m_dir.path();
    QTest::newRow("new file in a new folder") << dir + "/a/b/paydesk.sqlite"
                                              << "";
    QTest::newRow("relative path") << "paydesk.sqlite"
                                   << "not a full path";
    QTest::newRow("a folder") << dir << "is a folder";
    QTest::newRow("postgres") << "postgresql://officer@db.example:5433/paydesk"
                              << "";
    QTest::newRow("postgres with a password") << "postgresql://officer:secret@db.example/paydesk"
                                              << "carries a password";
    QTest::newRow("postgres without host") << "postgresql:///paydesk"
                                           << "host name is missing";
    QTest::newRow("postgres without database") << "postgresql://officer@db.example:5432"
                                               << "database's name is missing";
    QTest::newRow("postgres without user") << "postgresql://db.example/paydesk"
                                           << "user is missing";
}

void TestLocalSettings::checksTheDatabaseLocation()
{
    QFETCH(QString, location);
    QFETCH(QString, problem);
    LocalSettings settings;
    QString error;
    const bool kept = settings.setDatabaseLocation(location, &error);
    QCOMPARE(kept, problem.isEmpty());
    if (kept) {
        QCOMPARE(settings.databaseLocation(), location);
        QVERIFY(!QFile::exists(location)); // checked, not created
    } else {
        QVERIFY2(error.contains(problem), qPrintable(error));
        QCOMPARE(settings.databaseLocation(), QString()); // nothing half-kept
    }
}

void TestLocalSettings::keepsTheHubsSettingsAndAppliesThem()
{
    LocalSettings settings;
    QCOMPARE(settings.hubTimeoutSeconds(), 30);
    QString error;
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.pem"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate");
    }
    QVERIFY(!settings.setHubs(garbage, 30, &error));
    QVERIFY2(error.contains(QStringLiteral("holds no PEM certificate")), qPrintable(error));
    QVERIFY(!settings.setHubs(m_dir.filePath(QStringLiteral("missing.pem")), 30, &error));
    QVERIFY2(error.contains(QStringLiteral("there is no file")), qPrintable(error));
    const QString key = m_dir.filePath(QStringLiteral("ca-key.pem"));
    const QString certificate = m_dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(makeTestKeyPair(key, certificate));
    QVERIFY(!settings.setHubs(certificate, 0, &error));
    QVERIFY2(error.contains(QStringLiteral("1 to 600 seconds")), qPrintable(error));
    QVERIFY(settings.hubCaFile().isEmpty());
    QVERIFY2(settings.setHubs(certificate, 45, &error), qPrintable(error));
    HubEndpoint endpoint = HubEndpoint::fromProgramSettings(
        HubSettings::fromJson(QJsonObject{{QStringLiteral("ops_url"), QStringLiteral("http://ops")}}));
    LocalSettings().applyTo(&endpoint);
    QCOMPARE(endpoint.caFile, certificate);
    QCOMPARE(endpoint.timeoutMs, 45000);
    // Nothing secret in the settings file.
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("password"));
}

QTEST_GUILESS_MAIN(TestLocalSettings)
#include "tst_localsettings.moc"
