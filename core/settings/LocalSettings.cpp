#include "LocalSettings.h"

#include "hub/HubEndpoint.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSslCertificate>
#include <QUrl>

namespace {

const QString kVersionKey = QStringLiteral("settings/version");
const QString kLanguageKey = QStringLiteral("interface/language");
const QString kGuideKey = QStringLiteral("interface/guideAtStart");
const QString kDatabaseKey = QStringLiteral("database/location");
const QString kCaFileKey = QStringLiteral("hubs/caFile");
const QString kTimeoutKey = QStringLiteral("hubs/timeoutSeconds");
constexpr int kDefaultTimeoutSeconds = 30;
const QString kIdleLockKey = QStringLiteral("interface/idleLockMinutes");
constexpr int kDefaultIdleLockMinutes = 15;
const QString kKeyPathsGroup = QStringLiteral("signIn/keyPaths/");
const QString kLastOfficerKey = QStringLiteral("signIn/lastOfficer");

} // namespace

QStringList LocalSettings::migrate(QSettings& settings)
{
    QStringList done;
    // Settings without a version were written before settings had one: version 1.
    int version = settings.value(kVersionKey, 1).toInt();
    if (version > kVersion) {
        return done; // a newer PayDesk's: read as far as they go, never rewritten backwards
    }
    if (version < 2) {
        // 1 -> 2: the settings are grouped as the Settings dialog shows them; the language moves
        // from ui/ to interface/.
        if (settings.contains(QStringLiteral("ui/language"))) {
            settings.setValue(kLanguageKey, settings.value(QStringLiteral("ui/language")));
            settings.remove(QStringLiteral("ui/language"));
            done.append(tr("the language moved from ui/language to interface/language"));
        }
        version = 2;
    }
    if (settings.value(kVersionKey, 1).toInt() != version) {
        settings.setValue(kVersionKey, version);
        done.append(tr("the settings are now of version %1").arg(version));
    }
    settings.sync();
    return done;
}

int LocalSettings::version() const
{
    return m_settings.value(kVersionKey, 1).toInt();
}

bool LocalSettings::guideAtStart() const
{
    return m_settings.value(kGuideKey, true).toBool();
}

void LocalSettings::setGuideAtStart(bool on)
{
    m_settings.setValue(kGuideKey, on);
}

QString LocalSettings::language() const
{
    return m_settings.value(kLanguageKey).toString();
}

void LocalSettings::setLanguage(const QString& language)
{
    if (language.isEmpty()) {
        m_settings.remove(kLanguageKey);
    } else {
        m_settings.setValue(kLanguageKey, language);
    }
}

QString LocalSettings::databaseLocation() const
{
    return m_settings.value(kDatabaseKey).toString();
}

bool LocalSettings::setDatabaseLocation(const QString& location, QString* error)
{
    if (!location.isEmpty()) {
        if (const auto problem = databaseLocationProblem(location)) {
            *error = *problem;
            return false;
        }
    }
    if (location.isEmpty() || location == Database::defaultLocation()) {
        m_settings.remove(kDatabaseKey);
    } else {
        m_settings.setValue(kDatabaseKey, location);
    }
    return true;
}

std::optional<QString> LocalSettings::databaseLocationProblem(const QString& location)
{
    if (Database::isPostgresUrl(location)) {
        const QUrl url(location, QUrl::StrictMode);
        if (!url.isValid()) {
            return tr("\"%1\" is not a URL: %2").arg(location, url.errorString());
        }
        if (!url.password().isEmpty()) {
            return tr(
                "the PostgreSQL URL carries a password: PayDesk keeps it in the system keychain, not in its settings");
        }
        if (url.host().isEmpty()) {
            return tr("the PostgreSQL server's host name is missing");
        }
        if (url.port(5432) < 1 || url.port(5432) > 65535) {
            return tr("the PostgreSQL port must be from 1 to 65535");
        }
        if (url.path().size() < 2) {
            return tr("the PostgreSQL database's name is missing");
        }
        if (url.userName().isEmpty()) {
            return tr("the PostgreSQL user is missing");
        }
        return std::nullopt;
    }
    const QFileInfo file(location);
    if (!file.isAbsolute()) {
        return tr("\"%1\" is not a full path to a file").arg(QDir::toNativeSeparators(location));
    }
    if (file.exists()) {
        if (!file.isFile()) {
            return tr("%1 is a folder, not a database file").arg(QDir::toNativeSeparators(location));
        }
        if (!file.isReadable() || !file.isWritable()) {
            return tr("PayDesk cannot read and write %1").arg(QDir::toNativeSeparators(location));
        }
        return std::nullopt;
    }
    // A new file: the nearest folder that exists must let PayDesk create what is missing.
    QFileInfo folder(file.absolutePath());
    while (!folder.exists() && folder.absoluteFilePath() != folder.absolutePath()) {
        folder = QFileInfo(folder.absolutePath());
    }
    if (!folder.isDir() || !folder.isWritable()) {
        return tr("PayDesk cannot create %1: %2 is not a folder it may write in")
            .arg(QDir::toNativeSeparators(location), QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    return std::nullopt;
}

QString LocalSettings::hubCaFile() const
{
    return m_settings.value(kCaFileKey).toString();
}

int LocalSettings::idleLockMinutes() const
{
    const int minutes = m_settings.value(kIdleLockKey, kDefaultIdleLockMinutes).toInt();
    return minutes >= 1 && minutes <= 240 ? minutes : kDefaultIdleLockMinutes;
}

bool LocalSettings::setIdleLockMinutes(int minutes, QString* error)
{
    if (minutes < 1 || minutes > 240) {
        *error = tr("the window locks after 1 to 240 minutes without use, not %1").arg(minutes);
        return false;
    }
    m_settings.setValue(kIdleLockKey, minutes);
    return true;
}

QString LocalSettings::keyPathOf(const QString& officerId) const
{
    return m_settings.value(kKeyPathsGroup + officerId).toString();
}

void LocalSettings::setKeyPathOf(const QString& officerId, const QString& path)
{
    m_settings.setValue(kKeyPathsGroup + officerId, path);
    m_settings.setValue(kLastOfficerKey, officerId);
}

QString LocalSettings::lastOfficer() const
{
    return m_settings.value(kLastOfficerKey).toString();
}

int LocalSettings::hubTimeoutSeconds() const
{
    return m_settings.value(kTimeoutKey, kDefaultTimeoutSeconds).toInt();
}

bool LocalSettings::setHubs(const QString& caFile, int timeoutSeconds, QString* error)
{
    if (!caFile.isEmpty()) {
        if (const auto problem = caFileProblem(caFile)) {
            *error = *problem;
            return false;
        }
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 600) {
        *error = tr("the hubs' deadline must be from 1 to 600 seconds");
        return false;
    }
    if (caFile.isEmpty()) {
        m_settings.remove(kCaFileKey);
    } else {
        m_settings.setValue(kCaFileKey, caFile);
    }
    m_settings.setValue(kTimeoutKey, timeoutSeconds);
    return true;
}

std::optional<QString> LocalSettings::caFileProblem(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        return tr("there is no file %1").arg(QDir::toNativeSeparators(path));
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        return tr("%1 holds no PEM certificate").arg(QDir::toNativeSeparators(path));
    }
    return std::nullopt;
}

void LocalSettings::applyTo(HubEndpoint* endpoint) const
{
    if (endpoint->caFile.isEmpty()) {
        endpoint->caFile = hubCaFile();
    }
    endpoint->timeoutMs = hubTimeoutSeconds() * 1000;
}
