#include "SettingsDialog.h"

#include "SecretKeeper.h"

#include "credentials/CredentialStore.h"
#include "i18n/TranslationLoader.h"
#include "settings/LocalSettings.h"
#include "storage/Database.h"
#include "widgets/BackgroundJobs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// A line edit with a Browse… button that fills it from a file dialog.
QWidget* withBrowse(QLineEdit* edit, const QString& title, const QString& filter, bool save, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QPushButton(SettingsDialog::tr("B&rowse…"), row);
    browse->setAccessibleName(SettingsDialog::tr("Browse for %1").arg(title));
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, title, filter, save, row] {
        const QString file = save ? QFileDialog::getSaveFileName(row, title, edit->text(), filter, nullptr,
                                                                 QFileDialog::DontConfirmOverwrite)
                                  : QFileDialog::getOpenFileName(row, title, edit->text(), filter);
        if (!file.isEmpty()) {
            edit->setText(QDir::toNativeSeparators(file));
        }
    });
    return row;
}

} // namespace

SettingsDialog::SettingsDialog(SecretKeeper& secrets, const QString& inUse, QWidget* parent)
    : QDialog(parent), m_secrets(secrets), m_inUse(inUse), m_jobs(new BackgroundJobs(this)),
      m_language(new QComboBox(this)), m_sqlite(new QRadioButton(tr("A &file on this computer (SQLite)"), this)),
      m_postgres(new QRadioButton(tr("A &PostgreSQL server shared by several officers"), this)),
      m_sqliteFile(new QLineEdit(this)), m_pgHost(new QLineEdit(this)), m_pgPort(new QSpinBox(this)),
      m_pgDatabase(new QLineEdit(this)), m_pgUser(new QLineEdit(this)), m_pgPassword(new QLineEdit(this)),
      m_testDatabase(new QPushButton(tr("&Test the database"), this)), m_databaseResult(new QLabel(this)),
      m_caFile(new QLineEdit(this)), m_timeout(new QSpinBox(this)), m_idleLock(new QSpinBox(this)),
      m_problem(new QLabel(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    const LocalSettings settings;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildWindowGroup());
    layout->addWidget(buildDatabaseGroup(settings));
    layout->addWidget(buildLockGroup(settings));
    layout->addWidget(buildHubsGroup(settings));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QGroupBox* SettingsDialog::buildWindowGroup()
{
    auto* interfaceGroup = new QGroupBox(tr("Window"), this);
    auto* interfaceForm = new QFormLayout(interfaceGroup);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : TranslationLoader::languages()) {
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(TranslationLoader::chosenLanguage())));
    interfaceForm->addRow(tr("&Language (from the next start):"), m_language);
    return interfaceGroup;
}

