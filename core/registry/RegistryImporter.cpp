#include "RegistryImporter.h"

#include "BeneficiaryRowValidator.h"
#include "ParsedBatch.h"
#include "PayeeColumnDetector.h"
#include "RegistryFilePreview.h"

#include "audit/AuditLog.h"
#include "BeneficiaryRepository.h"
#include "BeneficiaryUpserter.h"
#include "concurrency/BoundedQueue.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "storage/Database.h"
#include "storage/DbTransaction.h"
#include "storage/SqliteBulkLoad.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

constexpr int kRowsPerBatch = 2048;
constexpr int kQueuedBatches = 4;
constexpr qint64 kTypicalRowBytes = 100;

QString describeIssues(const QList<FieldIssue>& issues)
{
    QStringList parts;
    for (const FieldIssue& issue : issues) {
        parts.append(issue.column.isEmpty() ? issue.reason : issue.column + QStringLiteral(": ") + issue.reason);
    }
    return parts.join(QStringLiteral("; "));
}

const FieldIssue* encodingIssue(const QList<FieldIssue>& issues)
{
    for (const FieldIssue& issue : issues) {
        if (issue.kind == FieldIssue::Kind::Encoding) {
            return &issue;
        }
    }
    return nullptr;
}

} // namespace

RegistryImporter::RegistryImporter(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<RegistryImportResult>();
}

RegistryImportResult RegistryImporter::run(const RegistryImportParams& params)
{
    m_cancelled.store(false);
    RegistryImportResult result = import(params);
    Q_EMIT finished(result);
    return result;
}

void RegistryImporter::reject(RegistryImportResult& result, CsvWriter* rejects, const QList<QByteArray>& record,
                              qint64 line, const QList<FieldIssue>& issues)
{
    ++result.rejected;
    if (result.rejectedSample.size() < RegistryImportResult::kRejectedSampleSize) {
        result.rejectedSample.append(RowIssues{line, issues});
    }
    if (rejects) {
        QList<QByteArray> row = record;
        row.append(QByteArray::number(line));
        row.append(describeIssues(issues).toUtf8());
        rejects->writeRecord(row);
    }
}

void RegistryImporter::readRows(CsvReader& reader, const BeneficiaryRowValidator& validator,
                                PayeeColumnDetector& detector, BoundedQueue<ParsedBatch>& queue)
{
    ParsedBatch batch;
    batch.rows.reserve(kRowsPerBatch);
    ParsedRow row;
    bool firstBatch = true;
    while (!m_cancelled.load() && reader.readRecord(row.record)) {
        row.line = reader.recordLine();
        const CsvReader::Damage& damage = reader.recordDamage();
        if (damage.reason.isEmpty()) {
            validator.validate(row.record, row.beneficiary, row.issues, row.warnings);
        } else {
            row.issues = {validator.structureIssue(damage.column, damage.reason)};
        }
        if (firstBatch) {
            detector.observe(row.record);
        }
        batch.rows.push_back(std::move(row));
        row = ParsedRow();
        if (int(batch.rows.size()) == kRowsPerBatch) {
            batch.bytesRead = reader.bytesRead();
            if (firstBatch) {
                batch.columnWarnings = detector.warnings();
                firstBatch = false;
            }
            if (!queue.push(std::move(batch))) {
                return; // the writer stopped
            }
            batch = ParsedBatch();
            batch.rows.reserve(kRowsPerBatch);
        }
    }
    if (!batch.rows.empty() && !reader.hasError()) {
        batch.bytesRead = reader.bytesRead();
        if (firstBatch) {
            batch.columnWarnings = detector.warnings();
        }
        queue.push(std::move(batch));
    }
    queue.close();
}

// Everything one import holds open, in the order it is opened (and closed in reverse).
struct RegistryImporter::Run
{
    explicit Run(const RegistryImportParams& importParams)
        : params(importParams), fileName(QDir::toNativeSeparators(importParams.filePath)), file(importParams.filePath)
    {
    }

    const RegistryImportParams& params;
    QString fileName;
    QFile file;
    std::unique_ptr<CsvReader> reader;
    QStringList headers;
    RegistryColumnMapping mapping;
    std::unique_ptr<Database> database;
    std::unique_ptr<DbTransaction> transaction;
    std::unique_ptr<SqliteBulkLoad> bulkLoad;
    std::unique_ptr<BeneficiaryUpserter> upserter;
    std::unique_ptr<QSaveFile> rejectsFile;
    std::unique_ptr<CsvWriter> rejects;
    RegistryImportResult result;
};

RegistryImportResult RegistryImporter::import(const RegistryImportParams& params)
{
    Run run(params);
    if (openFile(run) && openDatabase(run) && openRejects(run) && writeRows(run) && finish(run)) {
        run.result.succeeded = true;
    }
    return run.result;
}

