#include "OfficerCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "batching/SigningKey.h"
#include "officers/OfficerAdministration.h"
#include "officers/OfficerRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseLogins.h"
#include "trust/Certificate.h"
#include "trust/CertificateAuthority.h"
#include "trust/CertificateRequest.h"
#include "trust/OfficerKeyring.h"
#include "trust/TrustStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace {

QByteArray readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = OfficerCommand::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return file.read(1 << 20);
}

} // namespace

OfficerCommand::OfficerCommand(CliSupport& support) : m_support(support) {}

QByteArray OfficerCommand::newPassphrase()
{
    const QByteArray passphrase = qgetenv("PAYDESK_KEY_PASSPHRASE");
    if (passphrase.size() < 8) {
        m_support.err() << tr("Set PAYDESK_KEY_PASSPHRASE to the new key's passphrase (8 characters or more).")
                        << Qt::endl;
        return {};
    }
    return passphrase;
}

bool OfficerCommand::writeFile(const QString& path, const QByteArray& bytes)
{
    if (QFile::exists(path)) {
        m_support.err() << tr("%1 exists already: PayDesk does not overwrite a key or certificate.")
                               .arg(QDir::toNativeSeparators(path))
                        << Qt::endl;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_support.err() << tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
                        << Qt::endl;
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

int OfficerCommand::runAdmin(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "admin init: the database's first act. Either PayDesk makes the administrator's key (--key-out, encrypted with "
        "PAYDESK_KEY_PASSPHRASE) and a self-signed CA certificate (--certificate-out) that certifies officers' keys; "
        "or "
        "--trust names the ministry's CA certificate, and --certificate and --key the administrator's certificate it "
        "issued and its key."));
    addAdminOptions(parser);
    parser.addPositionalArgument(QStringLiteral("init"), tr("What to do."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const bool ministry = parser.isSet(QStringLiteral("trust"));
    if (parser.positionalArguments() != QStringList{QStringLiteral("init")} || !parser.isSet(QStringLiteral("id")) ||
        !parser.isSet(QStringLiteral("name")) ||
        (ministry ? !parser.isSet(QStringLiteral("certificate")) || !parser.isSet(QStringLiteral("key"))
                  : !parser.isSet(QStringLiteral("key-out")) || !parser.isSet(QStringLiteral("certificate-out")))) {
        return m_support.usage(
            tr("admin init needs --id and --name, and either --key-out and --certificate-out, or --trust, "
               "--certificate and --key."));
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    QString error;
    std::shared_ptr<const SigningKey> adminKey;
    std::optional<Certificate> anchor;
    std::optional<Certificate> adminCertificate;
    if (ministry) {
        const QByteArray caPem = readFile(parser.value(QStringLiteral("trust")), &error);
        const QByteArray certificatePem =
            caPem.isEmpty() ? QByteArray() : readFile(parser.value(QStringLiteral("certificate")), &error);
        anchor = certificatePem.isEmpty() ? std::nullopt : Certificate::fromPem(caPem, &error);
        adminCertificate = anchor ? Certificate::fromPem(certificatePem, &error) : std::nullopt;
        adminKey = adminCertificate ? CliSupport::openKey(parser.value(QStringLiteral("key")), &error) : nullptr;
    } else {
        const QByteArray passphrase = newPassphrase();
        if (passphrase.isEmpty()) {
            return ExitUsage;
        }
        auto made = SigningKey::generateEd25519(&error);
        anchor = made ? CertificateAuthority::makeAnchor(*made, parser.value(QStringLiteral("id")),
                                                         parser.value(QStringLiteral("years")).toInt(), &error)
                      : std::nullopt;
        const QByteArray keyPem = anchor ? made->encryptedPem(passphrase, &error) : QByteArray();
        if (keyPem.isEmpty() || !writeFile(parser.value(QStringLiteral("key-out")), keyPem) ||
            !writeFile(parser.value(QStringLiteral("certificate-out")), anchor->pem())) {
            return m_support.fail(tr("Cannot make the administrator's key: %1").arg(error));
        }
        adminCertificate = anchor;
        adminKey = std::move(made);
    }
    if (!adminKey) {
        return m_support.fail(tr("Cannot install the anchor: %1").arg(error));
    }
    database->keyring().add(OfficerCredential{parser.value(QStringLiteral("id")), adminKey, *adminCertificate});
    if (!OfficerAdministration::initialize(*database, parser.value(QStringLiteral("id")),
                                           parser.value(QStringLiteral("name")), *anchor, &error)) {
        return m_support.fail(tr("Cannot install the anchor: %1").arg(error));
    }
    m_support.out()
        << tr("%1 administers this database; the anchor's fingerprint is %2. Give the anchor certificate to "
              "auditors: they verify with --trust.")
               .arg(parser.value(QStringLiteral("id")), anchor->fingerprint())
        << Qt::endl;
    return ExitSuccess;
}

int OfficerCommand::request(const QCommandLineParser& parser, const QString& officerId)
{
    if (!parser.isSet(QStringLiteral("key-out")) || !parser.isSet(QStringLiteral("request-out"))) {
        return m_support.usage(tr("officer request needs --key-out and --request-out."));
    }
    const QByteArray passphrase = newPassphrase();
    if (passphrase.isEmpty()) {
        return ExitUsage;
    }
    QString error;
    const auto key = SigningKey::generateEd25519(&error);
    const QByteArray keyPem = key ? key->encryptedPem(passphrase, &error) : QByteArray();
    const QByteArray requestPem = keyPem.isEmpty() ? QByteArray() : CertificateRequest::make(*key, officerId, &error);
    if (requestPem.isEmpty()) {
        return m_support.fail(tr("Cannot make the key: %1").arg(error));
    }
    if (!writeFile(parser.value(QStringLiteral("key-out")), keyPem) ||
        !writeFile(parser.value(QStringLiteral("request-out")), requestPem)) {
        return ExitFailure;
    }
    m_support.out() << tr("Key and request written. Keep the key; give %1 to the administrator to certify.")
                           .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("request-out"))))
                    << Qt::endl;
    return ExitSuccess;
}

