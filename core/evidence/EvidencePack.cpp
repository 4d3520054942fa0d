#include "EvidencePack.h"

#include "approvals/ApprovalTierRepository.h"
#include "approvals/CycleApprovals.h"
#include "assurance/CycleDiff.h"
#include "audit/AuditLog.h"
#include "batching/BatchRepository.h"
#include "batching/BundleExporter.h"
#include "disbursement/ReleasePolicyRepository.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "reconciliation/CycleReport.h"
#include "storage/Database.h"
#include "trust/AuditCheckpoints.h"
#include "trust/TrustRecord.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool writeJson(const QDir& dir, const QString& name, const QJsonDocument& document, QString* error)
{
    QSaveFile file(dir.filePath(name));
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error =
            EvidencePack::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

// The cycle, its program, its approval tiers and release policy, and who made the pack when.
QJsonObject cycleJson(const Program& program, const Cycle& cycle, qint64 batchId, const ApprovalTiers& tiers,
                      const ReleasePolicy& policy, const QString& officerId)
{
    QJsonArray tierArray;
    for (const ApprovalTiers::Tier& tier : tiers.tiers()) {
        tierArray.append(QJsonObject{{QStringLiteral("from"), tier.from.toDecimalString()},
                                     {QStringLiteral("checkers"), tier.checkers}});
    }
    return QJsonObject{
        {QStringLiteral("program"),
         QJsonObject{{QStringLiteral("id"), program.id}, {QStringLiteral("name"), program.name}}},
        {QStringLiteral("cycle"), QJsonObject{{QStringLiteral("id"), cycle.id},
                                              {QStringLiteral("name"), cycle.name},
                                              {QStringLiteral("start"), cycle.start.toString(Qt::ISODate)},
                                              {QStringLiteral("end"), cycle.end.toString(Qt::ISODate)},
                                              {QStringLiteral("state"), cycleStateName(cycle.state)},
                                              {QStringLiteral("created_by"), cycle.createdBy},
                                              {QStringLiteral("submitted_by"), cycle.submittedBy},
                                              {QStringLiteral("approved_by"), cycle.approvedBy}}},
        {QStringLiteral("scope"), batchId == 0 ? QStringLiteral("cycle") : QStringLiteral("batch %1").arg(batchId)},
        {QStringLiteral("currency"), program.currency.code()},
        {QStringLiteral("approval_tiers"), tierArray},
        {QStringLiteral("release_policy"),
         QJsonObject{{QStringLiteral("sign_off_required"), policy.signOffRequired},
                     {QStringLiteral("pilot_payments"), policy.pilotPayments},
                     {QStringLiteral("pilot_max_failed_per_mille"), policy.pilotMaxFailedPerMille}}},
        {QStringLiteral("made_by"), officerId},
        {QStringLiteral("made_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
}

// Every approval on record, voided ones too, with the total and how many checkers it needs.
std::optional<QJsonObject> approvalsJson(Database& database, qint64 cycleId, const ApprovalStatus& status,
                                         QString* error)
{
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("SELECT officer_id, approved_at, entitlements_sha256, payees_sha256, voided_at, void_reason "
                       "FROM cycle_approval WHERE cycle_id = ? ORDER BY id"));
    query.addBindValue(cycleId);
    if (!query.exec()) {
        *error = EvidencePack::tr("cannot read the approvals: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QJsonArray approvals;
    while (query.next()) {
        approvals.append(QJsonObject{{QStringLiteral("officer"), query.value(0).toString()},
                                     {QStringLiteral("approved_at"), query.value(1).toString()},
                                     {QStringLiteral("entitlements_sha256"), query.value(2).toString()},
                                     {QStringLiteral("payees_sha256"), query.value(3).toString()},
                                     {QStringLiteral("voided_at"), query.value(4).toString()},
                                     {QStringLiteral("void_reason"), query.value(5).toString()}});
    }
    return QJsonObject{{QStringLiteral("total"), status.total.toDecimalString()},
                       {QStringLiteral("required"), status.required},
                       {QStringLiteral("approvals"), approvals}};
}

// The findings as they stand, and every acknowledgement among the cycle's audit entries.
std::optional<QJsonObject> findingsJson(Database& database, qint64 cycleId, const QList<AuditEntry>& cycleEntries,
                                        QString* error)
{
    const CycleDiffResult findings = CycleDiff(database).compare(cycleId);
    if (!findings.succeeded) {
        *error = findings.error;
        return std::nullopt;
    }
    QJsonArray findingArray;
    for (const CycleFinding& finding : findings.findings) {
        findingArray.append(QJsonObject{{QStringLiteral("kind"), CycleFinding::kindName(finding.kind)},
                                        {QStringLiteral("registry_id"), finding.registryId},
                                        {QStringLiteral("detail"), finding.detail}});
    }
    QJsonArray acknowledgements;
    for (const AuditEntry& entry : cycleEntries) {
        if (entry.action == u"cycle.findings_acknowledged") {
            acknowledgements.append(QJsonObject{
                {QStringLiteral("officer"), entry.officer},
                {QStringLiteral("sequence"), entry.sequence},
                {QStringLiteral("fingerprint"),
                 QJsonDocument::fromJson(entry.after.toUtf8()).object().value(QStringLiteral("fingerprint"))}});
        }
    }
    return QJsonObject{{QStringLiteral("previous_cycle"), findings.previousCycleName},
                       {QStringLiteral("total"), findings.total()},
                       {QStringLiteral("fingerprint"), findings.fingerprint},
                       {QStringLiteral("findings"), findingArray},
                       {QStringLiteral("acknowledgements"), acknowledgements}};
}

// Each batch's payments by state, and its bundle exported into the pack's batches folder.
std::optional<QJsonArray> batchesJson(Database& database, const QList<PaymentBatch>& batches, const Currency& currency,
                                      const QDir& dir, QString* error)
{
    QSqlQuery query(database.connection());
    QJsonArray reconciliation;
    for (const PaymentBatch& batch : batches) {
        query.prepare(QStringLiteral("SELECT state, COUNT(*), COALESCE(SUM(amount_minor_units), 0) FROM payment WHERE "
                                     "batch_id = ? GROUP BY state"));
        query.addBindValue(batch.id);
        if (!query.exec()) {
            *error = EvidencePack::tr("cannot read the payments of batch %1: %2")
                         .arg(batch.id)
                         .arg(query.lastError().text());
            return std::nullopt;
        }
        QJsonObject byState;
        while (query.next()) {
            byState.insert(query.value(0).toString(),
                           QJsonObject{{QStringLiteral("count"), query.value(1).toLongLong()},
                                       {QStringLiteral("amount"),
                                        Money(query.value(2).toLongLong(), currency).toDecimalString()}});
        }
        reconciliation.append(QJsonObject{{QStringLiteral("batch"), batch.id},
                                          {QStringLiteral("correlation_id"), batch.correlationId},
                                          {QStringLiteral("state"), batchStateName(batch.state)},
                                          {QStringLiteral("pilot"), batch.pilot},
                                          {QStringLiteral("rows"), batch.rowCount},
                                          {QStringLiteral("total"), batch.total.toDecimalString()},
                                          {QStringLiteral("payments"), byState}});
        if (BundleExporter::exportBatch(database, batch.id, dir.filePath(QStringLiteral("batches")), nullptr,
                                        BundleExporter::Purpose::Review, {}, error)
                .isEmpty()) {
            return std::nullopt;
        }
    }
    return reconciliation;
}

// The audit entries of the cycle, its batches and its program, in the log's order.
QJsonArray auditJson(AuditLog& audit, QList<AuditEntry> entries, const QList<PaymentBatch>& batches, qint64 programId)
{
    QStringList batchIds;
    for (const PaymentBatch& batch : batches) {
        batchIds.append(QString::number(batch.id));
    }
    entries += audit.about(QStringLiteral("batch"), batchIds);
    entries += audit.about(QStringLiteral("program"), {QString::number(programId)});
    std::sort(entries.begin(), entries.end(),
              [](const AuditEntry& a, const AuditEntry& b) { return a.sequence < b.sequence; });
    QJsonArray auditArray;
    for (const AuditEntry& entry : std::as_const(entries)) {
        auditArray.append(entry.toJson());
    }
    return auditArray;
}

} // namespace

bool EvidencePack::write(Database& database, qint64 cycleId, qint64 batchId, const QString& folder,
                         const QString& officerId, QString* error)
{
    CycleService cycles(database);
    const auto cycle = cycles.find(cycleId, error);
    const auto program = cycle ? ProgramRepository(database).find(cycle->programId, error) : std::nullopt;
    if (!program) {
        return false;
    }
    QList<PaymentBatch> batches = BatchRepository(database).batchesOf(cycleId);
    if (batchId != 0) {
        batches.removeIf([batchId](const PaymentBatch& batch) { return batch.id != batchId; });
        if (batches.isEmpty()) {
            *error = tr("batch %1 is not a batch of cycle %2").arg(batchId).arg(cycleId);
            return false;
        }
    }
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty()) {
        *error = tr("%1 is not empty: an evidence pack goes into a new folder").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!dir.mkpath(QStringLiteral("batches"))) {
        *error = tr("cannot create %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const auto tiers = ApprovalTierRepository(database).tiersOf(program->id, program->currency, error);
    const auto policy = tiers ? ReleasePolicyRepository(database).policyOf(program->id, error) : std::nullopt;
    const auto status = policy ? CycleApprovals(database).status(cycleId, error) : std::nullopt;
    const auto approvals = status ? approvalsJson(database, cycleId, *status, error) : std::nullopt;
    if (!approvals) {
        return false;
    }
    AuditLog audit(database);
    const QList<AuditEntry> cycleEntries = audit.about(QStringLiteral("cycle"), {QString::number(cycleId)});
    const auto findings = findingsJson(database, cycleId, cycleEntries, error);
    const auto reconciliation = findings ? batchesJson(database, batches, program->currency, dir, error) : std::nullopt;
    if (!reconciliation) {
        return false;
    }
    const QJsonArray auditArray = auditJson(audit, cycleEntries, batches, program->id);

    // What a verifier needs to check each signature against the anchor they bring: the officers'
    // certificates, the administrator's signed acts that gave them their roles, and a checkpoint of
    // the whole log signed now by the officer making the pack.
    const auto checkpoint = AuditCheckpoints(database).take(officerId, error);
    if (!checkpoint) {
        return false;
    }
    QJsonObject trustJson = TrustRecord::of(database);
    trustJson.insert(QStringLiteral("checkpoint"), checkpoint->toJson());

    QSaveFile payments(dir.filePath(QStringLiteral("payments.csv")));
    if (!payments.open(QIODevice::WriteOnly) || !CycleReport::writePaymentsCsv(database, cycleId, &payments, error) ||
        !payments.commit()) {
        *error = tr("cannot write the payments: %1").arg(error->isEmpty() ? payments.errorString() : *error);
        return false;
    }
    return writeJson(dir, QStringLiteral("cycle.json"),
                     QJsonDocument(cycleJson(*program, *cycle, batchId, *tiers, *policy, officerId)), error) &&
           writeJson(dir, QStringLiteral("approvals.json"), QJsonDocument(*approvals), error) &&
           writeJson(dir, QStringLiteral("findings.json"), QJsonDocument(*findings), error) &&
           writeJson(dir, QStringLiteral("audit.json"), QJsonDocument(auditArray), error) &&
           writeJson(dir, QStringLiteral("trust.json"), QJsonDocument(trustJson), error) &&
           writeJson(dir, QStringLiteral("reconciliation.json"),
                     QJsonDocument(QJsonObject{{QStringLiteral("batches"), *reconciliation}}), error);
}

bool EvidencePack::seal(const QString& folder, QString* error)
{
    const QDir dir(folder);
    QJsonArray files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext()) {
        paths.append(dir.relativeFilePath(it.next()));
    }
    paths.sort();
    for (const QString& path : std::as_const(paths)) {
        if (path == u"pack.json") {
            continue;
        }
        QFile file(dir.filePath(path));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
            *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
        files.append(QJsonObject{{QStringLiteral("path"), path},
                                 {QStringLiteral("bytes"), file.size()},
                                 {QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex())}});
    }
    return writeJson(dir, QStringLiteral("pack.json"),
                     QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("paydesk-evidence-1")},
                                               {QStringLiteral("files"), files}}),
                     error);
}
