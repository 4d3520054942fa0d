#include "SignCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "batching/SignatureVerifier.h"
#include "batching/SigningKey.h"
#include "batching/XSignature.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

SignCommand::SignCommand(CliSupport& support) : m_support(support) {}

int SignCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the X-SIGNATURE Payment Hub EE expects for a batch file: SHA3-256 of "
           "\"correlation id:tenant:file\" (the file as the hub reads it: LF lines, no trailing newline), signed with "
           "the RSA key (PKCS#1 v1.5, no DigestInfo), in Base64. With --cert, checks a signature instead."));
    const QCommandLineOption correlation(QStringLiteral("correlation-id"), tr("The batch's X-CorrelationID."),
                                         QStringLiteral("ID"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), tr("The Platform-TenantId."), QStringLiteral("TENANT"));
    const QCommandLineOption key(QStringLiteral("key"), tr("PEM private key (PKCS#1 or PKCS#8)."),
                                 QStringLiteral("KEY.pem"));
    const QCommandLineOption passphraseEnv(QStringLiteral("passphrase-env"),
                                           tr("Name of the environment variable holding the key's passphrase (default: "
                                              "PAYDESK_KEY_PASSPHRASE, else the system keychain)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  tr("Certificate (PEM or base64 DER) to verify --signature with."),
                                  QStringLiteral("CERT"));
    const QCommandLineOption signature(QStringLiteral("signature"), tr("The X-SIGNATURE to verify."),
                                       QStringLiteral("BASE64"));
    parser.addOptions({correlation, tenant, key, passphraseEnv, cert, signature});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The batch file."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(correlation) || !parser.isSet(tenant) ||
        parser.isSet(key) == parser.isSet(cert) || parser.isSet(cert) != parser.isSet(signature)) {
        return m_support.usage(
            tr("sign needs FILE, --correlation-id, --tenant, and either --key, or --cert with --signature."));
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        return m_support.fail(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    const QByteArray digest = XSignature::sha3HexDigest(XSignature::dataToSign(
        parser.value(correlation), parser.value(tenant), XSignature::hubPayload(file.readAll())));
    QString error;
    if (parser.isSet(cert)) {
        const auto verifier = SignatureVerifier::fromFile(parser.value(cert), &error);
        if (!verifier) {
            return m_support.fail(error);
        }
        if (!verifier->verify(digest, parser.value(signature).toLatin1(), &error)) {
            return m_support.fail(tr("The signature does not match: %1.").arg(error));
        }
        m_support.out() << tr("The signature matches.") << Qt::endl;
        return ExitSuccess;
    }
    const auto signingKey =
        parser.isSet(passphraseEnv)
            ? SigningKey::fromFile(parser.value(key), qgetenv(parser.value(passphraseEnv).toLocal8Bit().constData()),
                                   &error)
            : CliSupport::openKey(parser.value(key), &error);
    const QByteArray result = signingKey ? signingKey->sign(digest, &error) : QByteArray();
    if (result.isEmpty()) {
        return m_support.fail(error);
    }
    m_support.out() << QString::fromLatin1(result) << Qt::endl;
    return ExitSuccess;
}
