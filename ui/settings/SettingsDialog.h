#pragma once

#include <QDialog>

class BackgroundJobs;
class LocalSettings;
class QGroupBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class SecretKeeper;

// This computer's settings (LocalSettings), each checked before it is kept: the database PayDesk
// opens (a SQLite file, or a PostgreSQL server shared by several officers, its password in the
// system keychain) with a test that opens it as PayDesk would; the hubs' extra CA certificates
// and deadline; the language. The database and the language take effect at the next start; the
// hubs' settings at once. A program's own hub (addresses, tenant, user) is in its program form.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // inUse: the database the window runs on now.
    SettingsDialog(SecretKeeper& secrets, const QString& inUse, QWidget* parent = nullptr);

    // Checks and keeps the settings; false with the problem shown.
    bool save();
    // Opens the database the form names, in a worker; databaseTested() says how it went.
    bool testDatabase();

Q_SIGNALS:
    void databaseTested(bool ok);

private:
    QGroupBox* buildWindowGroup();
    QGroupBox* buildDatabaseGroup(const LocalSettings& settings);
    QGroupBox* buildLockGroup(const LocalSettings& settings);
    QGroupBox* buildHubsGroup(const LocalSettings& settings);

    QString chosenLocation() const; // without its password
    void showProblem(const QString& problem);

    SecretKeeper& m_secrets;
    QString m_inUse;
    BackgroundJobs* m_jobs;
    QComboBox* m_language;
    QRadioButton* m_sqlite;
    QRadioButton* m_postgres;
    QLineEdit* m_sqliteFile;
    QLineEdit* m_pgHost;
    QSpinBox* m_pgPort;
    QLineEdit* m_pgDatabase;
    QLineEdit* m_pgUser;
    QLineEdit* m_pgPassword;
    QPushButton* m_testDatabase;
    QLabel* m_databaseResult;
    QLineEdit* m_caFile;
    QSpinBox* m_timeout;
    QSpinBox* m_idleLock;
    QLabel* m_problem;
    QLabel* m_status;
};
