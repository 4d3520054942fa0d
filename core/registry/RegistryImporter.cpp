#include "RegistryImporter.h"

#include "BeneficiaryRowValidator.h"
#include "ParsedBatch.h"
#include "PayeeColumnDetector.h"
#include "RegistryFilePreview.h"

#include "audit/AuditLog.h"
#include "concurrency/BoundedQueue.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "BeneficiaryRepository.h"
#include "BeneficiaryUpserter.h"
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

RegistryImporter::RegistryImporter(QObject* parent)
    : QObject(parent)
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

RegistryImportResult RegistryImporter::import(const RegistryImportParams& params)
{
    RegistryImportResult result;
    const QString fileName = QDir::toNativeSeparators(params.filePath);
    QFile file(params.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open %1: %2").arg(fileName, file.errorString());
        return result;
    }
    CsvReader reader(&file, params.delimiter);
    reader.setKeepReadingPastDamage(true);
    QStringList headers;
    QString error;
    if (!RegistryFilePreview::readHeaders(reader, fileName, &headers, &result.error)) {
        return result;
    }
    RegistryColumnMapping mapping = params.mapping;
    if (!mapping.resolve(headers, &error)) {
        result.error = tr("%1, header row: %2").arg(fileName, error);
        return result;
    }
    result.ignoredColumns = mapping.ignoredHeaders();

    const std::unique_ptr<Database> database = Database::open(params.databaseLocation, &error);
    if (!database) {
        result.error = error;
        return result;
    }
    database->keyring() = params.signers;
    database->reserveCacheForBulkWork();
    DbTransaction transaction(database->connection());
    if (!transaction.isActive()) {
        result.error = tr("Cannot start a database transaction: %1").arg(transaction.errorString());
        return result;
    }
    QSqlQuery insertImport(database->connection());
    insertImport.prepare(QStringLiteral("INSERT INTO registry_import (file_name, started_at) VALUES (?, ?) RETURNING id"));
    insertImport.addBindValue(QFileInfo(params.filePath).fileName());
    insertImport.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insertImport.exec() || !insertImport.next()) {
        result.error = tr("Cannot record the import: %1").arg(insertImport.lastError().text());
        return result;
    }
    result.importId = insertImport.value(0).toLongLong();
    insertImport.finish();

    const qint64 existingRows = BeneficiaryRepository(*database).count();
    std::unique_ptr<SqliteBulkLoad> bulkLoad;
    if (database->dialect().kind() == SqlDialect::Kind::Sqlite
        && SqliteBulkLoad::isWorthwhile(file.size() / kTypicalRowBytes, existingRows)) {
        bulkLoad = std::make_unique<SqliteBulkLoad>(*database);
        if (!bulkLoad->begin(&error)) {
            result.error = error;
            return result;
        }
    }
    std::unique_ptr<BeneficiaryUpserter> upserter = BeneficiaryUpserter::create(*database, existingRows == 0, &error);
    if (!upserter) {
        result.error = tr("Cannot prepare the import: %1").arg(error);
        return result;
    }

    std::unique_ptr<QSaveFile> rejectsFile;
    std::unique_ptr<CsvWriter> rejects;
    if (!params.rejectsPath.isEmpty()) {
        rejectsFile = std::make_unique<QSaveFile>(params.rejectsPath);
        if (!rejectsFile->open(QIODevice::WriteOnly)) {
            result.error = tr("Cannot write the rejected rows to %1: %2")
                               .arg(QDir::toNativeSeparators(params.rejectsPath), rejectsFile->errorString());
            return result;
        }
        rejects = std::make_unique<CsvWriter>(rejectsFile.get(), reader.delimiter(), CsvWriter::Audience::People);
        QList<QByteArray> header;
        for (const QString& name : std::as_const(headers)) {
            header.append(name.toUtf8());
        }
        header.append("error_line");
        header.append("error_reason");
        rejects->writeRecord(header);
    }

    // Two threads: this one writes to the database (its connection belongs to it), a reader
    // thread parses and validates the file ahead of it, handing rows over in batches.
    const BeneficiaryRowValidator validator(mapping, headers, params.today);
    PayeeColumnDetector detector(mapping, headers);
    const qint64 totalBytes = file.size();
    BoundedQueue<ParsedBatch> queue(kQueuedBatches);
    QString readError;
    std::unique_ptr<QThread> readerThread(QThread::create([this, &reader, &validator, &detector, &queue, &readError] {
        readRows(reader, validator, detector, queue);
        readError = reader.errorString();
    }));
    readerThread->start();
    auto stopReader = [&queue, &readerThread] {
        queue.close();
        readerThread->wait();
    };

    const QString registryIdColumn = headers.at(mapping.column(RegistryField::RegistryId));
    const int registryIdColumnNumber = mapping.column(RegistryField::RegistryId) + 1;
    ParsedBatch batch;
    while (queue.pop(batch)) {
        if (m_cancelled.load()) {
            stopReader();
            result.cancelled = true;
            result.error = tr("The import was cancelled; the registry is unchanged.");
            return result;
        }
        result.columnWarnings += batch.columnWarnings;
        for (ParsedRow& row : batch.rows) {
            ++result.rowsRead;
            if (!row.issues.isEmpty()) {
                const FieldIssue* encoding = params.refuseFileOnInvalidEncoding ? encodingIssue(row.issues) : nullptr;
                if (encoding) {
                    stopReader();
                    result.error = tr("%1, line %2, column %3 (%4): %5. Nothing was imported.")
                                       .arg(fileName)
                                       .arg(row.line)
                                       .arg(encoding->columnNumber)
                                       .arg(encoding->column, encoding->reason);
                    return result;
                }
                reject(result, rejects.get(), row.record, row.line, row.issues);
                continue;
            }
            const BeneficiaryUpserter::Outcome outcome = upserter->upsert(row.beneficiary, result.importId);
            if (!row.warnings.isEmpty() && outcome != BeneficiaryUpserter::Outcome::RepeatedInImport) {
                ++result.rowsWithWarnings;
                if (result.warningSample.size() < RegistryImportResult::kRejectedSampleSize) {
                    result.warningSample.append(RowIssues{row.line, row.warnings});
                }
            }
            switch (outcome) {
            case BeneficiaryUpserter::Outcome::Inserted:
                ++result.inserted;
                break;
            case BeneficiaryUpserter::Outcome::Updated:
                ++result.updated;
                break;
            case BeneficiaryUpserter::Outcome::Unchanged:
                ++result.unchanged;
                break;
            case BeneficiaryUpserter::Outcome::RepeatedInImport:
                reject(result, rejects.get(), row.record, row.line,
                       {FieldIssue{registryIdColumn,
                                   tr("registry id %1 appears more than once in this file; only its first row was "
                                      "imported")
                                       .arg(row.beneficiary.registryId),
                                   registryIdColumnNumber}});
                break;
            case BeneficiaryUpserter::Outcome::Failed:
                stopReader();
                result.error = tr("%1, line %2: the database refused the row: %3")
                                   .arg(fileName)
                                   .arg(row.line)
                                   .arg(upserter->errorString());
                return result;
            }
        }
        Q_EMIT progressChanged(batch.bytesRead, totalBytes, result.rowsRead);
    }
    stopReader();
    if (!readError.isEmpty()) {
        result.error = tr("%1: %2. Nothing was imported.").arg(fileName, readError);
        return result;
    }
    if (m_cancelled.load()) {
        result.cancelled = true;
        result.error = tr("The import was cancelled; the registry is unchanged.");
        return result;
    }
    upserter.reset();
    if (bulkLoad && !bulkLoad->finish(&error)) {
        result.error = error;
        return result;
    }

    QSqlQuery finish(database->connection());
    finish.prepare(QStringLiteral("UPDATE registry_import SET finished_at = ?, rows_read = ?, rows_inserted = ?, "
                                  "rows_updated = ?, rows_rejected = ? WHERE id = ?"));
    for (const QVariant& value : {QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
                                  QVariant(result.rowsRead), QVariant(result.inserted), QVariant(result.updated),
                                  QVariant(result.rejected), QVariant(result.importId)}) {
        finish.addBindValue(value);
    }
    if (!finish.exec()) {
        result.error = tr("Cannot record the import: %1").arg(finish.lastError().text());
        return result;
    }
    AuditEntry entry = AuditEntry::now(params.officer, QStringLiteral("registry.import"), QStringLiteral("registry_import"),
                                       QString::number(result.importId));
    entry.after = AuditEntry::state(QJsonObject{{QStringLiteral("file"), QFileInfo(params.filePath).fileName()},
                                                {QStringLiteral("rows_read"), result.rowsRead},
                                                {QStringLiteral("inserted"), result.inserted},
                                                {QStringLiteral("updated"), result.updated},
                                                {QStringLiteral("unchanged"), result.unchanged},
                                                {QStringLiteral("rejected"), result.rejected}});
    if (!AuditLog(*database).append(entry, &error)) {
        result.error = error;
        return result;
    }
    if (rejectsFile && result.rejected > 0) {
        if (!rejectsFile->commit()) {
            result.error = tr("Cannot write the rejected rows to %1: %2")
                               .arg(QDir::toNativeSeparators(params.rejectsPath), rejectsFile->errorString());
            return result;
        }
        result.rejectsPath = params.rejectsPath;
    }
    if (!transaction.commit()) {
        QFile::remove(result.rejectsPath);
        result.rejectsPath.clear();
        result.error = tr("Cannot commit the import: %1").arg(transaction.errorString());
        return result;
    }
    BeneficiaryRepository repository(*database);
    result.sharedAccounts = repository.sharedPayeeAccountsOfImport(
        result.importId, RegistryImportResult::kSharedAccountSampleSize, &result.sharedAccountCount);
    Q_EMIT progressChanged(totalBytes, totalBytes, result.rowsRead);
    result.succeeded = true;
    return result;
}