int OfficerCommand::list(const QCommandLineParser& parser)
{
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    OfficerRepository officers(*database);
    QJsonArray array;
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const Officer& officer : officers.all()) {
        if (json) {
            array.append(QJsonObject{{QStringLiteral("id"), officer.id},
                                     {QStringLiteral("name"), officer.displayName},
                                     {QStringLiteral("role"), officerRoleName(officer.role)},
                                     {QStringLiteral("active"), officer.active}});
        } else {
            m_support.out() << QStringLiteral("%1\t%2\t%3\t%4")
                                   .arg(officer.id, officerRoleName(officer.role),
                                        officer.active ? tr("active") : tr("inactive"), officer.displayName)
                            << Qt::endl;
        }
    }
    if (json) {
        m_support.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    for (const QString& problem : officers.problems()) {
        m_support.err() << tr("Not counted: %1").arg(problem) << Qt::endl;
    }
    return ExitSuccess;
}

int OfficerCommand::runOfficer(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Officers: \"request ID\" (an officer's own key and certificate request), and an administrator's acts, "
           "signed with "
           "their key: \"add ID --name NAME --role maker|checker|viewer\", \"certify ID --request REQ\" or "
           "\"--certificate CERT\", "
           "\"role ID --role ROLE\", \"deactivate ID\", \"revoke-key ID --certificate FINGERPRINT\"; or \"list\"."));
    addOfficerOptions(parser);
    parser.addPositionalArgument(QStringLiteral("request|add|certify|role|deactivate|revoke-key ID|list"),
                                 tr("What to do."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional == QStringList{QStringLiteral("list")}) {
        return list(parser);
    }
    static const QStringList acts{QStringLiteral("request"),    QStringLiteral("add"),
                                  QStringLiteral("certify"),    QStringLiteral("role"),
                                  QStringLiteral("deactivate"), QStringLiteral("revoke-key")};
    if (positional.size() != 2 || !acts.contains(positional.first())) {
        return m_support.usage(
            tr("officer takes request, add, certify, role, deactivate or revoke-key with an ID, or list."));
    }
    const QString act = positional.first();
    const QString officerId = positional.at(1);
    if (act == u"request") {
        return request(parser, officerId);
    }
    const auto officerRole = officerRoleFromName(parser.value(QStringLiteral("role")));
    if ((act == u"add" && (!parser.isSet(QStringLiteral("name")) || !officerRole)) ||
        (act == u"role" && !officerRole) ||
        (act == u"certify" && parser.isSet(QStringLiteral("request")) == parser.isSet(QStringLiteral("certificate"))) ||
        (act == u"revoke-key" && !parser.isSet(QStringLiteral("certificate")))) {
        return m_support.usage(
            tr("add needs --name and --role; role needs --role; certify needs --request or --certificate; "
               "revoke-key needs --certificate."));
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    const auto administrator = m_support.actingOfficer(*database, parser);
    if (!administrator) {
        return m_support.actingFailure();
    }
    OfficerAdministration administration(*database, administrator->id);
    QString error;
    bool done = false;
    DatabaseLogins logins(*database);
    if (act == u"add") {
        done = addOfficer(parser, administration, logins, officerId, *officerRole, &error);
    } else if (act == u"role") {
        done = administration.changeRole(officerId, *officerRole, &error) &&
               logins.changeRole(officerId, *officerRole, &error);
    } else if (act == u"deactivate") {
        done = administration.deactivate(officerId, &error) && logins.disable(officerId, &error);
    } else if (act == u"revoke-key") {
        done = administration.revokeKey(officerId, parser.value(QStringLiteral("certificate")), &error);
    } else {
        done = certify(parser, *database, administration, administrator->id, officerId, &error);
    }
    if (!done) {
        return m_support.fail(tr("Nothing was done: %1").arg(error));
    }
    return ExitSuccess;
}

// An officer added, with their own database login first when asked.
bool OfficerCommand::addOfficer(const QCommandLineParser& parser, OfficerAdministration& administration,
                                DatabaseLogins& logins, const QString& officerId, OfficerRole role, QString* error)
{
    const QString password = DatabaseLogins::newPassword();
    // The login first: an officer added whose login was refused would be half made; a login
    // made for an officer the administrator's act then refused is taken back.
    const bool done =
        (!parser.isSet(QStringLiteral("database-login")) || logins.create(officerId, role, password, error)) &&
        administration.addOfficer(Officer{officerId, parser.value(QStringLiteral("name")), role, true}, error);
    if (!done && parser.isSet(QStringLiteral("database-login"))) {
        QString dropError;
        logins.remove(officerId, &dropError);
    }
    if (done && parser.isSet(QStringLiteral("database-login"))) {
        m_support.out()
            << tr("The database login %1 is made; its password, shown this once: %2. The officer keeps it in "
                  "their keychain (PayDesk asks for it at the first start).")
                   .arg(officerId, password)
            << Qt::endl;
    }
    return done;
}

// A certificate kept for the officer: the ministry CA's, or one the administrator's CA makes from their request.
bool OfficerCommand::certify(const QCommandLineParser& parser, Database& database,
                             OfficerAdministration& administration, const QString& administratorId,
                             const QString& officerId, QString* error)
{
    std::optional<Certificate> issued;
    if (parser.isSet(QStringLiteral("certificate"))) {
        const QByteArray pem = readFile(parser.value(QStringLiteral("certificate")), error);
        issued = pem.isEmpty() ? std::nullopt : Certificate::fromPem(pem, error);
    } else {
        const QByteArray pem = readFile(parser.value(QStringLiteral("request")), error);
        const auto asked = pem.isEmpty() ? std::nullopt : CertificateRequest::read(pem, error);
        const OfficerCredential* signer = database.keyring().find(administratorId);
        if (asked && asked->officerId != officerId) {
            *error = tr("the request is for %1, not %2").arg(asked->officerId, officerId);
        } else if (asked && !signer->certificate.isCertificateAuthority()) {
            *error = tr("the anchor is the ministry's CA: certificates come from it (officer certify ID "
                        "--certificate CERT)");
        } else if (asked) {
            issued = CertificateAuthority(*signer->key, signer->certificate)
                         .certify(officerId, asked->publicKeyPem, parser.value(QStringLiteral("days")).toInt(), error);
        }
    }
    const bool done =
        issued && administration.certify(officerId, *issued, error) &&
        (!parser.isSet(QStringLiteral("out")) || writeFile(parser.value(QStringLiteral("out")), issued->pem()));
    if (done) {
        m_support.out() << tr("The key of %1 is certified: certificate %2, valid until %3.")
                               .arg(officerId, issued->fingerprint(), issued->notAfter().toString(Qt::ISODate))
                        << Qt::endl;
    }
    return done;
}

void OfficerCommand::addOfficerOptions(QCommandLineParser& parser)
{
    parser.addOptions(
        {CliSupport::databaseOption(), CliSupport::jsonOption(), CliSupport::officerOption(),
         CliSupport::officerKeyOption(),
         QCommandLineOption(QStringLiteral("name"), tr("The officer's full name."), QStringLiteral("NAME")),
         QCommandLineOption(QStringLiteral("role"), tr("maker, checker or viewer."), QStringLiteral("ROLE")),
         QCommandLineOption(QStringLiteral("request"), tr("The officer's certificate request (PEM)."),
                            QStringLiteral("REQ")),
         QCommandLineOption(QStringLiteral("certificate"),
                            tr("certify: a certificate the ministry's CA issued (PEM); revoke-key: its fingerprint."),
                            QStringLiteral("CERT")),
         QCommandLineOption(QStringLiteral("out"), tr("certify: where to write the certificate made."),
                            QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("days"), tr("certify: how long the certificate is valid (default 365)."),
                            QStringLiteral("N"), QStringLiteral("365")),
         QCommandLineOption(QStringLiteral("key-out"), tr("request: where to write the new key."),
                            QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("request-out"), tr("request: where to write the request."),
                            QStringLiteral("FILE")),
         QCommandLineOption(
             QStringLiteral("database-login"),
             tr("add, on a shared PostgreSQL database: also the officer's own login, in the group of their "
                "role, with a new password printed once. role and deactivate follow an existing login."))});
}

void OfficerCommand::addAdminOptions(QCommandLineParser& parser)
{
    parser.addOptions(
        {CliSupport::databaseOption(),
         QCommandLineOption(QStringLiteral("id"), tr("The administrator's officer id."), QStringLiteral("ID")),
         QCommandLineOption(QStringLiteral("name"), tr("The administrator's full name."), QStringLiteral("NAME")),
         QCommandLineOption(QStringLiteral("key-out"), tr("Where to write the new key."), QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("certificate-out"), tr("Where to write the anchor certificate."),
                            QStringLiteral("FILE")),
         QCommandLineOption(QStringLiteral("years"), tr("How long the anchor is valid (default 10)."),
                            QStringLiteral("N"), QStringLiteral("10")),
         QCommandLineOption(QStringLiteral("trust"), tr("The ministry's CA certificate (PEM)."), QStringLiteral("CA")),
         QCommandLineOption(QStringLiteral("certificate"), tr("The administrator's certificate, issued by --trust."),
                            QStringLiteral("CERT")),
         QCommandLineOption(QStringLiteral("key"), tr("The administrator's private key."), QStringLiteral("FILE"))});
}