QGroupBox* SettingsDialog::buildDatabaseGroup(const LocalSettings& settings)
{
    auto* databaseGroup = new QGroupBox(tr("Database (from the next start)"), this);
    auto* databaseForm = new QFormLayout(databaseGroup);
    // What the window runs on now, which may not be the choice below (a --database given at start).
    const QString chosen =
        settings.databaseLocation().isEmpty() ? Database::defaultLocation() : settings.databaseLocation();
    const QString running = QUrl(m_inUse).toDisplayString(QUrl::RemovePassword);
    auto* inUse = new QLabel(m_inUse == chosen ? tr("This window runs on %1.").arg(running)
                                               : tr("This window runs on %1, given when PayDesk started; the choice "
                                                    "below is used when it starts without one.")
                                                     .arg(running),
                             databaseGroup);
    inUse->setObjectName(QStringLiteral("databaseInUse"));
    inUse->setWordWrap(true);
    inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    databaseForm->addRow(inUse);
    m_sqlite->setObjectName(QStringLiteral("sqliteChoice"));
    m_postgres->setObjectName(QStringLiteral("postgresChoice"));
    m_sqliteFile->setObjectName(QStringLiteral("databaseFile"));
    m_sqliteFile->setAccessibleName(tr("Database file"));
    m_pgHost->setObjectName(QStringLiteral("pgHost"));
    m_pgPort->setObjectName(QStringLiteral("pgPort"));
    m_pgPort->setRange(1, 65535);
    m_pgPort->setValue(5432);
    m_pgDatabase->setObjectName(QStringLiteral("pgDatabase"));
    m_pgUser->setObjectName(QStringLiteral("pgUser"));
    m_pgPassword->setObjectName(QStringLiteral("pgPassword"));
    m_pgPassword->setEchoMode(QLineEdit::Password);
    m_pgPassword->setPlaceholderText(tr("kept in the system keychain, never in the settings"));
    databaseForm->addRow(m_sqlite);
    databaseForm->addRow(tr("Database f&ile:"),
                         withBrowse(m_sqliteFile, tr("the database file"),
                                    tr("SQLite databases (*.sqlite *.db);;All files (*)"), true, databaseGroup));
    databaseForm->addRow(m_postgres);
    databaseForm->addRow(tr("&Server:"), m_pgHost);
    databaseForm->addRow(tr("P&ort:"), m_pgPort);
    databaseForm->addRow(tr("Data&base:"), m_pgDatabase);
    databaseForm->addRow(tr("&User:"), m_pgUser);
    databaseForm->addRow(tr("Pass&word:"), m_pgPassword);
    m_testDatabase->setObjectName(QStringLiteral("testDatabaseButton"));
    m_testDatabase->setToolTip(tr("Open this database as PayDesk would; an empty one gets PayDesk's tables."));
    databaseForm->addRow(m_testDatabase);
    m_databaseResult->setObjectName(QStringLiteral("databaseTestResult"));
    m_databaseResult->setWordWrap(true);
    m_databaseResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    databaseForm->addRow(m_databaseResult);
    const QString& location = chosen;
    if (Database::isPostgresUrl(location)) {
        const QUrl url(location);
        m_postgres->setChecked(true);
        m_pgHost->setText(url.host());
        m_pgPort->setValue(url.port(5432));
        m_pgDatabase->setText(url.path().mid(1));
        m_pgUser->setText(url.userName());
        m_sqliteFile->setText(QDir::toNativeSeparators(Database::defaultLocation()));
    } else {
        m_sqlite->setChecked(true);
        m_sqliteFile->setText(QDir::toNativeSeparators(location));
    }
    const auto enableDatabaseFields = [this] {
        const bool postgres = m_postgres->isChecked();
        m_sqliteFile->parentWidget()->setEnabled(!postgres);
        for (QWidget* field :
             std::initializer_list<QWidget*>{m_pgHost, m_pgPort, m_pgDatabase, m_pgUser, m_pgPassword}) {
            field->setEnabled(postgres);
        }
    };
    connect(m_postgres, &QRadioButton::toggled, this, enableDatabaseFields);
    enableDatabaseFields();
    connect(m_testDatabase, &QPushButton::clicked, this, &SettingsDialog::testDatabase);

    return databaseGroup;
}

QGroupBox* SettingsDialog::buildLockGroup(const LocalSettings& settings)
{
    auto* lockGroup = new QGroupBox(tr("Locking"), this);
    auto* lockForm = new QFormLayout(lockGroup);
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setRange(1, 240);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setValue(settings.idleLockMinutes());
    m_idleLock->setToolTip(
        tr("Without a keystroke or click for this long, the window locks and asks for the officer's key again."));
    lockForm->addRow(tr("&Lock the window after:"), m_idleLock);
    return lockGroup;
}

