#include "HubSimulator.h"

#include "csv/CsvReader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <limits>

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isWholeNumber(const QString& amount)
{
    bool ok = false;
    amount.toLongLong(&ok);
    return ok;
}

} // namespace

HubSimulator::HubSimulator(HubOptions options)
    : m_options(std::move(options)), m_epochStart(QDateTime::currentMSecsSinceEpoch()), m_random(m_options.seed)
{
    m_clock.start();
}

HubOptions HubSimulator::options() const
{
    QMutexLocker locker(&m_mutex);
    return m_options;
}

std::optional<HubTenant> HubSimulator::tenant(const QString& name) const
{
    QMutexLocker locker(&m_mutex);
    for (const HubTenant& tenant : m_options.tenants) {
        if (tenant.name == name) {
            return tenant;
        }
    }
    return std::nullopt;
}

bool HubSimulator::isPaymentModeConfigured(const QString& mode) const
{
    QMutexLocker locker(&m_mutex);
    return m_options.paymentModes.contains(mode, Qt::CaseInsensitive);
}

qint64 HubSimulator::now() const
{
    return m_epochStart + qint64(double(m_clock.elapsed()) * m_options.timeScale);
}

QString HubSimulator::mojaloopError(const QString& code, const QString& description)
{
    const QJsonObject error{
        {QStringLiteral("errorInformation"),
         QJsonObject{{QStringLiteral("errorCode"), code}, {QStringLiteral("errorDescription"), description}}}};
    return QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact));
}

HubTransfer::Outcome HubSimulator::decide(const QString& payeeId, QString* errorInformation)
{
    for (const OutcomeRule& rule : std::as_const(m_options.rules)) {
        if (rule.matches(payeeId)) {
            *errorInformation = mojaloopError(rule.errorCode, rule.errorDescription);
            return HubTransfer::Outcome::Failed;
        }
    }
    if (m_options.failShare > 0 && m_random.generateDouble() < m_options.failShare) {
        *errorInformation = mojaloopError(QStringLiteral("5100"), QStringLiteral("Payee rejected the transfer"));
        return HubTransfer::Outcome::Failed;
    }
    return HubTransfer::Outcome::Completed;
}

// A submitted CSV file: its rows, and each row's field by column name.
struct HubSimulator::SubmittedFile
{
    QHash<QString, qsizetype> column;
    QList<QList<QByteArray>> rows;
    bool wellFormed = true;

    QString field(const QList<QByteArray>& row, const char* name) const
    {
        const qsizetype at = column.value(QString::fromLatin1(name), -1);
        return at >= 0 && at < row.size() ? QString::fromUtf8(row.at(at)).trimmed() : QString();
    }
};

QString HubSimulator::accept(const Submission& submission)
{
    QMutexLocker locker(&m_mutex);
    HubBatch batch;
    batch.batchId = newUuid();
    batch.tenant = submission.tenant;
    batch.correlationId = submission.correlationId;
    batch.requestFile = newUuid() + u'_' + submission.fileName;
    batch.purpose = submission.purpose;
    batch.registeringInstitutionId = submission.registeringInstitutionId;
    batch.workflowInstanceKey = m_nextWorkflowKey++;
    batch.acceptedAt = now();
    batch.visibleAfter = m_clock.elapsed() + m_faults.visibilityLagMs;
    batch.databaseId = m_batches.size() + 1;

    SubmittedFile file;
    CsvReader reader(submission.csv, ',');
    QList<QByteArray> header;
    reader.readRecord(header);
    for (qsizetype i = 0; i < header.size(); ++i) {
        file.column.insert(QString::fromUtf8(header.at(i)).trimmed(), i);
    }
    QList<QByteArray> record;
    while (reader.readRecord(record)) {
        file.wellFormed = file.wellFormed && record.size() == header.size();
        file.rows.append(record);
    }
    if (!file.wellFormed || reader.hasError()) {
        // verifyData: noted on the workflow, nothing is paid.
        batch.notes = QStringLiteral("Invalid data in file data processing stopped");
    } else {
        addTransfers(batch, file);
    }
    m_batchIndex.insert(batch.batchId, m_batches.size());
    m_batches.append(batch);
    ++m_revision;
    return batch.batchId;
}

