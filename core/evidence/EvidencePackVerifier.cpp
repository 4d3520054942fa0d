#include "EvidencePackVerifier.h"

#include "audit/AuditLog.h"
#include "batching/BundleExporter.h"
#include "review/BatchFileReviewer.h"
#include "trust/AuditCheckpoint.h"
#include "trust/AuditVerifier.h"
#include "trust/Certificate.h"
#include "trust/OfficerStandings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <optional>

namespace {

constexpr qint64 kMaxJsonBytes = qint64(1) << 30;

QJsonDocument readJson(const QDir& dir, const QString& name, QString* problem)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = EvidencePackVerifier::tr("cannot be read: %1").arg(file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(kMaxJsonBytes), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = EvidencePackVerifier::tr("is not JSON (at byte %1: %2)")
                       .arg(parseError.offset)
                       .arg(parseError.errorString());
    }
    return document;
}

} // namespace

bool EvidencePackVerifier::isPack(const QString& path)
{
    return QFileInfo(path).isDir() && QFileInfo::exists(QDir(path).filePath(QStringLiteral("pack.json")));
}

EvidenceCheck EvidencePackVerifier::verify(const QString& folder, const QByteArray& trustAnchor)
{
    EvidenceCheck check;
    const QDir dir(folder);
    QString problem;
    const QJsonObject index = readJson(dir, QStringLiteral("pack.json"), &problem).object();
    if (!problem.isEmpty() || index.value(QStringLiteral("format")).toString() != u"paydesk-evidence-1") {
        check.error =
            tr("%1 is not a PayDesk evidence pack: pack.json %2")
                .arg(QDir::toNativeSeparators(folder), problem.isEmpty() ? tr("names no known format") : problem);
        return check;
    }
    check.readable = true;
    const auto add = [&check](const QString& file, const QString& what) { check.problems.append({file, what}); };

    // Every file the index lists, byte for byte, and nothing else.
    QSet<QString> listed;
    qint64 intact = 0;
    for (const QJsonValue& value : index.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString path = entry.value(QStringLiteral("path")).toString();
        listed.insert(path);
        QFile file(dir.filePath(path));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (path.contains(QStringLiteral("..")) || !file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
            add(path, tr("is listed but missing or unreadable"));
        } else if (QString::fromLatin1(hash.result().toHex()) != entry.value(QStringLiteral("sha256")).toString()) {
            add(path, tr("is not the file the pack was made with (its SHA-256 differs)"));
        } else {
            ++intact;
        }
    }
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = dir.relativeFilePath(it.next());
        if (path != u"pack.json" && !listed.contains(path)) {
            add(path, tr("was added after the pack was made"));
        }
    }
    check.held.append(tr("%1 files as listed").arg(intact));

    const auto document = [&dir, &add](const QString& name) {
        QString unreadable;
        const QJsonDocument read = readJson(dir, name, &unreadable);
        if (!unreadable.isEmpty()) {
            add(name, unreadable);
        }
        return read;
    };
    const QJsonObject cycleDocument = document(QStringLiteral("cycle.json")).object();
    const QJsonObject approvalsDocument = document(QStringLiteral("approvals.json")).object();
    const QJsonObject findingsDocument = document(QStringLiteral("findings.json")).object();
    const QJsonArray audit = document(QStringLiteral("audit.json")).array();
    const QJsonObject reconciliationDocument = document(QStringLiteral("reconciliation.json")).object();
    const QJsonObject cycle = cycleDocument.value(QStringLiteral("cycle")).toObject();

    // The audit entries: each hash from its fields, in order; each signature against the anchor,
    // by an officer who held the role then (the grants the pack carries are replayed with them).
    QString anchorError;
    const auto anchor = trustAnchor.isEmpty() ? std::nullopt : Certificate::fromPem(trustAnchor, &anchorError);
    if (!anchor) {
        add(QStringLiteral("trust.json"),
            trustAnchor.isEmpty()
                ? tr("who signed cannot be checked without the administrator's certificate to trust (--trust)")
                : tr("the certificate to trust: %1").arg(anchorError));
    }
    const QJsonObject trustDocument = document(QStringLiteral("trust.json")).object();
    QHash<QString, Certificate> certificates;
    for (const QJsonValue& value : trustDocument.value(QStringLiteral("certificates")).toArray()) {
        QString unreadable;
        if (const auto certificate = Certificate::fromPem(value.toString().toLatin1(), &unreadable)) {
            certificates.insert(certificate->fingerprint(), *certificate);
        } else {
            add(QStringLiteral("trust.json"), unreadable);
        }
    }
    std::optional<OfficerStandings> standings;
    if (anchor) {
        standings.emplace(*anchor, certificates);
    }
    QMap<qint64, AuditEntry> replayed; // the grants and the pack's entries, by sequence
    for (const QJsonValue& value : trustDocument.value(QStringLiteral("grants")).toArray()) {
        const AuditEntry grant = AuditEntry::fromJson(value.toObject());
        replayed.insert(grant.sequence, grant);
    }
    QHash<qint64, QJsonObject> bySequence;
    qint64 lastSequence = 0;
    for (const QJsonValue& value : std::as_const(audit)) {
        const QJsonObject object = value.toObject();
        const AuditEntry entry = AuditEntry::fromJson(object);
        if (AuditLog::hashOf(entry) != entry.hash || entry.sequence <= lastSequence) {
            add(QStringLiteral("audit.json"),
                tr("entry %1 (%2) does not match its hash or is out of order").arg(entry.sequence).arg(entry.action));
        }
        lastSequence = entry.sequence;
        bySequence.insert(entry.sequence, object);
        replayed.insert(entry.sequence, entry);
    }
    QSet<qint64> signedBy; // the pack's entries whose signature stands
    qint64 beforeSignatures = 0;
    bool anchored = false;
    for (const AuditEntry& entry : std::as_const(replayed)) {
        anchored = anchored || entry.action == u"trust.anchor_installed";
        if (!standings) {
            continue;
        }
        if (!anchored) {
            beforeSignatures += bySequence.contains(entry.sequence) ? 1 : 0;
            continue;
        }
        const QString problem = standings->check(entry);
        if (!problem.isEmpty()) {
            add(bySequence.contains(entry.sequence) ? QStringLiteral("audit.json") : QStringLiteral("trust.json"),
                problem);
        } else {
            signedBy.insert(entry.sequence);
        }
    }
    const auto checkpoint =
        AuditCheckpoint::fromJson(trustDocument.value(QStringLiteral("checkpoint")).toObject(), &problem);
    if (!checkpoint) {
        add(QStringLiteral("trust.json"), tr("has no checkpoint of the log: %1").arg(problem));
    } else if (anchor) {
        if (const QString signatureProblem = AuditVerifier::checkpointSignatureProblem(*checkpoint, *anchor);
            !signatureProblem.isEmpty()) {
            add(QStringLiteral("trust.json"), signatureProblem);
        } else if (!replayed.isEmpty() && replayed.lastKey() > checkpoint->entries) {
            add(QStringLiteral("audit.json"), tr("entry %1 is newer than the pack's checkpoint of %2 entries")
                                                  .arg(replayed.lastKey())
                                                  .arg(checkpoint->entries));
        }
    }
    check.held.append(tr("%1 audit entries, each matching its hash").arg(audit.size()));
    if (standings) {
        const auto packSigned = std::count_if(bySequence.keyBegin(), bySequence.keyEnd(),
                                              [&signedBy](qint64 sequence) { return signedBy.contains(sequence); });
        check.held.append(tr("%1 of them signed by officers the anchor certified, in the role the act needs; %2 made "
                             "before signatures")
                              .arg(packSigned)
                              .arg(beforeSignatures));
    }

    // The approvals: enough, distinct, not the maker's, each on record.
    QSet<QString> approvers;
    QSet<QString> recorded;
    for (const QJsonObject& entry : std::as_const(bySequence)) {
        const QString action = entry.value(QStringLiteral("action")).toString();
        if (entry.value(QStringLiteral("subject_type")).toString() == u"cycle" &&
            (action == u"cycle.approve" || action == u"cycle.approval_recorded")) {
            if (signedBy.contains(entry.value(QStringLiteral("sequence")).toInteger())) {
                recorded.insert(entry.value(QStringLiteral("officer")).toString());
            }
        }
    }
    for (const QJsonValue& value : approvalsDocument.value(QStringLiteral("approvals")).toArray()) {
        const QJsonObject approval = value.toObject();
        if (!approval.value(QStringLiteral("voided_at")).toString().isEmpty()) {
            continue;
        }
        const QString officer = approval.value(QStringLiteral("officer")).toString();
        if (approvers.contains(officer)) {
            add(QStringLiteral("approvals.json"), tr("%1 approved twice").arg(officer));
        }
        approvers.insert(officer);
        if (officer == cycle.value(QStringLiteral("created_by")).toString() ||
            officer == cycle.value(QStringLiteral("submitted_by")).toString()) {
            add(QStringLiteral("approvals.json"), tr("%1 approved the cycle they made").arg(officer));
        }
        if (!recorded.contains(officer)) {
            add(QStringLiteral("approvals.json"), tr("%1's approval is not in the audit entries").arg(officer));
        }
    }
    const int required = approvalsDocument.value(QStringLiteral("required")).toInt(1);
    const QString state = cycle.value(QStringLiteral("state")).toString();
    const bool approvedState = state == u"approved" || state == u"distributed" || state == u"ended";
    if (approvedState && !approvalsDocument.value(QStringLiteral("approvals")).toArray().isEmpty() &&
        approvers.size() < required) {
        add(QStringLiteral("approvals.json"),
            tr("%1 distinct checker(s) approved; the tiers ask for %2").arg(approvers.size()).arg(required));
    }
    check.held.append(tr("approved by %1 of the %2 checker(s) the total needs").arg(approvers.size()).arg(required));

    // Each acknowledgement of the findings is a genuine audit entry.
    for (const QJsonValue& value : findingsDocument.value(QStringLiteral("acknowledgements")).toArray()) {
        const QJsonObject acknowledgement = value.toObject();
        const QJsonObject entry = bySequence.value(acknowledgement.value(QStringLiteral("sequence")).toInteger());
        const QString fingerprint = QJsonDocument::fromJson(entry.value(QStringLiteral("after")).toString().toUtf8())
                                        .object()
                                        .value(QStringLiteral("fingerprint"))
                                        .toString();
        if (entry.value(QStringLiteral("action")).toString() != u"cycle.findings_acknowledged" ||
            entry.value(QStringLiteral("officer")) != acknowledgement.value(QStringLiteral("officer")) ||
            fingerprint != acknowledgement.value(QStringLiteral("fingerprint")).toString()) {
            add(QStringLiteral("findings.json"), tr("the acknowledgement by %1 is not the audit entry it names")
                                                     .arg(acknowledgement.value(QStringLiteral("officer")).toString()));
        }
    }

    // Every batch bundle, and its payments against its rows.
    QHash<QString, QJsonObject> reconciled;
    for (const QJsonValue& value : reconciliationDocument.value(QStringLiteral("batches")).toArray()) {
        reconciled.insert(value.toObject().value(QStringLiteral("correlation_id")).toString(), value.toObject());
    }
    const bool signOffRequired = cycleDocument.value(QStringLiteral("release_policy"))
                                     .toObject()
                                     .value(QStringLiteral("sign_off_required"))
                                     .toBool();
    int bundles = 0;
    const QDir batchDir(dir.filePath(QStringLiteral("batches")));
    for (const QString& name :
         batchDir.entryList({QStringLiteral("batch-*.csv"), QStringLiteral("batch-*.json")}, QDir::Files, QDir::Name)) {
        if (BundleExporter::isCompanion(name)) {
            continue;
        }
        ++bundles;
        const QString file = QStringLiteral("batches/") + name;
        BatchFileReviewer::Options options;
        options.trustAnchor = trustAnchor;
        const BatchReview review = BatchFileReviewer::reviewPath(batchDir.filePath(name), options);
        if (!review.readable) {
            add(file, review.error);
            continue;
        }
        if (!review.manifestMatches.value_or(false)) {
            add(file, review.manifestMatches ? review.manifestDetail : tr("has no manifest"));
        }
        if ((anchor && review.signOffValid == false) || (signOffRequired && !review.signOffComplete)) {
            add(file, tr("sign-off: %1")
                          .arg(review.signOffDetail.isEmpty() ? tr("missing, and the program requires it")
                                                              : review.signOffDetail));
        }
        if (!review.findings.isEmpty()) {
            add(file, tr("%n problem(s) the receiver would refuse", nullptr, int(review.findings.size())));
        }
        const QString correlationId = QFileInfo(name).completeBaseName().mid(6);
        const QJsonObject batch = reconciled.value(correlationId);
        qint64 payments = 0;
        const QJsonObject byState = batch.value(QStringLiteral("payments")).toObject();
        for (auto state = byState.constBegin(); state != byState.constEnd(); ++state) {
            payments += state.value().toObject().value(QStringLiteral("count")).toInteger();
        }
        if (batch.isEmpty() || payments != review.rows ||
            batch.value(QStringLiteral("rows")).toInteger() != review.rows) {
            add(QStringLiteral("reconciliation.json"), tr("batch %1: %2 payments on record for %3 rows in its file")
                                                           .arg(correlationId)
                                                           .arg(payments)
                                                           .arg(review.rows));
        }
    }
    if (bundles != reconciled.size()) {
        add(QStringLiteral("batches"),
            tr("%1 batch bundles for %2 batches reconciled").arg(bundles).arg(reconciled.size()));
    }
    check.held.append(tr("%1 batch bundles reviewed against their manifests and sign-offs").arg(bundles));
    return check;
}
