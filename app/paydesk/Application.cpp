#include "Application.h"

#include "HubSandbox.h"
#include "officers/SignInDialog.h"
#include "settings/SecretKeeper.h"
#include "window/FirstRunGuide.h"
#include "window/MainWindow.h"

#include "credentials/CredentialStore.h"
#include "programs/ProgramRepository.h"
#include "settings/LocalSettings.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

Application::Application() = default;

Application::~Application()
{
    m_window.reset(); // the window's models use the database
}

bool Application::startSandbox(const QStringList& tenantSpecs, const QString& mapperFile, const QString& stateFile,
                               QString* error)
{
    HubOptions options;
    if (!mapperFile.isEmpty() && !options.readMapper(mapperFile)) {
        *error = tr("--sandbox-mapper: %1 is not a readable JSON object of registry id -> financial address")
                     .arg(mapperFile);
        return false;
    }
    for (const QString& spec : tenantSpecs) {
        const auto tenant = HubTenant::fromSpec(spec, error);
        if (!tenant) {
            return false;
        }
        options.tenants.append(*tenant);
    }
    // Every tenant a program pays through is known to the sandbox; without a certificate given
    // for it, its uploads are taken unchecked.
    for (const Program& program : ProgramRepository(*m_database).all()) {
        const QString tenant = program.hubSettings.tenant;
        const bool known = std::any_of(options.tenants.cbegin(), options.tenants.cend(),
                                       [&tenant](const HubTenant& t) { return t.name == tenant; });
        if (!tenant.isEmpty() && !known) {
            options.tenants.append({tenant, {}, {}, true});
        }
    }
    m_sandbox = std::make_unique<HubSandbox>(options);
    return (stateFile.isEmpty() || m_sandbox->keepStateIn(stateFile, error)) &&
           m_sandbox->start(QHostAddress::LocalHost, 0, 0, error);
}

bool Application::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("PayDesk: beneficiary registry and payments for cash-transfer programs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        tr("SQLite file or postgresql:// URL (default: the one chosen in Settings, else %1).")
            .arg(QDir::toNativeSeparators(Database::defaultLocation())),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        tr("Run a sandbox Payment Hub EE in PayDesk, on free loopback ports: no real money moves."));
    const QCommandLineOption sandboxTenant(
        QStringLiteral("sandbox-tenant"),
        tr("A sandbox tenant: NAME,CERT.pem checks its uploads' X-SIGNATURE. Repeatable."),
        QStringLiteral("NAME,CERT"));
    const QCommandLineOption sandboxMapper(
        QStringLiteral("sandbox-mapper"),
        tr("The sandbox's ID-to-account mapper: a JSON object of registry id -> financial address."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Save a picture of the window once it is shown, then quit (for guides and installation checks)."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption sandboxState(
        QStringLiteral("sandbox-state"),
        tr("Where the sandbox keeps what it accepted and paid across restarts (a JSON file; the demo's is in its "
           "folder)."),
        QStringLiteral("FILE"));
    parser.addOptions({database, sandbox, sandboxTenant, sandboxMapper, sandboxState, screenshot});
    parser.process(arguments);

    QString error;
    const QString chosen = LocalSettings().databaseLocation();
    const auto location = withPassword(parser.isSet(database) ? parser.value(database)
                                       : chosen.isEmpty()     ? Database::defaultLocation()
                                                              : chosen);
    if (!location) {
        return false;
    }
    m_database = Database::open(*location, &error);
    if (!m_database) {
        QMessageBox::critical(nullptr, tr("PayDesk"), tr("PayDesk cannot open its database.\n\n%1").arg(error));
        return false;
    }
    if (parser.isSet(sandbox) &&
        !startSandbox(parser.values(sandboxTenant), parser.value(sandboxMapper), parser.value(sandboxState), &error)) {
        QMessageBox::critical(nullptr, tr("PayDesk"),
                              tr("PayDesk cannot start its sandbox Payment Hub EE.\n\n%1").arg(error));
        return false;
    }
    m_window = std::make_unique<MainWindow>(*m_database);
    if (m_sandbox) {
        auto* label =
            new QLabel(tr("Sandbox Payment Hub EE: bulk processor %1, operations app %2. No real money moves.")
                           .arg(m_sandbox->bulkUrl().toString(), m_sandbox->operationsUrl().toString()));
        label->setObjectName(QStringLiteral("sandboxStatus"));
        m_window->statusBar()->addPermanentWidget(label);
        m_window->setSandboxHub(m_sandbox->bulkUrl(), m_sandbox->operationsUrl());
    }
    m_window->show();
    if (!parser.isSet(screenshot)) {
        // Nothing is shown or done before an officer signs in; uncertain batches are looked up
        // once a checker has (MainWindow), and the guide follows the first sign-in.
        SignInDialog* signIn = m_window->openSignIn();
        QObject::connect(signIn, &QDialog::accepted, m_window.get(), [this] {
            if (FirstRunGuide::wantedAtStart(*m_database)) {
                m_window->openGuide();
            }
        });
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        // Once the registry's first rows are in: a moment after the window is shown.
        QTimer::singleShot(1500, m_window.get(),
                           [this, file] { QCoreApplication::exit(m_window->grab().save(file) ? 0 : 1); });
    }
    return true;
}

// A shared PostgreSQL server's password is in the keychain, or asked for; nothing when the officer
// gives none.
std::optional<QString> Application::withPassword(const QString& location)
{
    QUrl url(location);
    if (!Database::isPostgresUrl(location) || !url.password().isEmpty() || url.userName().isEmpty()) {
        return location;
    }
    SecretKeeper secrets;
    const auto password =
        secrets.secret(nullptr, CredentialStore::databasePasswordKey(location),
                       tr("The password of %1 at the PostgreSQL server %2:").arg(url.userName(), url.host()));
    if (!password) {
        QMessageBox::critical(nullptr, tr("PayDesk"),
                              tr("PayDesk cannot open its database: its password was not given."));
        return std::nullopt;
    }
    url.setPassword(*password);
    return url.toString();
}