// The batch's transfers, in sub-batches of the configured size; repeats of (payee, type, amount,
// currency) fail as duplicates, and so do rows whose payment mode the hub has no connector for.
void HubSimulator::addTransfers(HubBatch& batch, const SubmittedFile& file)
{
    QSet<QString> seen;
    QList<QList<QByteArray>> kept;
    QList<QList<QByteArray>> duplicates;
    for (const QList<QByteArray>& row : file.rows) {
        const QString key = file.field(row, "payee_identifier") + file.field(row, "payee_identifier_type") +
                            file.field(row, "amount") + file.field(row, "currency");
        if (seen.contains(key)) {
            duplicates.append(row);
        } else {
            seen.insert(key);
            kept.append(row);
        }
    }
    if (!kept.isEmpty()) {
        batch.paymentMode = file.field(kept.first(), "payment_mode").toLower();
    }
    qint64 startsAt = batch.acceptedAt + m_options.startDelayMs;
    const bool split = kept.size() > m_options.subBatchSize;
    for (qsizetype start = 0; start < kept.size(); start += m_options.subBatchSize) {
        const QString subBatchId = split ? newUuid() : batch.batchId;
        if (split) {
            batch.subBatchIds.append(subBatchId);
        }
        const qsizetype end = qMin(kept.size(), start + m_options.subBatchSize);
        // The sub-batch's payment mode is its first row's.
        const bool configured =
            m_options.paymentModes.contains(file.field(kept.at(start), "payment_mode"), Qt::CaseInsensitive);
        for (qsizetype i = start; i < end; ++i) {
            addTransfer(batch, file, kept.at(i), subBatchId, startsAt,
                        configured ? HubTransfer::Outcome::Completed : HubTransfer::Outcome::Failed,
                        QStringLiteral("Payment mode not configured"));
            startsAt += m_options.staggerMs;
        }
    }
    for (const QList<QByteArray>& row : std::as_const(duplicates)) {
        addTransfer(batch, file, row, batch.batchId, startsAt, HubTransfer::Outcome::Failed,
                    QStringLiteral("Duplicate transaction."));
        startsAt += m_options.staggerMs;
    }
}

// One transfer of the batch, starting at startsAt: failed as forced, an incident on an amount the
// hub cannot parse, carried over the real switch when one is configured, else decided by the rules.
void HubSimulator::addTransfer(HubBatch& batch, const SubmittedFile& file, const QList<QByteArray>& row,
                               const QString& batchId, qint64 startsAt, HubTransfer::Outcome forced,
                               const QString& forcedError)
{
    HubTransfer transfer;
    transfer.id = qint64(m_transfers.size()) + 1;
    transfer.workflowInstanceKey = QString::number(m_nextWorkflowKey++);
    transfer.requestId = file.field(row, "request_id");
    transfer.tenant = batch.tenant;
    transfer.paymentMode = file.field(row, "payment_mode");
    const bool closedLoop = transfer.paymentMode.compare(QLatin1String("CLOSEDLOOP"), Qt::CaseInsensitive) == 0 ||
                            transfer.paymentMode.compare(QLatin1String("SLCB"), Qt::CaseInsensitive) == 0;
    transfer.transactionId = closedLoop ? transfer.requestId : newUuid();
    transfer.clientCorrelationId = closedLoop ? newUuid() : u'"' + transfer.requestId + u'"';
    transfer.batchId = batchId;
    transfer.parentBatchId = batch.batchId;
    transfer.payerType = file.field(row, "payer_identifier_type").toUpper();
    transfer.payerId = file.field(row, "payer_identifier");
    transfer.payeeType = file.field(row, "payee_identifier_type").toUpper();
    transfer.payeeId = file.field(row, "payee_identifier");
    transfer.amount = file.field(row, "amount");
    transfer.currency = file.field(row, "currency");
    transfer.note = file.field(row, "note");
    transfer.startsAt = startsAt;
    if (forced != HubTransfer::Outcome::Completed) {
        transfer.outcome = forced;
        transfer.errorInformation = forcedError;
        transfer.completesAt = transfer.startsAt;
    } else if (!isWholeNumber(transfer.amount)) {
        // Long.parseLong fails in the workflow: an incident.
        transfer.outcome = HubTransfer::Outcome::Exception;
        transfer.completesAt = transfer.startsAt;
    } else if (m_options.mojaloopConnector.isValid() &&
               transfer.paymentMode.compare(QLatin1String("MOJALOOP"), Qt::CaseInsensitive) == 0) {
        transfer.awaitingSwitch = true; // the real switch decides, when it answers
        transfer.completesAt = std::numeric_limits<qint64>::max();
        m_switchQueue.push_back(transfer.id - 1);
    } else {
        transfer.outcome = decide(transfer.payeeId, &transfer.errorInformation);
        transfer.completesAt = transfer.startsAt + m_options.transferMs;
    }
    if (transfer.outcome == HubTransfer::Outcome::Completed && !transfer.awaitingSwitch) {
        m_pending.push({transfer.completesAt, transfer.id - 1});
    }
    batch.transferIndexes.append(transfer.id - 1);
    m_transfers.push_back(std::move(transfer));
}

