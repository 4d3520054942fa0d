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

struct EvidencePackVerifier::Reading
{
    EvidenceCheck check;
    QDir dir;
    QByteArray trustAnchor;
    std::optional<Certificate> anchor;
    QJsonObject cycleDocument;
    QJsonObject approvalsDocument;
    QJsonObject findingsDocument;
    QJsonArray audit;
    QJsonObject reconciliationDocument;
    QJsonObject trustDocument;
    QJsonObject cycle;
    std::optional<OfficerStandings> standings;
    QMap<qint64, AuditEntry> replayed;     // the grants and the pack's entries, by sequence
    QHash<qint64, QJsonObject> bySequence; // the pack's own entries
    QSet<qint64> signedBy;                 // the pack's entries whose signature stands

    void add(const QString& file, const QString& what) { check.problems.append({file, what}); }

    QJsonDocument document(const QString& name)
    {
        QString unreadable;
        const QJsonDocument read = readJson(dir, name, &unreadable);
        if (!unreadable.isEmpty()) {
            add(name, unreadable);
        }
        return read;
    }
};

EvidenceCheck EvidencePackVerifier::verify(const QString& folder, const QByteArray& trustAnchor)
{
    Reading pack;
    pack.dir = QDir(folder);
    pack.trustAnchor = trustAnchor;
    QString problem;
    const QJsonObject index = readJson(pack.dir, QStringLiteral("pack.json"), &problem).object();
    if (!problem.isEmpty() || index.value(QStringLiteral("format")).toString() != u"paydesk-evidence-1") {
        pack.check.error =
            tr("%1 is not a PayDesk evidence pack: pack.json %2")
                .arg(QDir::toNativeSeparators(folder), problem.isEmpty() ? tr("names no known format") : problem);
        return pack.check;
    }
    pack.check.readable = true;
    checkFiles(pack, index);
    pack.cycleDocument = pack.document(QStringLiteral("cycle.json")).object();
    pack.approvalsDocument = pack.document(QStringLiteral("approvals.json")).object();
    pack.findingsDocument = pack.document(QStringLiteral("findings.json")).object();
    pack.audit = pack.document(QStringLiteral("audit.json")).array();
    pack.reconciliationDocument = pack.document(QStringLiteral("reconciliation.json")).object();
    pack.cycle = pack.cycleDocument.value(QStringLiteral("cycle")).toObject();
    checkAuditEntries(pack);
    checkApprovals(pack);
    checkAcknowledgements(pack);
    checkBundles(pack);
    return pack.check;
}

// Every file the index lists, byte for byte, and nothing else.
void EvidencePackVerifier::checkFiles(Reading& pack, const QJsonObject& index)
{
    QSet<QString> listed;
    qint64 intact = 0;
    for (const QJsonValue& value : index.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString path = entry.value(QStringLiteral("path")).toString();
        listed.insert(path);
        QFile file(pack.dir.filePath(path));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (path.contains(QStringLiteral("..")) || !file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
            pack.add(path, tr("is listed but missing or unreadable"));
        } else if (QString::fromLatin1(hash.result().toHex()) != entry.value(QStringLiteral("sha256")).toString()) {
            pack.add(path, tr("is not the file the pack was made with (its SHA-256 differs)"));
        } else {
            ++intact;
        }
    }
    QDirIterator it(pack.dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = pack.dir.relativeFilePath(it.next());
        if (path != u"pack.json" && !listed.contains(path)) {
            pack.add(path, tr("was added after the pack was made"));
        }
    }
    pack.check.held.append(tr("%1 files as listed").arg(intact));
}

