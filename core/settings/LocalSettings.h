#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

struct HubEndpoint;

// PayDesk's settings on this computer (QSettings: the registry on Windows, ~/.config/PayDesk on
// Linux): the database it opens, the hubs' extra CA certificates and deadline, the language.
// Never a secret: passwords live in the system keychain (CredentialStore). The settings carry
// their version; migrate() brings those an older PayDesk wrote up to this one, step by step,
// and leaves those of a newer PayDesk as they are.
class LocalSettings
{
    Q_DECLARE_TR_FUNCTIONS(LocalSettings)

public:
    static constexpr int kVersion = 2;

    LocalSettings() = default;

    // What each step did, in words; nothing when the settings were current (or newer).
    static QStringList migrate(QSettings& settings);
    int version() const;

    // Whether the first-run guide opens at start (until a program exists); on until turned off.
    bool guideAtStart() const;
    void setGuideAtStart(bool on);

    QString language() const;
    void setLanguage(const QString& language);

    // Minutes without a keystroke or click after which the window locks (1 to 240; default 15).
    int idleLockMinutes() const;
    bool setIdleLockMinutes(int minutes, QString* error);
    // Where an officer's key file is on this computer, as they last signed in with it (a path, never the key).
    QString keyPathOf(const QString& officerId) const;
    void setKeyPathOf(const QString& officerId, const QString& path);
    QString lastOfficer() const;

    // Empty: the default SQLite file (Database::defaultLocation()).
    QString databaseLocation() const;
    bool setDatabaseLocation(const QString& location, QString* error);
    // What is wrong with a database location, in words: a SQLite file PayDesk cannot create or
    // write, a PostgreSQL URL without host, database or user, or one that carries a password.
    static std::optional<QString> databaseLocationProblem(const QString& location);

    QString hubCaFile() const;
    int hubTimeoutSeconds() const;
    bool setHubs(const QString& caFile, int timeoutSeconds, QString* error);
    static std::optional<QString> caFileProblem(const QString& path);
    // The hubs' settings applied to an endpoint built from a program's settings.
    void applyTo(HubEndpoint* endpoint) const;

private:
    QSettings m_settings;
};