QString HubSimulator::acceptDisbursement(const QString& sender, const QString& transactionId,
                                         const QString& referenceId, const QString& payeeFa, const QString& amount,
                                         const QString& currency, const QString& note)
{
    QMutexLocker locker(&m_mutex);
    const QString key = sender + u'\x1f' + referenceId;
    if (m_disbursements.contains(key)) {
        return QStringLiteral("rjct.reference_id.duplicate");
    }
    // A financial address is type:id, or type:id@provider.
    static const QRegularExpression faPattern(QStringLiteral("^([A-Za-z_]+):([^@\\s]+)(@\\S+)?$"));
    const QRegularExpressionMatch fa = faPattern.match(payeeFa);
    if (!fa.hasMatch()) {
        return QStringLiteral("rjct.payee_fa.invalid");
    }
    HubTransfer transfer;
    transfer.id = qint64(m_transfers.size()) + 1;
    transfer.workflowInstanceKey = QString::number(m_nextWorkflowKey++);
    transfer.transactionId = newUuid();
    transfer.clientCorrelationId = referenceId;
    transfer.requestId = referenceId;
    transfer.tenant = sender;
    transfer.batchId = transactionId;
    transfer.parentBatchId = transactionId;
    transfer.paymentMode = QStringLiteral("G2PCONNECT");
    transfer.payeeType = fa.captured(1).toUpper();
    transfer.payeeId = fa.captured(2);
    transfer.amount = amount;
    transfer.currency = currency;
    transfer.note = note;
    transfer.startsAt = now() + m_options.startDelayMs;
    transfer.outcome = decide(transfer.payeeId, &transfer.errorInformation);
    transfer.completesAt = transfer.startsAt + m_options.transferMs;
    if (transfer.outcome == HubTransfer::Outcome::Completed) {
        m_pending.push({transfer.completesAt, transfer.id - 1});
    }
    m_disbursements.insert(key, transfer.id - 1);
    m_transfers.push_back(std::move(transfer));
    ++m_revision;
    return {};
}

std::optional<HubSimulator::TransferView> HubSimulator::disbursement(const QString& sender,
                                                                     const QString& referenceId) const
{
    QMutexLocker locker(&m_mutex);
    const qint64 index = m_disbursements.value(sender + u'\x1f' + referenceId, -1);
    if (index < 0) {
        return std::nullopt;
    }
    return view(m_transfers.at(size_t(index)), now());
}

QList<HubTransfer> HubSimulator::takeSwitchWork(int max)
{
    QMutexLocker locker(&m_mutex);
    QList<HubTransfer> work;
    const qint64 time = now();
    while (work.size() < max && !m_switchQueue.empty() &&
           m_transfers.at(size_t(m_switchQueue.front())).startsAt <= time) {
        work.append(m_transfers.at(size_t(m_switchQueue.front())));
        m_switchQueue.pop_front();
    }
    return work;
}

void HubSimulator::settle(qint64 transferId, HubTransfer::Outcome outcome, const QString& errorInformation)
{
    QMutexLocker locker(&m_mutex);
    if (transferId < 1 || transferId > qint64(m_transfers.size())) {
        return;
    }
    HubTransfer& transfer = m_transfers.at(size_t(transferId - 1));
    if (!transfer.awaitingSwitch) {
        return; // settled once only
    }
    transfer.awaitingSwitch = false;
    transfer.outcome = outcome;
    transfer.errorInformation = errorInformation;
    transfer.completesAt = qMax(now(), transfer.startsAt);
    if (outcome == HubTransfer::Outcome::Completed) {
        m_pending.push({transfer.completesAt, transferId - 1});
    }
    ++m_revision;
}