// The audit entries: each hash from its fields, in order; each signature against the anchor,
// by an officer who held the role then (the grants the pack carries are replayed with them).
void EvidencePackVerifier::checkAuditEntries(Reading& pack)
{
    QString anchorError;
    pack.anchor = pack.trustAnchor.isEmpty() ? std::nullopt : Certificate::fromPem(pack.trustAnchor, &anchorError);
    if (!pack.anchor) {
        pack.add(QStringLiteral("trust.json"),
                 pack.trustAnchor.isEmpty()
                     ? tr("who signed cannot be checked without the administrator's certificate to trust (--trust)")
                     : tr("the certificate to trust: %1").arg(anchorError));
    }
    pack.trustDocument = pack.document(QStringLiteral("trust.json")).object();
    QHash<QString, Certificate> certificates;
    for (const QJsonValue& value : pack.trustDocument.value(QStringLiteral("certificates")).toArray()) {
        QString unreadable;
        if (const auto certificate = Certificate::fromPem(value.toString().toLatin1(), &unreadable)) {
            certificates.insert(certificate->fingerprint(), *certificate);
        } else {
            pack.add(QStringLiteral("trust.json"), unreadable);
        }
    }
    if (pack.anchor) {
        pack.standings.emplace(*pack.anchor, certificates);
    }
    for (const QJsonValue& value : pack.trustDocument.value(QStringLiteral("grants")).toArray()) {
        const AuditEntry grant = AuditEntry::fromJson(value.toObject());
        pack.replayed.insert(grant.sequence, grant);
    }
    qint64 lastSequence = 0;
    for (const QJsonValue& value : std::as_const(pack.audit)) {
        const QJsonObject object = value.toObject();
        const AuditEntry entry = AuditEntry::fromJson(object);
        if (AuditLog::hashOf(entry) != entry.hash || entry.sequence <= lastSequence) {
            pack.add(
                QStringLiteral("audit.json"),
                tr("entry %1 (%2) does not match its hash or is out of order").arg(entry.sequence).arg(entry.action));
        }
        lastSequence = entry.sequence;
        pack.bySequence.insert(entry.sequence, object);
        pack.replayed.insert(entry.sequence, entry);
    }
    qint64 beforeSignatures = 0;
    bool anchored = false;
    for (const AuditEntry& entry : std::as_const(pack.replayed)) {
        anchored = anchored || entry.action == u"trust.anchor_installed";
        if (!pack.standings) {
            continue;
        }
        if (!anchored) {
            beforeSignatures += pack.bySequence.contains(entry.sequence) ? 1 : 0;
            continue;
        }
        const QString problem = pack.standings->check(entry);
        if (!problem.isEmpty()) {
            pack.add(pack.bySequence.contains(entry.sequence) ? QStringLiteral("audit.json")
                                                              : QStringLiteral("trust.json"),
                     problem);
        } else {
            pack.signedBy.insert(entry.sequence);
        }
    }
    checkCheckpoint(pack);
    pack.check.held.append(tr("%1 audit entries, each matching its hash").arg(pack.audit.size()));
    if (pack.standings) {
        const auto packSigned = std::count_if(pack.bySequence.keyBegin(), pack.bySequence.keyEnd(),
                                              [&pack](qint64 sequence) { return pack.signedBy.contains(sequence); });
        pack.check.held.append(
            tr("%1 of them signed by officers the anchor certified, in the role the act needs; %2 made "
               "before signatures")
                .arg(packSigned)
                .arg(beforeSignatures));
    }
}

// The pack's checkpoint of the log is signed under the anchor, and no entry is newer than it.
void EvidencePackVerifier::checkCheckpoint(Reading& pack)
{
    QString problem;
    const auto checkpoint =
        AuditCheckpoint::fromJson(pack.trustDocument.value(QStringLiteral("checkpoint")).toObject(), &problem);
    if (!checkpoint) {
        pack.add(QStringLiteral("trust.json"), tr("has no checkpoint of the log: %1").arg(problem));
    } else if (pack.anchor) {
        if (const QString signatureProblem = AuditVerifier::checkpointSignatureProblem(*checkpoint, *pack.anchor);
            !signatureProblem.isEmpty()) {
            pack.add(QStringLiteral("trust.json"), signatureProblem);
        } else if (!pack.replayed.isEmpty() && pack.replayed.lastKey() > checkpoint->entries) {
            pack.add(QStringLiteral("audit.json"), tr("entry %1 is newer than the pack's checkpoint of %2 entries")
                                                       .arg(pack.replayed.lastKey())
                                                       .arg(checkpoint->entries));
        }
    }
}

// The approvals: enough, distinct, not the maker's, each on record.
void EvidencePackVerifier::checkApprovals(Reading& pack)
{
    QSet<QString> approvers;
    QSet<QString> recorded;
    for (const QJsonObject& entry : std::as_const(pack.bySequence)) {
        const QString action = entry.value(QStringLiteral("action")).toString();
        if (entry.value(QStringLiteral("subject_type")).toString() == u"cycle" &&
            (action == u"cycle.approve" || action == u"cycle.approval_recorded")) {
            if (pack.signedBy.contains(entry.value(QStringLiteral("sequence")).toInteger())) {
                recorded.insert(entry.value(QStringLiteral("officer")).toString());
            }
        }
    }
    const QJsonArray approvals = pack.approvalsDocument.value(QStringLiteral("approvals")).toArray();
    for (const QJsonValue& value : approvals) {
        const QJsonObject approval = value.toObject();
        if (!approval.value(QStringLiteral("voided_at")).toString().isEmpty()) {
            continue;
        }
        const QString officer = approval.value(QStringLiteral("officer")).toString();
        if (approvers.contains(officer)) {
            pack.add(QStringLiteral("approvals.json"), tr("%1 approved twice").arg(officer));
        }
        approvers.insert(officer);
        if (officer == pack.cycle.value(QStringLiteral("created_by")).toString() ||
            officer == pack.cycle.value(QStringLiteral("submitted_by")).toString()) {
            pack.add(QStringLiteral("approvals.json"), tr("%1 approved the cycle they made").arg(officer));
        }
        if (!recorded.contains(officer)) {
            pack.add(QStringLiteral("approvals.json"), tr("%1's approval is not in the audit entries").arg(officer));
        }
    }
    const int required = pack.approvalsDocument.value(QStringLiteral("required")).toInt(1);
    const QString state = pack.cycle.value(QStringLiteral("state")).toString();
    const bool approvedState = state == u"approved" || state == u"distributed" || state == u"ended";
    if (approvedState && !approvals.isEmpty() && approvers.size() < required) {
        pack.add(QStringLiteral("approvals.json"),
                 tr("%1 distinct checker(s) approved; the tiers ask for %2").arg(approvers.size()).arg(required));
    }
    pack.check.held.append(
        tr("approved by %1 of the %2 checker(s) the total needs").arg(approvers.size()).arg(required));
}