bool RegistryImporter::openFile(Run& run)
{
    if (!run.file.open(QIODevice::ReadOnly)) {
        run.result.error = tr("Cannot open %1: %2").arg(run.fileName, run.file.errorString());
        return false;
    }
    run.reader = std::make_unique<CsvReader>(&run.file, run.params.delimiter);
    run.reader->setKeepReadingPastDamage(true);
    if (!RegistryFilePreview::readHeaders(*run.reader, run.fileName, &run.headers, &run.result.error)) {
        return false;
    }
    run.mapping = run.params.mapping;
    QString error;
    if (!run.mapping.resolve(run.headers, &error)) {
        run.result.error = tr("%1, header row: %2").arg(run.fileName, error);
        return false;
    }
    run.result.ignoredColumns = run.mapping.ignoredHeaders();
    return true;
}

bool RegistryImporter::openDatabase(Run& run)
{
    QString error;
    run.database = Database::open(run.params.databaseLocation, &error);
    if (!run.database) {
        run.result.error = error;
        return false;
    }
    run.database->keyring() = run.params.signers;
    run.database->reserveCacheForBulkWork();
    run.transaction = std::make_unique<DbTransaction>(run.database->connection());
    if (!run.transaction->isActive()) {
        run.result.error = tr("Cannot start a database transaction: %1").arg(run.transaction->errorString());
        return false;
    }
    QSqlQuery insertImport(run.database->connection());
    insertImport.prepare(
        QStringLiteral("INSERT INTO registry_import (file_name, started_at) VALUES (?, ?) RETURNING id"));
    insertImport.addBindValue(QFileInfo(run.params.filePath).fileName());
    insertImport.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insertImport.exec() || !insertImport.next()) {
        run.result.error = tr("Cannot record the import: %1").arg(insertImport.lastError().text());
        return false;
    }
    run.result.importId = insertImport.value(0).toLongLong();
    insertImport.finish();

    const qint64 existingRows = BeneficiaryRepository(*run.database).count();
    if (run.database->dialect().kind() == SqlDialect::Kind::Sqlite &&
        SqliteBulkLoad::isWorthwhile(run.file.size() / kTypicalRowBytes, existingRows)) {
        run.bulkLoad = std::make_unique<SqliteBulkLoad>(*run.database);
        if (!run.bulkLoad->begin(&error)) {
            run.result.error = error;
            return false;
        }
    }
    run.upserter = BeneficiaryUpserter::create(*run.database, existingRows == 0, &error);
    if (!run.upserter) {
        run.result.error = tr("Cannot prepare the import: %1").arg(error);
        return false;
    }
    return true;
}

bool RegistryImporter::openRejects(Run& run)
{
    if (run.params.rejectsPath.isEmpty()) {
        return true;
    }
    run.rejectsFile = std::make_unique<QSaveFile>(run.params.rejectsPath);
    if (!run.rejectsFile->open(QIODevice::WriteOnly)) {
        run.result.error = tr("Cannot write the rejected rows to %1: %2")
                               .arg(QDir::toNativeSeparators(run.params.rejectsPath), run.rejectsFile->errorString());
        return false;
    }
    run.rejects =
        std::make_unique<CsvWriter>(run.rejectsFile.get(), run.reader->delimiter(), CsvWriter::Audience::People);
    QList<QByteArray> header;
    for (const QString& name : std::as_const(run.headers)) {
        header.append(name.toUtf8());
    }
    header.append("error_line");
    header.append("error_reason");
    return run.rejects->writeRecord(header);
}

bool RegistryImporter::writeRows(Run& run)
{
    // Two threads: this one writes to the database (its connection belongs to it), a reader
    // thread parses and validates the file ahead of it, handing rows over in batches.
    const BeneficiaryRowValidator validator(run.mapping, run.headers, run.params.today);
    PayeeColumnDetector detector(run.mapping, run.headers);
    BoundedQueue<ParsedBatch> queue(kQueuedBatches);
    QString readError;
    std::unique_ptr<QThread> readerThread(QThread::create([this, &run, &validator, &detector, &queue, &readError] {
        readRows(*run.reader, validator, detector, queue);
        readError = run.reader->errorString();
    }));
    readerThread->start();
    const auto stopReader = [&queue, &readerThread] {
        queue.close();
        readerThread->wait();
    };

    ParsedBatch batch;
    while (queue.pop(batch)) {
        if (m_cancelled.load()) {
            break;
        }
        run.result.columnWarnings += batch.columnWarnings;
        if (!writeBatch(run, batch)) {
            stopReader();
            return false;
        }
        Q_EMIT progressChanged(batch.bytesRead, run.file.size(), run.result.rowsRead);
    }
    stopReader();
    if (m_cancelled.load()) {
        run.result.cancelled = true;
        run.result.error = tr("The import was cancelled; the registry is unchanged.");
        return false;
    }
    if (!readError.isEmpty()) {
        run.result.error = tr("%1: %2. Nothing was imported.").arg(run.fileName, readError);
        return false;
    }
    return true;
}

