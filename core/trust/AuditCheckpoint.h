#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A signed checkpoint of the audit log's head: how many entries it had and the last one's hash,
// when, and who signed it (with the certificate, so an artifact carrying it can be checked on its
// own). Taken at each sign-in and carried by every artifact that leaves PayDesk; a log with fewer
// entries, or another hash at that position, lost its tail or was rewritten (AuditVerifier).
struct AuditCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpoint)

public:
    qint64 entries = 0;
    QString headHash;
    QDateTime takenAt;
    QString officer;
    QString signerCertificate; // fingerprint
    QByteArray certificatePem;
    QString signature;

    // The bytes the officer signs.
    QByteArray signedMessage() const;
    QJsonObject toJson() const;
    static std::optional<AuditCheckpoint> fromJson(const QJsonObject& object, QString* error);
};