// Each acknowledgement of the findings is a genuine audit entry.
void EvidencePackVerifier::checkAcknowledgements(Reading& pack)
{
    for (const QJsonValue& value : pack.findingsDocument.value(QStringLiteral("acknowledgements")).toArray()) {
        const QJsonObject acknowledgement = value.toObject();
        const QJsonObject entry = pack.bySequence.value(acknowledgement.value(QStringLiteral("sequence")).toInteger());
        const QString fingerprint = QJsonDocument::fromJson(entry.value(QStringLiteral("after")).toString().toUtf8())
                                        .object()
                                        .value(QStringLiteral("fingerprint"))
                                        .toString();
        if (entry.value(QStringLiteral("action")).toString() != u"cycle.findings_acknowledged" ||
            entry.value(QStringLiteral("officer")) != acknowledgement.value(QStringLiteral("officer")) ||
            fingerprint != acknowledgement.value(QStringLiteral("fingerprint")).toString()) {
            pack.add(QStringLiteral("findings.json"),
                     tr("the acknowledgement by %1 is not the audit entry it names")
                         .arg(acknowledgement.value(QStringLiteral("officer")).toString()));
        }
    }
}

// Every batch bundle, and its payments against its rows.
void EvidencePackVerifier::checkBundles(Reading& pack)
{
    QHash<QString, QJsonObject> reconciled;
    for (const QJsonValue& value : pack.reconciliationDocument.value(QStringLiteral("batches")).toArray()) {
        reconciled.insert(value.toObject().value(QStringLiteral("correlation_id")).toString(), value.toObject());
    }
    const bool signOffRequired = pack.cycleDocument.value(QStringLiteral("release_policy"))
                                     .toObject()
                                     .value(QStringLiteral("sign_off_required"))
                                     .toBool();
    int bundles = 0;
    const QDir batchDir(pack.dir.filePath(QStringLiteral("batches")));
    for (const QString& name :
         batchDir.entryList({QStringLiteral("batch-*.csv"), QStringLiteral("batch-*.json")}, QDir::Files, QDir::Name)) {
        if (BundleExporter::isCompanion(name)) {
            continue;
        }
        ++bundles;
        const QString file = QStringLiteral("batches/") + name;
        BatchFileReviewer::Options options;
        options.trustAnchor = pack.trustAnchor;
        const BatchReview review = BatchFileReviewer::reviewPath(batchDir.filePath(name), options);
        if (!review.readable) {
            pack.add(file, review.error);
            continue;
        }
        if (!review.manifestMatches.value_or(false)) {
            pack.add(file, review.manifestMatches ? review.manifestDetail : tr("has no manifest"));
        }
        if ((pack.anchor && review.signOffValid == false) || (signOffRequired && !review.signOffComplete)) {
            pack.add(file, tr("sign-off: %1")
                               .arg(review.signOffDetail.isEmpty() ? tr("missing, and the program requires it")
                                                                   : review.signOffDetail));
        }
        if (!review.findings.isEmpty()) {
            pack.add(file, tr("%n problem(s) the receiver would refuse", nullptr, int(review.findings.size())));
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
            pack.add(QStringLiteral("reconciliation.json"),
                     tr("batch %1: %2 payments on record for %3 rows in its file")
                         .arg(correlationId)
                         .arg(payments)
                         .arg(review.rows));
        }
    }
    if (bundles != reconciled.size()) {
        pack.add(QStringLiteral("batches"),
                 tr("%1 batch bundles for %2 batches reconciled").arg(bundles).arg(reconciled.size()));
    }
    pack.check.held.append(tr("%1 batch bundles reviewed against their manifests and sign-offs").arg(bundles));
}
