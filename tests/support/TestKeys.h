#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// An RSA key and a self-signed certificate made by the openssl command line, independently of
// the code under test. extra: more `openssl req` arguments (a subjectAltName, say).
inline bool makeTestKeyPair(const QString& keyPath, const QString& certificatePath,
                            const QString& subject = QStringLiteral("/CN=greenbank"), const QStringList& extra = {})
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
                              QStringLiteral("-out"), certificatePath, QStringLiteral("-subj"), subject,
                              QStringLiteral("-days"), QStringLiteral("2")} +
                      extra);
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

// An Ed25519 private key and its public key (both PEM), made by the openssl command line.
inline bool makeTestEd25519Key(const QString& keyPath, const QString& publicKeyPath)
{
    QProcess generate;
    generate.start(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                               QStringLiteral("ed25519"), QStringLiteral("-out"), keyPath});
    if (!generate.waitForFinished(60000) || generate.exitStatus() != QProcess::NormalExit || generate.exitCode() != 0) {
        return false;
    }
    QProcess publicKey;
    publicKey.start(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), keyPath,
                                                QStringLiteral("-pubout"), QStringLiteral("-out"), publicKeyPath});
    return publicKey.waitForFinished(60000) && publicKey.exitStatus() == QProcess::NormalExit &&
           publicKey.exitCode() == 0;
}
