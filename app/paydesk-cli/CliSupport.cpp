#include "CliSupport.h"

#include "ExitCode.h"

#include "audit/OfficerIdentity.h"
#include "batching/SigningKey.h"
#include "credentials/CredentialStore.h"
#include "officers/OfficerRepository.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"
#include "trust/OfficerSignIn.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

CliSupport::CliSupport(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

QCommandLineOption CliSupport::databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
                              tr("SQLite file or postgresql:// URL (default: %1).")
                                  .arg(QDir::toNativeSeparators(Database::defaultLocation())),
                              QStringLiteral("PATH|URL"));
}

QCommandLineOption CliSupport::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON for scripts."));
}

QCommandLineOption CliSupport::officerOption()
{
    return QCommandLineOption(
        QStringLiteral("officer"),
        tr("The officer acting (default: %1); see paydesk-cli officer.").arg(operatingSystemOfficer()),
        QStringLiteral("ID"));
}

bool CliSupport::parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        *exitCode = ExitSuccess;
        return false;
    }
    return true;
}

int CliSupport::usage(const QString& problem)
{
    m_err << problem << Qt::endl << tr("Run paydesk-cli --help for the commands.") << Qt::endl;
    return ExitUsage;
}

int CliSupport::fail(const QString& message)
{
    m_err << message << Qt::endl;
    return ExitFailure;
}

QString CliSupport::databaseLocation(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                    : Database::defaultLocation();
}

std::unique_ptr<Database> CliSupport::openDatabase(const QCommandLineParser& parser)
{
    QString error;
    auto database = Database::open(databaseLocation(parser), &error);
    if (!database) {
        m_err << error << Qt::endl;
    }
    return database;
}

QCommandLineOption CliSupport::officerKeyOption()
{
    return QCommandLineOption(
        QStringLiteral("officer-key"),
        tr("The acting officer's private key (encrypted PKCS#8 PEM; default: PAYDESK_OFFICER_KEY); its "
           "passphrase from PAYDESK_KEY_PASSPHRASE or the system keychain."),
        QStringLiteral("FILE"));
}

std::optional<Officer> CliSupport::actingOfficer(Database& database, const QCommandLineParser& parser)
{
    m_identityRefused = true;
    const QString id =
        parser.isSet(QStringLiteral("officer")) ? parser.value(QStringLiteral("officer")) : operatingSystemOfficer();
    const QString keyPath = parser.isSet(QStringLiteral("officer-key")) ? parser.value(QStringLiteral("officer-key"))
                                                                        : qEnvironmentVariable("PAYDESK_OFFICER_KEY");
    if (keyPath.isEmpty()) {
        m_err << tr("Acting as %1 needs their key: give --officer-key FILE (or PAYDESK_OFFICER_KEY). Nothing was done.")
                     .arg(id)
              << Qt::endl;
        return std::nullopt;
    }
    if (!SigningKey::fileHasPassphrase(keyPath)) {
        m_err << tr("%1 is not protected by a passphrase: an officer's key must be an encrypted PKCS#8 file. Nothing "
                    "was done.")
                     .arg(QDir::toNativeSeparators(keyPath))
              << Qt::endl;
        return std::nullopt;
    }
    QString error;
    std::shared_ptr<const SigningKey> key = openKey(keyPath, &error);
    if (!key || !OfficerSignIn::signIn(database, id, key, &error)) {
        m_err << tr("%1 cannot act: %2. Nothing was done.").arg(id, error) << Qt::endl;
        return std::nullopt;
    }
    m_identityRefused = false;
    return OfficerRepository(database).find(id);
}

int CliSupport::actingFailure() const
{
    return m_identityRefused ? ExitUsage : ExitFailure;
}

