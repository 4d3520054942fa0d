#include "AuditVerifier.h"

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "AuditCheckpoints.h"
#include "batching/PublicKey.h"
#include "OfficerStandings.h"
#include "TrustStore.h"

#include <QHash>
#include <QSet>

AuditVerifier::AuditVerifier(Database& database, Certificate anchor) : m_database(database), m_anchor(std::move(anchor))
{
}

QString AuditVerifier::checkpointSignatureProblem(const AuditCheckpoint& checkpoint, const Certificate& anchor)
{
    QString reason;
    const auto certificate = Certificate::fromPem(checkpoint.certificatePem, &reason);
    if (!certificate || certificate->fingerprint() != checkpoint.signerCertificate) {
        return tr("the checkpoint of %1 does not carry the certificate it names").arg(checkpoint.officer);
    }
    if (!certificate->isIssuedBy(anchor, checkpoint.takenAt, &reason)) {
        return tr("the checkpoint of %1: %2").arg(checkpoint.officer, reason);
    }
    const auto key = certificate->publicKey();
    if (certificate->commonName() != checkpoint.officer || !key ||
        !key->verify(checkpoint.signedMessage(), checkpoint.signature.toLatin1(), &reason)) {
        return tr("the checkpoint said to be signed by %1 on %2 does not verify")
            .arg(checkpoint.officer, checkpoint.takenAt.toString(Qt::ISODate));
    }
    return {};
}

AuditTrustReport AuditVerifier::verify(const QList<AuditCheckpoint>& broughtCheckpoints)
{
    AuditTrustReport report;
    TrustStore trust(m_database);
    OfficerStandings standings(m_anchor, trust.certificates());
    const QList<AuditCheckpoint> checkpoints = AuditCheckpoints(m_database).all() + broughtCheckpoints;
    QSet<qint64> wanted;
    for (const AuditCheckpoint& checkpoint : checkpoints) {
        wanted.insert(checkpoint.entries);
    }
    QHash<qint64, QString> hashAt;
    QHash<QString, int> signerIndex; // officer + certificate -> report.signers
    bool anchored = false;
    report.chain = AuditLog(m_database).verify([&](const AuditEntry& entry) -> QString {
        if (wanted.contains(entry.sequence)) {
            hashAt.insert(entry.sequence, entry.hash);
        }
        if (!anchored && entry.action != u"trust.anchor_installed") {
            if (!entry.signature.isEmpty()) {
                return tr("entry %1 is signed, yet comes before the anchor was installed").arg(entry.sequence);
            }
            ++report.beforeSignatures;
            return {};
        }
        anchored = true;
        if (const QString problem = standings.check(entry); !problem.isEmpty()) {
            return problem;
        }
        const QString key = entry.officer + u'/' + entry.signerCertificate;
        if (!signerIndex.contains(key)) {
            signerIndex.insert(key, int(report.signers.size()));
            report.signers.append({entry.officer, entry.signerCertificate, {}, 0});
        }
        AuditTrustReport::Signer& signer = report.signers[signerIndex.value(key)];
        ++signer.entries;
        signer.role = officerRoleName(standings.standings().value(entry.officer).role);
        return {};
    });
    if (!report.chain.intact) {
        return report;
    }
    if (!anchored) {
        report.chain.intact = false;
        report.chain.problem = tr("no trust anchor was ever installed in this log: none of its %1 entries is signed")
                                   .arg(report.chain.entriesChecked);
        return report;
    }
    for (const AuditCheckpoint& checkpoint : checkpoints) {
        QString problem = checkpointSignatureProblem(checkpoint, m_anchor);
        const QString when = checkpoint.takenAt.toUTC().toString(Qt::ISODate);
        if (problem.isEmpty() && checkpoint.entries > report.chain.entriesChecked) {
            problem = tr("the log has %1 entries, yet %2 signed a checkpoint of %3 entries on %4: entries were removed "
                         "from its end")
                          .arg(report.chain.entriesChecked)
                          .arg(checkpoint.officer)
                          .arg(checkpoint.entries)
                          .arg(when);
        } else if (problem.isEmpty() && checkpoint.entries > 0 &&
                   hashAt.value(checkpoint.entries) != checkpoint.headHash) {
            problem = tr("entry %1 is not the one %2's checkpoint of %3 saw: the log was rewritten")
                          .arg(checkpoint.entries)
                          .arg(checkpoint.officer, when);
        }
        if (!problem.isEmpty()) {
            report.chain.intact = false;
            report.chain.brokenAtSequence = checkpoint.entries;
            report.chain.problem = problem;
            return report;
        }
        ++report.checkpointsChecked;
    }
    return report;
}