// The batch's valid rows written in one go (the file refused first if a row's bytes are not its
// encoding), then every row accounted for in the file's order.
bool RegistryImporter::writeBatch(Run& run, const ParsedBatch& batch)
{
    std::vector<const Beneficiary*> valid;
    valid.reserve(batch.rows.size());
    for (const ParsedRow& row : batch.rows) {
        if (row.issues.isEmpty()) {
            valid.push_back(&row.beneficiary);
            continue;
        }
        const FieldIssue* encoding = run.params.refuseFileOnInvalidEncoding ? encodingIssue(row.issues) : nullptr;
        if (encoding) {
            run.result.error = tr("%1, line %2, column %3 (%4): %5. Nothing was imported.")
                                   .arg(run.fileName)
                                   .arg(row.line)
                                   .arg(encoding->columnNumber)
                                   .arg(encoding->column, encoding->reason);
            return false;
        }
    }
    std::vector<BeneficiaryUpserter::Outcome> outcomes;
    outcomes.reserve(valid.size());
    run.upserter->write(valid, run.result.importId, &outcomes);
    auto outcome = outcomes.cbegin();
    for (const ParsedRow& row : batch.rows) {
        ++run.result.rowsRead;
        if (!row.issues.isEmpty()) {
            reject(run.result, run.rejects.get(), row.record, row.line, row.issues);
        } else if (!account(run, row, *outcome++)) {
            return false;
        }
    }
    return true;
}

bool RegistryImporter::account(Run& run, const ParsedRow& row, BeneficiaryUpserter::Outcome outcome)
{
    RegistryImportResult& result = run.result;
    if (!row.warnings.isEmpty() && outcome != BeneficiaryUpserter::Outcome::RepeatedInImport) {
        ++result.rowsWithWarnings;
        if (result.warningSample.size() < RegistryImportResult::kRejectedSampleSize) {
            result.warningSample.append(RowIssues{row.line, row.warnings});
        }
    }
    switch (outcome) {
    case BeneficiaryUpserter::Outcome::Inserted:
        ++result.inserted;
        return true;
    case BeneficiaryUpserter::Outcome::Updated:
        ++result.updated;
        return true;
    case BeneficiaryUpserter::Outcome::Unchanged:
        ++result.unchanged;
        return true;
    case BeneficiaryUpserter::Outcome::RepeatedInImport: {
        const int column = run.mapping.column(RegistryField::RegistryId);
        reject(result, run.rejects.get(), row.record, row.line,
               {FieldIssue{run.headers.at(column),
                           tr("registry id %1 appears more than once in this file; only its first row was imported")
                               .arg(row.beneficiary.registryId),
                           column + 1}});
        return true;
    }
    case BeneficiaryUpserter::Outcome::Failed:
        break;
    }
    result.error = tr("%1, line %2: the database refused the row: %3")
                       .arg(run.fileName)
                       .arg(row.line)
                       .arg(run.upserter->errorString());
    return false;
}

bool RegistryImporter::finish(Run& run)
{
    RegistryImportResult& result = run.result;
    QString error;
    run.upserter.reset();
    if (run.bulkLoad && !run.bulkLoad->finish(&error)) {
        result.error = error;
        return false;
    }
    QSqlQuery figures(run.database->connection());
    figures.prepare(QStringLiteral("UPDATE registry_import SET finished_at = ?, rows_read = ?, rows_inserted = ?, "
                                   "rows_updated = ?, rows_rejected = ? WHERE id = ?"));
    for (const QVariant& value :
         {QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), QVariant(result.rowsRead),
          QVariant(result.inserted), QVariant(result.updated), QVariant(result.rejected), QVariant(result.importId)}) {
        figures.addBindValue(value);
    }
    if (!figures.exec()) {
        result.error = tr("Cannot record the import: %1").arg(figures.lastError().text());
        return false;
    }
    AuditEntry entry = AuditEntry::now(run.params.officer, QStringLiteral("registry.import"),
                                       QStringLiteral("registry_import"), QString::number(result.importId));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("file"), QFileInfo(run.params.filePath).fileName()},
                                                {QStringLiteral("rows_read"), result.rowsRead},
                                                {QStringLiteral("inserted"), result.inserted},
                                                {QStringLiteral("updated"), result.updated},
                                                {QStringLiteral("unchanged"), result.unchanged},
                                                {QStringLiteral("rejected"), result.rejected}});
    if (!AuditLog(*run.database).append(entry, &error)) {
        result.error = error;
        return false;
    }
    if (run.rejectsFile && result.rejected > 0) {
        if (!run.rejectsFile->commit()) {
            result.error = tr("Cannot write the rejected rows to %1: %2")
                               .arg(QDir::toNativeSeparators(run.params.rejectsPath), run.rejectsFile->errorString());
            return false;
        }
        result.rejectsPath = run.params.rejectsPath;
    }
    if (!run.transaction->commit()) {
        QFile::remove(result.rejectsPath);
        result.rejectsPath.clear();
        result.error = tr("Cannot commit the import: %1").arg(run.transaction->errorString());
        return false;
    }
    result.sharedAccounts =
        BeneficiaryRepository(*run.database)
            .sharedPayeeAccountsOfImport(result.importId, RegistryImportResult::kSharedAccountSampleSize,
                                         &result.sharedAccountCount);
    Q_EMIT progressChanged(run.file.size(), run.file.size(), result.rowsRead);
    return true;
}