bool HubSimulator::visible(const HubBatch& batch) const
{
    return m_clock.elapsed() >= batch.visibleAfter;
}

std::optional<HubBatch> HubSimulator::batch(const QString& tenant, const QString& batchId) const
{
    QMutexLocker locker(&m_mutex);
    const qsizetype at = m_batchIndex.value(batchId, -1);
    if (at < 0 || m_batches.at(at).tenant != tenant || !visible(m_batches.at(at))) {
        return std::nullopt;
    }
    return m_batches.at(at);
}

QList<HubBatch> HubSimulator::batches(const QString& tenant) const
{
    QMutexLocker locker(&m_mutex);
    QList<HubBatch> list;
    for (const HubBatch& batch : m_batches) {
        if (batch.tenant == tenant && visible(batch)) {
            list.append(batch);
        }
    }
    return list;
}

HubSimulator::TransferView HubSimulator::view(const HubTransfer& transfer, qint64 now) const
{
    if (now < transfer.completesAt) {
        return {transfer, Status::InProgress, 0};
    }
    switch (transfer.outcome) {
    case HubTransfer::Outcome::Completed:
        return {transfer, Status::Completed, transfer.completesAt};
    case HubTransfer::Outcome::Failed:
        return {transfer, Status::Failed, transfer.completesAt};
    case HubTransfer::Outcome::Exception:
        return {transfer, Status::Exception, 0};
    }
    return {transfer, Status::Exception, 0};
}

QList<HubSimulator::TransferView> HubSimulator::transfersOf(const QString& batchId) const
{
    QMutexLocker locker(&m_mutex);
    QList<TransferView> rows;
    const qsizetype at = m_batchIndex.value(batchId, -1);
    if (at < 0) {
        return rows;
    }
    const qint64 time = now();
    for (const qint64 index : m_batches.at(at).transferIndexes) {
        const HubTransfer& transfer = m_transfers.at(size_t(index));
        if (transfer.startsAt <= time) { // rows appear only as payments start
            rows.append(view(transfer, time));
        }
    }
    return rows;
}

QList<HubSimulator::TransferView> HubSimulator::transfers(const QString& tenant) const
{
    QList<TransferView> rows;
    for (const HubBatch& batch : batches(tenant)) {
        rows += transfersOf(batch.batchId);
    }
    return rows;
}

HubSimulator::Counters HubSimulator::count(const QList<TransferView>& rows) const
{
    Counters counters;
    for (const TransferView& row : rows) {
        const qint64 amount = row.transfer.amount.toLongLong();
        ++counters.total;
        counters.totalAmount += amount;
        switch (row.status) {
        case Status::Completed:
            ++counters.completed;
            counters.completedAmount += amount;
            break;
        case Status::Failed:
            ++counters.failed;
            counters.failedAmount += amount;
            break;
        case Status::InProgress:
            ++counters.ongoing;
            counters.ongoingAmount += amount;
            break;
        case Status::Exception: // in the total, in no bucket
            break;
        }
    }
    return counters;
}

std::optional<HubBatch> HubSimulator::aggregate(const QString& tenant, const QString& batchId)
{
    std::optional<HubBatch> found = batch(tenant, batchId);
    if (!found) {
        return std::nullopt;
    }
    if (faults().staleCounters && found->stored) {
        return found;
    }
    const QList<TransferView> rows = transfersOf(batchId);
    const Counters counters = count(rows);
    const QString payeeDfspId = options().payeeDfspId;
    QByteArray result(""); // a result file, even when no row has appeared yet
    for (const TransferView& row : rows) {
        const HubTransfer& t = row.transfer;
        result += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,\n")
                      .arg(t.transactionId, statusName(row.status), payeeDfspId, t.payeeId, tenant, t.payerId, t.amount,
                           t.currency, QString(t.errorInformation).replace(u',', u';')) // one line, one field
                      .arg(t.startsAt)
                      .arg(row.completedAt)
                      .toUtf8();
    }
    QMutexLocker locker(&m_mutex);
    HubBatch& stored = m_batches[m_batchIndex.value(batchId)];
    stored.stored = true;
    stored.storedTotal = counters.total;
    stored.storedOngoing = counters.ongoing;
    stored.storedFailed = counters.failed;
    stored.storedCompleted = counters.completed;
    stored.storedTotalAmount = counters.totalAmount;
    stored.storedOngoingAmount = counters.ongoingAmount;
    stored.storedFailedAmount = counters.failedAmount;
    stored.storedCompletedAmount = counters.completedAmount;
    stored.resultGeneratedAt = now();
    stored.completedAt = stored.resultGeneratedAt; // saveBatch always sets it
    m_resultFiles.insert(QStringLiteral("%1_response.csv").arg(stored.batchId), result);
    ++m_revision;
    return stored;
}

