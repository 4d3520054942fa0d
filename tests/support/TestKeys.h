#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// An RSA key and a self-signed certificate made by the openssl command line, independently of
// the code under test. extra: more `openssl req` arguments (a subjectAltName, say).
inline bool makeTestKeyPair(const QString& keyPath, const QString& certificatePath, const QString& subject = QStringLiteral("/CN=greenbank"),
                            const QStringList& extra = {})
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                                         keyPath, QStringLiteral("-out"), certificatePath, QStringLiteral("-subj"), subject,
                                                         QStringLiteral("-days"), QStringLiteral("2")}
                                                 + extra);
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}