qint64 CliSupport::idAt(const QStringList& positional, qsizetype index)
{
    bool ok = false;
    const qint64 id = positional.value(index).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

std::optional<int> CliSupport::wholeNumber(const QCommandLineParser& parser, const QString& option, int fallback)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

std::optional<QString> CliSupport::hubOptionsProblem(const QCommandLineParser& parser)
{
    const auto timeout = wholeNumber(parser, QStringLiteral("timeout-ms"), 30000);
    if (!timeout || *timeout < 100) {
        return tr("--timeout-ms takes a number of milliseconds, 100 or more.");
    }
    return std::nullopt;
}

QList<QCommandLineOption> CliSupport::hubOptions()
{
    return {QCommandLineOption(QStringLiteral("bulk-url"), tr("The hub's bulk processor (default: the program's)."),
                               QStringLiteral("URL")),
            QCommandLineOption(QStringLiteral("ops-url"), tr("The hub's operations app (default: the program's)."),
                               QStringLiteral("URL")),
            QCommandLineOption(QStringLiteral("ca-file"),
                               tr("Extra CA certificates (PEM) for a hub with a private CA."), QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("hub-user"),
                               tr("Operations-app user (OAuth password grant), instead of the "
                                  "program's; the password from PAYDESK_HUB_PASSWORD or the system keychain."),
                               QStringLiteral("USER")),
            QCommandLineOption(QStringLiteral("timeout-ms"), tr("Deadline of each exchange with the hub."),
                               QStringLiteral("MS"), QStringLiteral("30000"))};
}

HubEndpoint CliSupport::hubEndpoint(const QCommandLineParser& parser, const Program& program)
{
    HubEndpoint endpoint = HubEndpoint::fromProgramSettings(program.hubSettings);
    if (parser.isSet(QStringLiteral("bulk-url"))) {
        endpoint.bulkUrl = QUrl(parser.value(QStringLiteral("bulk-url")));
    }
    if (parser.isSet(QStringLiteral("ops-url"))) {
        endpoint.operationsUrl = QUrl(parser.value(QStringLiteral("ops-url")));
    }
    endpoint.caFile = parser.value(QStringLiteral("ca-file"));
    if (parser.isSet(QStringLiteral("hub-user"))) {
        endpoint.username = parser.value(QStringLiteral("hub-user"));
    }
    if (qEnvironmentVariableIsSet("PAYDESK_HUB_PASSWORD")) {
        endpoint.password = qEnvironmentVariable("PAYDESK_HUB_PASSWORD");
    } else if (!endpoint.username.isEmpty()) {
        const CredentialStore::Answer answer = CredentialStore().read(
            CredentialStore::operationsPasswordKey(endpoint.operationsUrl.toString(), endpoint.username));
        if (answer.outcome == CredentialStore::Outcome::Done) {
            endpoint.password = answer.secret;
        } else {
            m_err << tr("No password for %1 at %2: PAYDESK_HUB_PASSWORD is not set and the system keychain has none "
                        "(%3). "
                        "paydesk-cli program password ID keeps one in the keychain.")
                         .arg(endpoint.username, endpoint.operationsUrl.toString(),
                              answer.outcome == CredentialStore::Outcome::NotFound ? tr("nothing kept for this user")
                                                                                   : answer.error)
                  << Qt::endl;
        }
    }
    endpoint.timeoutMs =
        wholeNumber(parser, QStringLiteral("timeout-ms"), endpoint.timeoutMs).value_or(endpoint.timeoutMs);
    return endpoint;
}

std::optional<CliSupport::CycleWork> CliSupport::openCycle(const QCommandLineParser& parser, qint64 cycleId)
{
    auto database = openDatabase(parser);
    if (!database) {
        return std::nullopt;
    }
    auto officer = actingOfficer(*database, parser);
    if (!officer) {
        return std::nullopt;
    }
    QString error;
    const auto cycle = CycleService(*database).find(cycleId, &error);
    auto program = cycle ? ProgramRepository(*database).find(cycle->programId, &error) : std::nullopt;
    if (!program) {
        fail(error);
        return std::nullopt;
    }
    return CycleWork{std::move(database), std::move(*officer), std::move(*program)};
}

std::unique_ptr<SigningKey> CliSupport::openKey(const QString& path, QString* error)
{
    if (qEnvironmentVariableIsSet("PAYDESK_KEY_PASSPHRASE")) {
        return SigningKey::fromFile(path, qgetenv("PAYDESK_KEY_PASSPHRASE"), error);
    }
    auto key = SigningKey::fromFile(path, {}, error);
    if (key || !SigningKey::fileHasPassphrase(path)) {
        return key;
    }
    const CredentialStore::Answer kept = CredentialStore().read(CredentialStore::passphraseKey(path));
    if (kept.outcome != CredentialStore::Outcome::Done) {
        *error = tr("%1 has a passphrase: set PAYDESK_KEY_PASSPHRASE (the system keychain has none for it: %2)")
                     .arg(path, kept.outcome == CredentialStore::Outcome::NotFound ? tr("nothing kept") : kept.error);
        return nullptr;
    }
    return SigningKey::fromFile(path, kept.secret.toUtf8(), error);
}