QByteArray HubSimulator::resultFile(const QString& name) const
{
    QMutexLocker locker(&m_mutex);
    return m_resultFiles.value(name);
}

void HubSimulator::setFileBaseUrl(const QString& url)
{
    QMutexLocker locker(&m_mutex);
    m_fileBaseUrl = url;
}

QString HubSimulator::fileUrl(const HubBatch& batch) const
{
    QMutexLocker locker(&m_mutex);
    if (!m_resultFiles.contains(QStringLiteral("%1_response.csv").arg(batch.batchId))) {
        return {};
    }
    return QStringLiteral("%1/%2_response.csv").arg(m_fileBaseUrl, batch.batchId);
}

HubFaults HubSimulator::faults() const
{
    QMutexLocker locker(&m_mutex);
    return m_faults;
}

void HubSimulator::setFaults(const HubFaults& faults)
{
    QMutexLocker locker(&m_mutex);
    m_faults = faults;
    m_listPagesSinceFaults = 0;
}

namespace {

bool takeOne(int& count)
{
    if (count <= 0) {
        return false;
    }
    --count;
    return true;
}

} // namespace

bool HubSimulator::takeServerError()
{
    QMutexLocker locker(&m_mutex);
    return takeOne(m_faults.serverErrors);
}

bool HubSimulator::takePreconditionFailure()
{
    QMutexLocker locker(&m_mutex);
    return takeOne(m_faults.preconditionFailures);
}

bool HubSimulator::takeDropAfterAccept()
{
    QMutexLocker locker(&m_mutex);
    return takeOne(m_faults.dropAfterAccept);
}

int HubSimulator::takeGatewayError()
{
    QMutexLocker locker(&m_mutex);
    return takeOne(m_faults.gatewayErrors) ? m_faults.gatewayStatus : 0;
}

bool HubSimulator::takeListFailure()
{
    QMutexLocker locker(&m_mutex);
    return m_faults.listFailureAt > 0 && ++m_listPagesSinceFaults >= m_faults.listFailureAt;
}

void HubSimulator::countLostAnswer()
{
    QMutexLocker locker(&m_mutex);
    ++m_lostAnswers;
}

qint64 HubSimulator::lostAnswers() const
{
    QMutexLocker locker(&m_mutex);
    return m_lostAnswers;
}

void HubSimulator::setRules(const QList<OutcomeRule>& rules, double failShare)
{
    QMutexLocker locker(&m_mutex);
    m_options.rules = rules;
    m_options.failShare = failShare;
}

void HubSimulator::advance() const
{
    const qint64 time = now();
    while (!m_pending.empty() && m_pending.top().first <= time) {
        ++m_ledger[m_transfers.at(size_t(m_pending.top().second)).requestId];
        m_pending.pop();
    }
}

QHash<QString, int> HubSimulator::ledger() const
{
    QMutexLocker locker(&m_mutex);
    advance();
    return m_ledger;
}

int HubSimulator::executions(const QString& requestId) const
{
    QMutexLocker locker(&m_mutex);
    advance();
    return m_ledger.value(requestId);
}

qint64 HubSimulator::transferCount() const
{
    QMutexLocker locker(&m_mutex);
    return qint64(m_transfers.size());
}

QString HubSimulator::statusName(Status status)
{
    switch (status) {
    case Status::Completed:
        return QStringLiteral("COMPLETED");
    case Status::Failed:
        return QStringLiteral("FAILED");
    case Status::InProgress:
        return QStringLiteral("IN_PROGRESS");
    case Status::Exception:
        return QStringLiteral("EXCEPTION");
    }
    return QStringLiteral("UNKNOWN");
}