QGroupBox* SettingsDialog::buildHubsGroup(const LocalSettings& settings)
{
    auto* hubsGroup = new QGroupBox(tr("Hubs (every program's)"), this);
    auto* hubsForm = new QFormLayout(hubsGroup);
    m_caFile->setObjectName(QStringLiteral("hubCaFile"));
    m_caFile->setAccessibleName(tr("Extra CA certificates (PEM)"));
    m_caFile->setPlaceholderText(tr("empty: the system's certificate authorities only"));
    m_caFile->setText(QDir::toNativeSeparators(settings.hubCaFile()));
    m_timeout->setObjectName(QStringLiteral("hubTimeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.hubTimeoutSeconds());
    hubsForm->addRow(tr("Extra &CA certificates (PEM):"),
                     withBrowse(m_caFile, tr("the CA certificates"),
                                tr("PEM certificates (*.pem *.crt);;All files (*)"), false, hubsGroup));
    hubsForm->addRow(tr("&Deadline of each exchange:"), m_timeout);
    return hubsGroup;
}

QString SettingsDialog::chosenLocation() const
{
    if (!m_postgres->isChecked()) {
        return QDir::fromNativeSeparators(m_sqliteFile->text().trimmed());
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_pgHost->text().trimmed());
    url.setPort(m_pgPort->value());
    url.setPath(u'/' + m_pgDatabase->text().trimmed());
    url.setUserName(m_pgUser->text().trimmed());
    return url.toString();
}

void SettingsDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

bool SettingsDialog::save()
{
    const QString location = chosenLocation();
    LocalSettings settings;
    QString error;
    if (!settings.setDatabaseLocation(location, &error)) {
        showProblem(tr("Database: %1").arg(error));
        return false;
    }
    if (!settings.setHubs(QDir::fromNativeSeparators(m_caFile->text().trimmed()), m_timeout->value(), &error)) {
        showProblem(tr("Hubs: %1").arg(error));
        return false;
    }
    if (!settings.setIdleLockMinutes(m_idleLock->value(), &error)) {
        showProblem(tr("Locking: %1").arg(error));
        return false;
    }
    TranslationLoader::setChosenLanguage(m_language->currentData().toString());
    showProblem(QString());
    QString status =
        tr("Saved. The database and the language take effect at the next start; the hubs' and the lock's at once.");
    if (m_postgres->isChecked() && !m_pgPassword->text().isEmpty()) {
        status += u' ' + m_secrets.keep(CredentialStore::databasePasswordKey(location), m_pgPassword->text());
        m_pgPassword->clear();
    }
    m_status->setText(status);
    return true;
}

bool SettingsDialog::testDatabase()
{
    if (m_jobs->busy()) {
        return false;
    }
    const QString location = chosenLocation();
    if (const auto problem = LocalSettings::databaseLocationProblem(location)) {
        m_databaseResult->setText(tr("✗ %1").arg(*problem));
        Q_EMIT databaseTested(false);
        return true;
    }
    QString openAt = location;
    if (m_postgres->isChecked()) {
        QString password = m_pgPassword->text();
        if (password.isEmpty()) {
            const auto kept = m_secrets.secret(
                this, CredentialStore::databasePasswordKey(location),
                tr("The password of %1 at the PostgreSQL server %2:").arg(m_pgUser->text(), m_pgHost->text()));
            if (!kept) {
                m_databaseResult->setText(tr("Not tested: the database's password was not given."));
                return false;
            }
            password = *kept;
        }
        QUrl url(location);
        url.setPassword(password);
        openAt = url.toString();
    }
    m_testDatabase->setEnabled(false);
    m_databaseResult->setText(tr("Opening the database…"));
    // Why it cannot be opened; empty when it can.
    m_jobs->run<QString>(
        [openAt](const JobControl&) {
            QString error;
            const auto database = Database::open(openAt, &error);
            return database ? QString() : error;
        },
        [this, location](const QString& refusal) {
            m_testDatabase->setEnabled(true);
            m_databaseResult->setText(
                refusal.isEmpty() ? tr("✓ PayDesk opens %1.").arg(QUrl(location).toDisplayString(QUrl::RemovePassword))
                                  : tr("✗ %1").arg(refusal));
            Q_EMIT databaseTested(refusal.isEmpty());
        });
    return true;
}
